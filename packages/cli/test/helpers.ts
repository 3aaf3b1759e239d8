import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
export const referenceFile = fileURLToPath(
  new URL("../../../examples/sichuan-window-monthly/issue-9.json", import.meta.url),
);
export const seedFile = fileURLToPath(
  new URL("../../../examples/sichuan-window-monthly/seed.txt", import.meta.url),
);

import type { Bulletin } from "@bulletin/sdk";

export const reference = JSON.parse(readFileSync(referenceFile, "utf8")) as Bulletin;

if (!existsSync(bin)) throw new Error(`build the CLI first (npx tsup): ${bin} is missing`);

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `bulletin` binary as a user would, in English unless `env` says otherwise. */
export function bulletin(
  args: string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): Run {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    LANG: "en_US.UTF-8",
    ...options.env,
  };
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? tmpdir(),
    input: options.input ?? "",
    env,
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "bulletin-cli-"));
}

/** A copy of the reference issue with changes. */
export function variant(change: (b: Bulletin) => void): Bulletin {
  const b = structuredClone(reference);
  change(b);
  return b;
}

/** Time a test that spawns the CLI a few times may take: room for a machine shared by many runs. */
export const SPAWNS = 120_000;
