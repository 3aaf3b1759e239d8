import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { target, writeResult } from "../lib/measure";

const root = new URL("../../../../", import.meta.url);
const FEED_BYTES = 200 * 1024 * 1024;

/** Writes an NDJSON feed of about `bytes` by repeating the reference issue, one compact line each. */
async function generateFeed(
  file: string,
  bytes: number,
): Promise<{ records: number; bytes: number }> {
  const line = `${JSON.stringify(JSON.parse(readFileSync(new URL("examples/sichuan-window-monthly/issue-9.json", root), "utf8")))}\n`;
  const lineBytes = Buffer.byteLength(line);
  const records = Math.ceil(bytes / lineBytes);
  const out = createWriteStream(file);
  const batch = line.repeat(64);
  for (let i = 0; i < records; i += 64) {
    const text = i + 64 <= records ? batch : line.repeat(records - i);
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { records, bytes: statSync(file).size };
}

/** The child process that measures one pass over the feed: prints `{ records, seconds, maxRssMiB }`. */
const CHILD = `
const [mode, file, sdkUrl] = process.argv.slice(1);
const { createReadStream } = await import("node:fs");
const start = process.hrtime.bigint();
let records = 0, invalid = 0;
if (mode === "validate") {
  const { validateFeed } = await import(sdkUrl);
  for await (const r of validateFeed(createReadStream(file, { highWaterMark: 1 << 20 }), { locale: "en" })) {
    records++;
    if (!r.ok) invalid++;
  }
} else {
  const { createInterface } = await import("node:readline");
  for await (const line of createInterface({ input: createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity })) {
    if (line.length === 0) continue;
    JSON.parse(line);
    records++;
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ records, invalid, seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
`;

function pass(
  mode: "validate" | "parse",
  file: string,
): { records: number; invalid: number; seconds: number; maxRssMiB: number } {
  const sdkUrl = new URL("packages/sdk/dist/index.js", root).href;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD, mode, file, sdkUrl], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`${mode} pass failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim()) as {
    records: number;
    invalid: number;
    seconds: number;
    maxRssMiB: number;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Wall time of spawning a command to completion, in milliseconds. */
function spawnMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * validateFeed over a generated 200 MB NDJSON feed (streamed from disk) against JSON.parse of
 * each line alone, each in its own process for a clean peak RSS; then `bulletin --version`
 * start-up against `node -e 0`, interleaved.
 */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bulletin-feed-bench-"));
  const file = join(dir, "feed.ndjson");
  try {
    const feed = await generateFeed(file, FEED_BYTES);
    console.log(`feed: ${feed.records} records, ${(feed.bytes / 2 ** 20).toFixed(0)} MiB`);
    // Interleave passes so that machine noise falls on both alike.
    const validateRuns = [];
    const parseRuns = [];
    for (let i = 0; i < 3; i++) {
      parseRuns.push(pass("parse", file));
      validateRuns.push(pass("validate", file));
    }
    for (const r of [...validateRuns, ...parseRuns])
      if (r.records !== feed.records)
        throw new Error(`a pass read ${r.records} of ${feed.records} records`);
    if (validateRuns.some((r) => r.invalid !== 0))
      throw new Error("the reference issue must validate");
    const validateRate = feed.records / median(validateRuns.map((r) => r.seconds));
    const parseRate = feed.records / median(parseRuns.map((r) => r.seconds));
    const peakRss = Math.max(...validateRuns.map((r) => r.maxRssMiB));
    console.log(
      `validateFeed: ${validateRate.toFixed(0)} records/s, peak RSS ${peakRss.toFixed(0)} MiB`,
    );
    console.log(`JSON.parse per line: ${parseRate.toFixed(0)} records/s`);

    const bin = fileURLToPath(new URL("packages/cli/dist/bin.js", root));
    const cli: number[] = [];
    const node: number[] = [];
    for (let i = 0; i < 21; i++) {
      node.push(spawnMs(["-e", "0"]));
      cli.push(spawnMs([bin, "--version"]));
    }
    const cliMs = median(cli);
    const nodeMs = median(node);
    console.log(
      `start-up: bulletin --version ${cliMs.toFixed(1)} ms, node -e 0 ${nodeMs.toFixed(1)} ms`,
    );

    const targets = [
      target("validateFeed rate / JSON.parse rate", validateRate / parseRate, ">=", 0.4),
      target("validateFeed peak RSS (MiB)", peakRss, "<=", 200),
      target("bulletin --version / node -e 0 start-up", cliMs / nodeMs, "<=", 2),
    ];
    writeResult("feed", {
      input: {
        generatedFrom: "examples/sichuan-window-monthly/issue-9.json (compact, one per line)",
        records: feed.records,
        bytes: feed.bytes,
      },
      results: {
        validateFeed: {
          recordsPerSecond: validateRate,
          secondsPerRun: validateRuns.map((r) => r.seconds),
          peakRssMiB: peakRss,
        },
        jsonParsePerLine: {
          recordsPerSecond: parseRate,
          secondsPerRun: parseRuns.map((r) => r.seconds),
          peakRssMiB: Math.max(...parseRuns.map((r) => r.maxRssMiB)),
        },
        startup: { bulletinVersionMs: cliMs, nodeMs, samples: cli.length },
      },
      ratios: { validateOverParse: validateRate / parseRate, startupOverNode: cliMs / nodeMs },
      targets,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
