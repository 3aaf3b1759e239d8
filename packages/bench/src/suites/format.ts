/**
 * `@bulletin/format` against its peers, in one run on the same inputs:
 * - toChineseNumber vs nzh/cn `encodeS`, toChineseMoney vs nzh/cn `toMoney` (10^5 random integers);
 * - parseChineseNumber vs nzh/cn `decodeS` on the same strings (nzh's own `encodeS` output of them);
 * - toChineseMoney of the same integers with 角 and 分 (`1234.56`) against the whole integers;
 * - formatQuantity vs a cached `Intl.NumberFormat("zh-CN", { notation: "compact" })`;
 * - minified + gzipped bytes of the whole package, of the part that does what nzh does, and of nzh.
 */
import { gzipSync } from "node:zlib";
import * as format from "@bulletin/format";
import {
  formatQuantity,
  parseChineseNumber,
  toChineseMoney,
  toChineseNumber,
} from "@bulletin/format";
import { build } from "esbuild";
import nzh from "nzh/cn";
import { compare, target, writeResult } from "../lib/measure";

const COUNT = 100_000;

/** The formatters the issue names (each also has a parser in the package). */
const FORMATTERS = [
  "toChineseNumber",
  "toChineseMoney",
  "formatQuantity",
  "formatDate",
  "formatDateSpan",
  "sectionMarker",
  "formatIssueNumber",
  "formatPercent",
  "formatChange",
  "formatPointChange",
];

/** Deterministic random integers of 1 to 12 digits (a 32-bit LCG, so every run sees the same inputs). */
function randomIntegers(count: number): number[] {
  let seed = 20251110;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const out: number[] = [];
  for (let i = 0; i < count; i++)
    out.push(Math.floor(next() * 10 ** (1 + Math.floor(next() * 12))));
  return out;
}

/** One task = one pass over all inputs, so every contender does exactly the same work. */
function overAll(inputs: number[], fn: (n: number) => string): () => number {
  return () => {
    let length = 0;
    for (const n of inputs) length += fn(n).length;
    return length;
  };
}

async function gzippedBytes(contents: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    charset: "utf8",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code).length };
}

