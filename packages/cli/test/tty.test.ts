import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bin, bulletin, reference, tempDir } from "./helpers";

// util-linux `script` runs a command on a pseudo-terminal: the CLI sees a real TTY on stdout
// and stderr, as in an interactive shell. (BSD `script` takes other arguments: skipped there.)
const hasScript = /util-linux/.test(
  spawnSync("script", ["--version"], { encoding: "utf8" }).stdout ?? "",
);

/** Runs the built CLI on a pseudo-terminal and returns what the terminal received. */
function onTerminal(args: string[], env: Record<string, string> = {}) {
  const command = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(" ");
  const r = spawnSync("script", ["-qec", command, "/dev/null"], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", TERM: "xterm", ...env },
  });
  return { code: r.status, output: r.stdout };
}

function feedFile(records: number): string {
  const file = join(tempDir(), "feed.ndjson");
  writeFileSync(file, `${JSON.stringify(reference)}\n`.repeat(records));
  return file;
}

const ESC = "\u001b";
/** The terminal output with each escape character written as `<ESC>`, to match on. */
const visible = (output: string): string => output.replaceAll(ESC, "<ESC>");

describe.skipIf(!hasScript)("bulletin validate on a terminal", () => {
  test("shows a progress line that it rewrites in place and clears before the summary", () => {
    const file = feedFile(400);
    const { code, output } = onTerminal(["validate", file]);
    expect(code).toBe(0);
    const progress = [...visible(output).matchAll(/\r<ESC>\[K<ESC>\[2m(.*?): (\d+) records, /g)];
    expect(progress.length).toBeGreaterThan(0);
    for (const m of progress) expect(m[1]).toBe(file);
    const counts = progress.map((m) => Number(m[2]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(Math.max(...counts)).toBeLessThanOrEqual(400);
    // The line is cleared, then the coloured summary is written on its own line.
    const summary = output.lastIndexOf(`\r${ESC}[K${ESC}[32m1 file, 400 records: 400 valid`);
    expect(summary).toBeGreaterThan(output.lastIndexOf(`${ESC}[2m`));
    expect(output.endsWith(`${ESC}[39m\r\n`)).toBe(true);
  });

  test("NO_COLOR drops the colours, not the progress line", () => {
    const file = feedFile(400);
    const { code, output } = onTerminal(["validate", file], { NO_COLOR: "1" });
    expect(code).toBe(0);
    expect(visible(output)).toMatch(/\r<ESC>\[K.*: \d+ records, [\d.]+ MB/);
    expect(output).not.toContain(`${ESC}[2m`);
    expect(output).toContain("1 file, 400 records: 400 valid");
  });

  test("off a terminal there is no progress line and no escape code at all", () => {
    const file = feedFile(400);
    const r = bulletin(["validate", file]);
    expect(r.code).toBe(0);
    expect(r.stderr + r.stdout).not.toContain(ESC);
    expect(r.stderr + r.stdout).not.toContain("\r");
  });
});
