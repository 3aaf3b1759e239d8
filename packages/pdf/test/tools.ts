/**
 * The outside tools the PDF tests drive (Chromium, poppler, LibreOffice, Noto CJK fonts) and
 * the rule for when one is missing: skip with a warning on a developer's machine, fail under
 * CI (`CI=true`), where `.ci/run` installs them all.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { CHROMIUM, hasChromium, skipWithout } from "@bulletin/testkit";

export { CHROMIUM };

const onPath = (command: string, args: string[] = ["-v"]): boolean => {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 20_000 });
  return result.error === undefined;
};

const notoCjk = (): boolean => {
  const result = spawnSync("fc-list", [], { encoding: "utf8" });
  return /noto.*cjk/i.test(result.stdout ?? "");
};

/** Which of the tools are there, checked once. */
export const TOOLS = {
  chromium: hasChromium,
  poppler: onPath("pdftotext") && onPath("pdfinfo") && onPath("pdftoppm"),
  soffice: onPath("soffice", ["--version"]),
  notoCjk: notoCjk(),
} as const;

export type Tool = keyof typeof TOOLS;

/**
 * Whether a test group that needs `tools` runs: true when they are all there, and true under CI
 * even when one is missing (so that `assertTools` fails the group instead of skipping it).
 */
export function runsWith(...tools: Tool[]): boolean {
  const missing = tools.filter((t) => !TOOLS[t]);
  if (!skipWithout(missing.length === 0)) return true;
  process.emitWarning(`pdf tests skipped: ${missing.join(", ")} missing (CI installs them)`);
  return false;
}

/** Throws (failing the group) when a tool is missing; call from the group's beforeAll. */
export function assertTools(...tools: Tool[]): void {
  const missing = tools.filter((t) => !TOOLS[t]);
  if (missing.length > 0) {
    throw new Error(
      `missing for the PDF tests: ${missing.join(", ")} (apt-get install chromium fonts-noto-cjk poppler-utils libreoffice-writer-nogui)`,
    );
  }
}

/** The reference issue. */
export const issue9 = (): import("@bulletin/schema").Bulletin =>
  JSON.parse(
    readFileSync(
      new URL("../../../examples/sichuan-window-monthly/issue-9.json", import.meta.url),
      "utf8",
    ),
  );
