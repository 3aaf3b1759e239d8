import { readFileSync } from "node:fs";
import { parseBulletinText } from "@bulletin/parse";
import { validateBulletin } from "@bulletin/schema";
import { compare, writeResult } from "../lib/measure";

/**
 * parseBulletinText on the reference seed and on 1 MB of synthetic bulletin text (the seed's
 * masthead and overview, then its sections repeated), each against a plain line split of the
 * same text (`text.split("\n")` plus a trim of every line), in one run.
 */
export async function run(): Promise<void> {
  const root = new URL("../../../../", import.meta.url);
  const seed = readFileSync(new URL("examples/sichuan-window-monthly/seed.txt", root), "utf8");
  const head = seed.slice(0, seed.indexOf("二、"));
  const body = seed.slice(seed.indexOf("二、"), seed.indexOf("报:"));
  let big = head;
  while (big.length < 1_000_000) big += body;
  big += seed.slice(seed.indexOf("报:"));
  for (const text of [seed, big]) {
    if (!validateBulletin(parseBulletinText(text).bulletin).ok)
      throw new Error("the parse must be valid");
  }
  const lineSplit = (text: string): unknown => text.split("\n").map((l) => l.trim());

  const [seedParse, seedSplit] = compare([
    { name: "parseBulletinText (seed)", fn: () => parseBulletinText(seed) },
    { name: "line split (seed)", fn: () => lineSplit(seed) },
  ]);
  const [bigParse, bigSplit] = compare(
    [
      { name: "parseBulletinText (1 MB)", fn: () => parseBulletinText(big) },
      { name: "line split (1 MB)", fn: () => lineSplit(big) },
    ],
    { rounds: 5, roundMs: 400 },
  );
  if (!seedParse || !seedSplit || !bigParse || !bigSplit) throw new Error("missing results");
  for (const r of [seedParse, seedSplit, bigParse, bigSplit]) {
    console.log(`${r.name}: ${(r.meanMicroseconds / 1000).toFixed(3)} ms`);
  }
  const seedRatio = seedParse.meanMicroseconds / seedSplit.meanMicroseconds;
  const bigRatio = bigParse.meanMicroseconds / bigSplit.meanMicroseconds;
  console.log(`parse / line split: seed ${seedRatio.toFixed(1)}×, 1 MB ${bigRatio.toFixed(1)}×`);
  writeResult("parse", {
    input: {
      seed: {
        file: "examples/sichuan-window-monthly/seed.txt",
        chars: seed.length,
        bytes: Buffer.byteLength(seed),
      },
      synthetic: {
        chars: big.length,
        bytes: Buffer.byteLength(big),
        lines: big.split("\n").length,
      },
    },
    results: [seedParse, seedSplit, bigParse, bigSplit],
    milliseconds: {
      seed: seedParse.meanMicroseconds / 1000,
      synthetic1MB: bigParse.meanMicroseconds / 1000,
    },
    ratios: { seedParseOverLineSplit: seedRatio, syntheticParseOverLineSplit: bigRatio },
  });
}
