import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "@bulletin/cli";
import { validateBulletin } from "@bulletin/schema";
import { writeResult } from "../lib/measure";

/**
 * `bulletin validate` on issues with n duplicate section ids (n = 750 … 6000), each error placed
 * at its line and column. The CLI locates all the paths of a record in one pass, so its cost
 * per error should stay flat as n doubles (it grew with n before: 5985 errors took 40 s).
 * Each run writes a fresh file (the titles change), rounds interleave the sizes, and the
 * median of the rounds is kept; `validateBulletin` on the same object is the reference.
 */
export async function run(): Promise<void> {
  const root = new URL("../../../../", import.meta.url);
  const reference = JSON.parse(
    readFileSync(new URL("examples/sichuan-window-monthly/issue-9.json", root), "utf8"),
  ) as Record<string, unknown>;
  const dir = mkdtempSync(join(tmpdir(), "bench-cli-positions-"));
  const sizes = [750, 1500, 3000, 6000];
  const rounds = 5;
  const issueOf = (n: number, round: number): Record<string, unknown> => ({
    ...reference,
    sections: Array.from({ length: n }, (_, i) => ({
      id: "dup",
      title: `第${i + 1}部分（第${round + 1}轮）`,
      items: [{ body: [[`第${round + 1}轮正文${i}。`]] }],
    })),
  });
  let errorLines = 0;
  const sink = {
    write: (text: string): boolean => {
      errorLines += text.split("\n").length - 1;
      return true;
    },
  };
  const cliMs: number[][] = sizes.map(() => []);
  const libMs: number[][] = sizes.map(() => []);
  // Warm-up: load the CLI's modules once.
  writeFileSync(join(dir, "warm.json"), JSON.stringify(issueOf(10, -1), null, 2));
  await runCli(["validate", join(dir, "warm.json")], { stdout: sink, stderr: sink, env: {} });
  for (let round = 0; round < rounds; round++) {
    for (const [k, n] of sizes.entries()) {
      const issue = issueOf(n, round);
      const file = join(dir, `issue-${n}-${round}.json`);
      writeFileSync(file, JSON.stringify(issue, null, 2));
      let start = process.hrtime.bigint();
      validateBulletin(issue);
      libMs[k]?.push(Number(process.hrtime.bigint() - start) / 1e6);
      errorLines = 0;
      start = process.hrtime.bigint();
      const code = await runCli(["validate", file, "--locale", "en"], {
        stdout: sink,
        stderr: sink,
        env: {},
      });
      cliMs[k]?.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (code !== 1 || errorLines < n) throw new Error(`expected ${n} errors, got ${errorLines}`);
      rmSync(file);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
  const rows = sizes.map((n, k) => {
    const cli = median(cliMs[k] ?? []);
    const lib = median(libMs[k] ?? []);
    return {
      duplicates: n,
      cliMs: cli,
      validateBulletinMs: lib,
      cliMicrosecondsPerError: (cli * 1000) / n,
    };
  });
  for (const r of rows)
    console.log(
      `${r.duplicates} duplicate ids: bulletin validate ${r.cliMs.toFixed(0)} ms (${r.cliMicrosecondsPerError.toFixed(0)} µs an error), validateBulletin ${r.validateBulletinMs.toFixed(0)} ms`,
    );
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) throw new Error("missing results");
  const growth = last.cliMs / first.cliMs;
  const sizeGrowth = last.duplicates / first.duplicates;
  console.log(
    `${sizeGrowth}× the errors cost ${growth.toFixed(1)}× the time (linear: ${sizeGrowth}×, quadratic: ${sizeGrowth ** 2}×)`,
  );
  writeResult("cli-positions", {
    method: `median of ${rounds} interleaved rounds; a fresh file per run`,
    rows,
    ratios: {
      errors: sizeGrowth,
      cliTime: growth,
      cliOverValidateBulletinAtLargest: last.cliMs / last.validateBulletinMs,
    },
  });
}
