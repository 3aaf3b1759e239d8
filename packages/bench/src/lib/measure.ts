import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One measured task: a name and a function that does one unit of work. */
export interface Task {
  name: string;
  fn: () => unknown;
}

/** What one task measured. */
export interface TaskResult {
  name: string;
  opsPerSecond: number;
  meanMicroseconds: number;
  samples: number;
}

let sink: unknown;

function timeBatch(fn: () => unknown, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink = fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Measures tasks interleaved in rounds, so that the noise of a shared machine falls
 * on all of them alike; ratios between tasks of one run are what we compare.
 */
export function compare(
  tasks: Task[],
  options: {
    rounds?: number;
    roundMs?: number;
    /** The round that stands for a task: the median (default) or the fastest. */
    statistic?: "median" | "min";
  } = {},
): TaskResult[] {
  const rounds = options.rounds ?? 7;
  const roundMs = options.roundMs ?? 150;
  // Calibrate: how many iterations fill a round, after a warm-up.
  const iterations = tasks.map((t) => {
    timeBatch(t.fn, 10);
    let n = 1;
    for (;;) {
      const ms = timeBatch(t.fn, n);
      if (ms >= roundMs / 4 || n > 1e8)
        return Math.max(1, Math.round((n * roundMs) / Math.max(ms, 0.001)));
      n *= 4;
    }
  });
  const perOp: number[][] = tasks.map(() => []);
  for (let r = 0; r < rounds; r++) {
    tasks.forEach((t, i) => {
      const n = iterations[i] ?? 1;
      perOp[i]?.push(timeBatch(t.fn, n) / n);
    });
  }
  void sink;
  return tasks.map((t, i) => {
    const sorted = [...(perOp[i] ?? [])].sort((a, b) => a - b);
    const median =
      (options.statistic === "min" ? sorted[0] : sorted[Math.floor(sorted.length / 2)]) ??
      Number.NaN;
    return {
      name: t.name,
      opsPerSecond: 1000 / median,
      meanMicroseconds: median * 1000,
      samples: sorted.length,
    };
  });
}

/** The machine a result was measured on. */
export function machineInfo(): Record<string, unknown> {
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    date: new Date().toISOString(),
  };
}

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "results");

/** Writes `results/<suite>.json` atomically and returns its path. */
export function writeResult(suite: string, data: Record<string, unknown>): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${suite}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ suite, machine: machineInfo(), ...data }, null, 2)}\n`);
  renameSync(tmp, file);
  return file;
}

/** Prints a one-line verdict for a target and returns whether it was met. */
export function target(
  name: string,
  actual: number,
  op: ">=" | "<=",
  goal: number,
): { name: string; actual: number; goal: string; met: boolean } {
  const met = op === ">=" ? actual >= goal : actual <= goal;
  console.log(`${met ? "met   " : "MISSED"} ${name}: ${actual.toFixed(2)} (goal ${op} ${goal})`);
  return { name, actual: Number(actual.toFixed(3)), goal: `${op} ${goal}`, met };
}
