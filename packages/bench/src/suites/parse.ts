import { readdirSync, readFileSync } from "node:fs";
import { parseBulletinText } from "@bulletin/parse";
import { renderText } from "@bulletin/render";
import { validateBulletin } from "@bulletin/schema";
import { arbitraryBulletin } from "@bulletin/testkit";
import fc from "fast-check";
import { compare, target, writeResult } from "../lib/measure";

/**
 * parseBulletinText on the real corpus (every text in packages/parse/test/corpus, from
 * government pages), on 64 generated bulletins (testkit's arbitraryBulletin, written by renderText) and on
 * 1 MB and 10 MB of bulletin text, against the floor of issue 17: a bare `split("\n")` of the
 * same text plus one regex test a line. Interleaved rounds in one run; the ratio is the median
 * parse ÷ the median floor at 1 MB, and linearity is (10 MB time ÷ 1 MB time) ÷ 10. The big
 * texts are the seed's sections, the corpus texts and the generated bodies in rotated orders,
 * and calls go round robin over the variants, so no cache helps.
 */
export async function run(): Promise<void> {
  const root = new URL("../../../../", import.meta.url);
  const corpusDir = new URL("packages/parse/test/corpus/", root);
  const corpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(new URL(f, corpusDir), "utf8"));
  const corpusChars = corpus.reduce((n, t) => n + t.length, 0);

  const seed = readFileSync(new URL("examples/sichuan-window-monthly/seed.txt", root), "utf8");
  const head = seed.slice(0, seed.indexOf("二、"));
  const tail = seed.slice(seed.indexOf("报:"));
  // The seed's sections and the corpus texts, as bodies to repeat in varied orders.
  const generated = fc
    .sample(arbitraryBulletin(), { numRuns: 64, seed: 20261201 })
    .map((b) => renderText(b));
  const generatedChars = generated.reduce((n, t) => n + t.length, 0);
  // A generated text's body: from its first section heading on (its masthead would be noise).
  const bodyOf = (t: string): string => t.slice(Math.max(0, t.indexOf("\n一、") + 1));
  // The seed's sections, the corpus texts and the generated bodies, to repeat in varied orders.
  const bodies = [
    seed.slice(seed.indexOf("二、"), seed.indexOf("报:")),
    ...corpus,
    ...generated.map(bodyOf),
  ];
  const make = (size: number, shift: number): string => {
    let text = head;
    for (let k = shift; text.length < size; k++) text += `${bodies[k % bodies.length]}\n`;
    return text + tail;
  };
  const oneMB = [0, 1, 2].map((s) => make(1_000_000, s));
  const tenMB = [0, 1].map((s) => make(10_000_000, s));
  for (const text of [...corpus, ...generated, oneMB[0] as string]) {
    const r = parseBulletinText(text, {
      publication: { title: "简报", publisher: { name: "单位" } },
      issue: { number: 1, publishedOn: "2025-01-01" },
    });
    if (!r.complete || !validateBulletin(r.bulletin).ok) throw new Error("the parse must be valid");
  }

  const line = /^[一二三四五六七八九十]+、/;
  const floor = (text: string): number => {
    let n = 0;
    for (const l of text.split("\n")) if (line.test(l)) n++;
    return n;
  };
  let c = 0;
  let k = 0;
  const [corpusParse, generatedParse] = compare(
    [
      {
        name: `parseBulletinText (corpus, ${corpus.length} texts)`,
        fn: () => corpus.map((t) => parseBulletinText(t)),
      },
      {
        name: "parseBulletinText (generated, 64 texts)",
        fn: () => generated.map((t) => parseBulletinText(t)),
      },
    ],
    { rounds: 5, roundMs: 300 },
  );
  const [bigParse, bigFloor] = compare(
    [
      { name: "parseBulletinText (1 MB)", fn: () => parseBulletinText(oneMB[c++ % 3] as string) },
      { name: "split + one regex a line (1 MB)", fn: () => floor(oneMB[k++ % 3] as string) },
    ],
    { rounds: 5, roundMs: 600 },
  );
  // 10 MB: a few single calls, interleaved with 1 MB calls for the linearity ratio.
  const tenTimes: number[] = [];
  const oneTimes: number[] = [];
  for (let r = 0; r < 3; r++) {
    let s = performance.now();
    parseBulletinText(tenMB[r % 2] as string);
    tenTimes.push(performance.now() - s);
    s = performance.now();
    parseBulletinText(oneMB[r % 3] as string);
    oneTimes.push(performance.now() - s);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
  // Shapes whose cost once grew with the square of their length: one paragraph broken into many
  // short lines, each stopping mid-sentence (a copy that kept a narrow column's line ends), so
  // that the repair joins thousands of lines into one. 1 MB against 250 kB, single calls.
  const brokenParagraph = (size: number, shift: number): string => {
    const parts = ["某中心工作总结", "一、主要亮点"];
    let n = 0;
    for (let k = shift; n < size; k++) {
      const piece = `目前,大厅共有进驻单位\n${(k % 90) + 10}个,窗口工作人员\n${300 + (k % 70)}\n人,受理业务`;
      parts.push(piece);
      n += piece.length;
    }
    return `${parts.join("\n")}。`;
  };
  /** Single calls on 250 kB and 1 MB of a shape, interleaved: the medians and (t 1 MB ÷ t 250 kB) ÷ 4. */
  const shapeLinearity = (
    make: (size: number, shift: number) => string,
  ): { quarter: number; whole: number; linearity: number } => {
    const quarter = [0, 1, 2].map((s) => make(250_000, s));
    const whole = [0, 1, 2].map((s) => make(1_000_000, s));
    const quarterTimes: number[] = [];
    const wholeTimes: number[] = [];
    for (let r = 0; r < 3; r++) {
      let s = performance.now();
      parseBulletinText(quarter[r] as string);
      quarterTimes.push(performance.now() - s);
      s = performance.now();
      parseBulletinText(whole[r] as string);
      wholeTimes.push(performance.now() - s);
    }
    const q = median(quarterTimes);
    const w = median(wholeTimes);
    return { quarter: q, whole: w, linearity: w / q / 4 };
  };
  const broken = shapeLinearity(brokenParagraph);
  // Runs of one-cell lines that are no table (a name and its counts, a line each, blank lines
  // between; and cells each closed by a bar on the line under it): the table finder once read
  // the rest of such a run again from each of its lines.
  const cellRuns = (size: number, shift: number): string => {
    const parts = ["某中心工作简报", "一、办件情况"];
    let n = 0;
    for (let k = shift; n < size; k++) {
      const piece =
        k % 2 === 0 ? `市第${k}局\n\n${k % 7}\n\n1\n\n0\n\n0\n` : `项目${k}\n|\n${k % 90}\n|\n`;
      parts.push(piece);
      n += piece.length;
    }
    return parts.join("\n");
  };
  const cells = shapeLinearity(cellRuns);
  if (!corpusParse || !generatedParse || !bigParse || !bigFloor) throw new Error("missing results");
  const ratio = bigParse.meanMicroseconds / bigFloor.meanMicroseconds;
  const linearity = median(tenTimes) / median(oneTimes) / 10;
  const corpusBytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const oneBytes = Buffer.byteLength(oneMB[0] as string);
  console.log(
    `corpus: ${(corpusParse.meanMicroseconds / 1000).toFixed(2)} ms for ${corpus.length} texts`,
  );
  console.log(
    `generated: ${(generatedParse.meanMicroseconds / 1000).toFixed(2)} ms for ${generated.length} texts`,
  );
  console.log(
    `1 MB: parse ${(bigParse.meanMicroseconds / 1000).toFixed(1)} ms, floor ${(bigFloor.meanMicroseconds / 1000).toFixed(2)} ms, ratio ${ratio.toFixed(0)}×`,
  );
  console.log(
    `10 MB: ${median(tenTimes).toFixed(0)} ms; 10 MB ÷ 1 MB ÷ 10 = ${linearity.toFixed(2)}`,
  );
  console.log(
    `a paragraph broken into short lines: 250 kB ${broken.quarter.toFixed(0)} ms, 1 MB ${broken.whole.toFixed(0)} ms; ÷ 4 = ${broken.linearity.toFixed(2)}`,
  );
  console.log(
    `runs of one-cell lines: 250 kB ${cells.quarter.toFixed(0)} ms, 1 MB ${cells.whole.toFixed(0)} ms; ÷ 4 = ${cells.linearity.toFixed(2)}`,
  );
  const verdicts = [
    target("parse ÷ floor at 1 MB (issue 17 row 4)", ratio, "<=", 150),
    target("linear from 1 to 10 MB: (t10 ÷ t1) ÷ 10", linearity, "<=", 1.3),
    target(
      "linear on a paragraph broken into short lines: (t 1 MB ÷ t 250 kB) ÷ 4",
      broken.linearity,
      "<=",
      1.3,
    ),
    target(
      "linear on runs of one-cell lines that are no table: (t 1 MB ÷ t 250 kB) ÷ 4",
      cells.linearity,
      "<=",
      1.3,
    ),
  ];
  writeResult("parse", {
    input: {
      corpus: { texts: corpus.length, chars: corpusChars, bytes: corpusBytes },
      generated: { texts: generated.length, chars: generatedChars, seed: 20261201 },
      oneMB: { variants: oneMB.length, chars: (oneMB[0] as string).length, bytes: oneBytes },
      tenMB: { variants: tenMB.length, chars: (tenMB[0] as string).length },
      floor: 'text.split("\\n") and /^[一二三四五六七八九十]+、/.test on every line',
    },
    results: [corpusParse, generatedParse, bigParse, bigFloor],
    milliseconds: {
      corpus: corpusParse.meanMicroseconds / 1000,
      generated: generatedParse.meanMicroseconds / 1000,
      oneMB: bigParse.meanMicroseconds / 1000,
      floorOneMB: bigFloor.meanMicroseconds / 1000,
      tenMB: median(tenTimes),
      oneMBSingleCalls: median(oneTimes),
      brokenParagraphQuarterMB: broken.quarter,
      brokenParagraphOneMB: broken.whole,
      cellRunsQuarterMB: cells.quarter,
      cellRunsOneMB: cells.whole,
    },
    throughputMBps: {
      corpus: corpusBytes / 1e6 / (corpusParse.meanMicroseconds / 1e6),
      oneMB: oneBytes / 1e6 / (bigParse.meanMicroseconds / 1e6),
      megacharsPerSecondOneMB: (oneMB[0] as string).length / bigParse.meanMicroseconds,
    },
    ratios: {
      parseOverFloorOneMB: ratio,
      linearityTenOverOneMB: linearity,
      linearityBrokenParagraph: broken.linearity,
      linearityCellRuns: cells.linearity,
    },
    targets: verdicts,
  });
}