export async function run(): Promise<void> {
  const inputs = randomIntegers(COUNT);
  const intl = new Intl.NumberFormat("zh-CN", { notation: "compact" });
  const sameNumbers = inputs.filter((n) => toChineseNumber(n) === nzh.encodeS(n)).length;
  const sameMoney = inputs.filter(
    (n) => toChineseMoney(n) === nzh.toMoney(n, { outSymbol: false }),
  ).length;
  console.log(
    `agreement with nzh on ${COUNT} integers: numbers ${sameNumbers}, money ${sameMoney}`,
  );

  const [ours, theirs] = compare(
    [
      { name: "toChineseNumber", fn: overAll(inputs, (n) => toChineseNumber(n)) },
      { name: "nzh encodeS", fn: overAll(inputs, (n) => nzh.encodeS(n)) },
    ],
    { rounds: 5, roundMs: 300 },
  );
  const [money, nzhMoney] = compare(
    [
      { name: "toChineseMoney", fn: overAll(inputs, (n) => toChineseMoney(n)) },
      { name: "nzh toMoney", fn: overAll(inputs, (n) => nzh.toMoney(n)) },
    ],
    { rounds: 5, roundMs: 300 },
  );
  // The same integers written by nzh, read back by both.
  const written = inputs.map((n) => nzh.encodeS(n));
  const readBack = written.filter((s, i) => parseChineseNumber(s) === inputs[i]).length;
  // nzh's types say decodeS returns a string; it returns a number.
  const nzhReadBack = written.filter((s, i) => Number(nzh.decodeS(s)) === inputs[i]).length;
  console.log(`read back ${COUNT} numerals of nzh: ours ${readBack}, nzh ${nzhReadBack}`);
  const overStrings = (fn: (s: string) => unknown) => () => {
    let sum = 0;
    for (const s of written) sum += Number(fn(s));
    return sum;
  };
  const [parse, nzhDecode] = compare(
    [
      { name: "parseChineseNumber", fn: overStrings((s) => parseChineseNumber(s)) },
      { name: "nzh decodeS", fn: overStrings((s) => nzh.decodeS(s)) },
    ],
    { rounds: 5, roundMs: 300 },
  );
  // The same integers with 角 and 分: 01–99 分, varied (1234.56, 7.1, 30.05).
  const withCents = inputs.map((n, i) =>
    Number(`${n}.${String(1 + ((i * 37) % 99)).padStart(2, "0")}`),
  );
  const [moneyWhole, moneyCents] = compare(
    [
      { name: "toChineseMoney, whole amounts", fn: overAll(inputs, (n) => toChineseMoney(n)) },
      { name: "toChineseMoney, with 角/分", fn: overAll(withCents, (n) => toChineseMoney(n)) },
    ],
    { rounds: 5, roundMs: 300 },
  );
  const [quantity, compact] = compare(
    [
      { name: "formatQuantity", fn: overAll(inputs, (n) => formatQuantity(n, "件")) },
      { name: "Intl compact", fn: overAll(inputs, (n) => `${intl.format(n)}件`) },
    ],
    { rounds: 5, roundMs: 300 },
  );
  if (
    !ours ||
    !theirs ||
    !money ||
    !nzhMoney ||
    !quantity ||
    !compact ||
    !parse ||
    !nzhDecode ||
    !moneyWhole ||
    !moneyCents
  )
    throw new Error("missing results");

  const whole = await gzippedBytes(`export * from "@bulletin/format";`);
  const nzhSame = await gzippedBytes(
    `export { toChineseNumber, parseChineseNumber, toChineseMoney } from "@bulletin/format";`,
  );
  const nzhSize = await gzippedBytes(`export { default } from "nzh/cn";`);
  const nzhWhole = await gzippedBytes(`export { default } from "nzh";`);
  // The ten formatters the issue names, without their parsers: the floor of the contract.
  const formatters = await gzippedBytes(
    `export { ${FORMATTERS.join(", ")} } from "@bulletin/format";`,
  );
  // What one export costs an app that imports only it (tree-shaking at work).
  const perExport: Record<string, number> = {};
  for (const name of Object.keys(format).sort()) {
    perExport[name] = (await gzippedBytes(`export { ${name} } from "@bulletin/format";`)).gzipped;
  }

  const numberRatio = ours.opsPerSecond / theirs.opsPerSecond;
  const moneyRatio = money.opsPerSecond / nzhMoney.opsPerSecond;
  const quantityRatio = quantity.opsPerSecond / compact.opsPerSecond;
  const parseRatio = parse.opsPerSecond / nzhDecode.opsPerSecond;
  const centsOverWhole = moneyCents.meanMicroseconds / moneyWhole.meanMicroseconds;
  const targets = [
    target("toChineseNumber vs nzh encodeS (×)", numberRatio, ">=", 10),
    target("toChineseMoney vs nzh toMoney (×)", moneyRatio, ">=", 10),
    target("formatQuantity vs Intl compact (×)", quantityRatio, ">=", 3),
    target("parseChineseNumber vs nzh decodeS, nzh's own strings (×)", parseRatio, ">=", 10),
    target("toChineseMoney time with 角/分 / time of whole amounts", centsOverWhole, "<=", 2),
    target("whole package gzip bytes / nzh", whole.gzipped / nzhSize.gzipped, "<=", 1),
    target("nzh-equivalent part gzip bytes / nzh", nzhSame.gzipped / nzhSize.gzipped, "<=", 1),
    target(
      "the ten formatters alone, gzip bytes / nzh",
      formatters.gzipped / nzhSize.gzipped,
      "<=",
      1,
    ),
  ];
  const perInput = (r: { meanMicroseconds: number }): number =>
    Number(((r.meanMicroseconds * 1000) / COUNT).toFixed(1));
  const file = writeResult("format", {
    inputs: `${COUNT} random integers of 1–12 digits (seeded)`,
    nanosecondsPerCall: {
      toChineseNumber: perInput(ours),
      nzhEncodeS: perInput(theirs),
      toChineseMoney: perInput(money),
      nzhToMoney: perInput(nzhMoney),
      formatQuantity: perInput(quantity),
      intlCompact: perInput(compact),
      parseChineseNumber: perInput(parse),
      nzhDecodeS: perInput(nzhDecode),
      toChineseMoneyWhole: perInput(moneyWhole),
      toChineseMoneyWithCents: perInput(moneyCents),
    },
    ratios: {
      toChineseNumberVsNzh: Number(numberRatio.toFixed(2)),
      toChineseMoneyVsNzh: Number(moneyRatio.toFixed(2)),
      formatQuantityVsIntl: Number(quantityRatio.toFixed(2)),
      parseChineseNumberVsNzhDecodeS: Number(parseRatio.toFixed(2)),
      toChineseMoneyCentsOverWhole: Number(centsOverWhole.toFixed(2)),
    },
    bytes: {
      note: "esbuild bundle, minify, charset utf8, then gzip",
      wholePackage: whole,
      nzhEquivalent: { exports: "toChineseNumber, parseChineseNumber, toChineseMoney", ...nzhSame },
      formattersOnly: { exports: FORMATTERS.join(", "), ...formatters },
      nzh: nzhSize,
      nzhWholePackage: { entry: "nzh (cn and hk)", ...nzhWhole },
      gzippedPerExport: perExport,
    },
    agreementWithNzh: { numbers: sameNumbers, money: sameMoney, of: COUNT },
    readBackOfNzhStrings: { parseChineseNumber: readBack, nzhDecodeS: nzhReadBack, of: COUNT },
    centsInputs: "the same integers plus 0.01–0.99 (varied), as numbers",
    targets,
  });
  console.log(`wrote ${file}`);
}
