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
  /** With `clock: "cpu"`: the median round's elapsed time per call, for comparison. */
  elapsedMicroseconds?: number;
}

let sink: unknown;

/** `global.gc` when node runs with `--expose-gc` (as `npm run bench` does). */
const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;

/** The elapsed and the CPU milliseconds of one batch of calls. */
function timeBatchBoth(fn: () => unknown, iterations: number): { ms: number; cpuMs: number } {
  // Each batch starts with an empty young generation, so that a task pays for its own garbage
  // and not for that of the task timed before it (interleaved, a task that allocates little
  // was charged the scavenges of a heavy one, such as React, run just before it).
  gc?.({ type: "minor" });
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink = fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

function timeBatch(fn: () => unknown, iterations: number): number {
  return timeBatchBoth(fn, iterations).ms;
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
    /**
     * What a round's time is: elapsed time (default), or the CPU time of the process (every
     * thread: the collector's helpers too). On a machine shared with other work, elapsed time
     * also counts the time the process waits for a core; CPU time counts only the work done,
     * and the elapsed medians are reported beside it.
     */
    clock?: "elapsed" | "cpu";
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
  const cpu = options.clock === "cpu";
  const perOp: number[][] = tasks.map(() => []);
  const elapsedPerOp: number[][] = tasks.map(() => []);
  for (let r = 0; r < rounds; r++) {
    tasks.forEach((t, i) => {
      const n = iterations[i] ?? 1;
      const { ms, cpuMs } = timeBatchBoth(t.fn, n);
      perOp[i]?.push((cpu ? cpuMs : ms) / n);
      elapsedPerOp[i]?.push(ms / n);
    });
  }
  void sink;
  return tasks.map((t, i) => {
    const result = summarize(t.name, perOp[i] ?? [], options.statistic);
    if (cpu)
      result.elapsedMicroseconds = summarize(
        t.name,
        elapsedPerOp[i] ?? [],
        options.statistic,
      ).meanMicroseconds;
    return result;
  });
}

/** The median (or the minimum) of milliseconds-per-operation samples, as a result. */
function summarize(name: string, msPerOp: number[], statistic?: "min" | "median"): TaskResult {
  const sorted = [...msPerOp].sort((a, b) => a - b);
  const median =
    (statistic === "min" ? sorted[0] : sorted[Math.floor(sorted.length / 2)]) ?? Number.NaN;
  return {
    name,
    opsPerSecond: 1000 / median,
    meanMicroseconds: median * 1000,
    samples: sorted.length,
  };
}

/**
 * Times tasks that take a second or more once per round, interleaved (no calibration: `compare`
 * runs each task many times before it measures, too long for big inputs).
 */
export function compareLarge(tasks: Task[], rounds = 3): TaskResult[] {
  const perOp: number[][] = tasks.map(() => []);
  for (let r = 0; r < rounds; r++)
    tasks.forEach((t, i) => {
      perOp[i]?.push(timeBatch(t.fn, 1));
    });
  void sink;
  return tasks.map((t, i) => summarize(t.name, perOp[i] ?? []));
}

/** An async task over a pool of `inputs` inputs: `fn(i)` does one unit of work on input `i`. */
export interface AsyncTask {
  name: string;
  inputs: number;
  fn: (input: number) => Promise<unknown>;
}

/**
 * `compare` for async tasks: interleaved rounds of about 300 ms each, every call awaited, the
 * inputs of each task drawn round robin so no input repeats back to back.
 */
export async function compareAsync(tasks: AsyncTask[], rounds = 5): Promise<TaskResult[]> {
  const perOp: number[][] = tasks.map(() => []);
  const iterations = tasks.map(() => 1);
  // Calibrate after a warm-up call on each input.
  for (const [t, task] of tasks.entries()) {
    for (let i = 0; i < task.inputs; i++) await task.fn(i);
    const start = performance.now();
    await task.fn(0);
    iterations[t] = Math.max(1, Math.round(300 / Math.max(performance.now() - start, 0.01)));
  }
  let next = 0;
  for (let r = 0; r < rounds; r++) {
    for (const [t, task] of tasks.entries()) {
      const n = iterations[t] ?? 1;
      const start = performance.now();
      for (let i = 0; i < n; i++) await task.fn(next++ % task.inputs);
      perOp[t]?.push((performance.now() - start) / n);
    }
  }
  return tasks.map((task, t) => summarize(task.name, perOp[t] ?? []));
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

/** One measured asynchronous task: a name and a function that does one unit of work. */
export interface AsyncStep {
  name: string;
  fn: () => Promise<unknown>;
}

/**
 * `compare` for asynchronous work that takes milliseconds to seconds (printing, reading a
 * PDF): each round runs every task once, in turn, so a busy machine slows them alike; the
 * median of the rounds is the result.
 */
export async function compareAsyncSteps(tasks: AsyncStep[], rounds = 5): Promise<TaskResult[]> {
  for (const t of tasks) await t.fn(); // warm-up
  const perOp: number[][] = tasks.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [i, t] of tasks.entries()) {
      const start = process.hrtime.bigint();
      sink = await t.fn();
      perOp[i]?.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return tasks.map((t, i) => summarize(t.name, perOp[i] ?? [], "median"));
}
