import { readFileSync } from "node:fs";
import { type Bulletin, fixBulletin, type Inline, lintBulletin } from "@bulletin/schema";
import { seededRandom } from "@bulletin/testkit";
import { run as zhlint } from "zhlint";
import { compare, compareLarge, type TaskResult, target, writeResult } from "../lib/measure";

/**
 * lintBulletin + fixBulletin (the text rules of GB/T 15834 / 15835, with the semantic rules)
 * against zhlint on the same prose: the reference issue, and generated bulletins of 0.25, 0.5
 * and 1 MB of prose (the reference's sections repeated, each copy with faults injected at
 * places drawn from a seeded generator), in one run. zhlint reads the prose as Markdown
 * paragraphs (titles and paragraphs joined by blank lines); we read the bulletin.
 */

const FAULTS = [
  ",",
  ":",
  "(州)",
  " ",
  "。。",
  "9月16日~18日",
  "1-10月",
  "3千元",
  "二O二五年",
  "１２３",
  "5.88 万件",
  "同比增长-5%",
];

/** The reference issue's sections repeated until the prose reaches `bytes`, with faults. */
function generate(reference: Bulletin, bytes: number, seed: number): Bulletin {
  const next = seededRandom(seed);
  const bulletin = structuredClone(reference);
  bulletin.sections = [];
  let size = 0;
  while (size < bytes) {
    for (const section of structuredClone(reference.sections)) {
      for (const item of section.items) {
        delete item.id;
        // The reference issue's body is paragraphs only.
        for (const paragraph of item.body as Inline[][])
          paragraph.forEach((inline, k) => {
            if (typeof inline !== "string") return;
            let text = inline;
            if (next() < 0.3) {
              const at = Math.floor(next() * (text.length + 1));
              text =
                text.slice(0, at) + FAULTS[Math.floor(next() * FAULTS.length)] + text.slice(at);
            }
            paragraph[k] = text;
          });
      }
      delete section.id;
      bulletin.sections.push(section);
    }
    size = Buffer.byteLength(prose(bulletin));
  }
  return bulletin;
}

/** The prose of a bulletin as zhlint reads it: titles and paragraphs, blank lines between. */
function prose(bulletin: Bulletin): string {
  const out: string[] = [bulletin.publication.title];
  for (const s of bulletin.sections) {
    out.push(s.title);
    for (const i of s.items) {
      if (i.title !== undefined) out.push(i.title);
      for (const p of i.body as Inline[][])
        out.push(
          p.map((x) => (typeof x === "string" ? x : "text" in x ? (x.text ?? "") : "")).join(""),
        );
    }
  }
  return out.join("\n\n");
}

const ours = (b: Bulletin): unknown => [lintBulletin(b), fixBulletin(b)];

export async function run(): Promise<void> {
  const root = new URL("../../../../", import.meta.url);
  const reference = JSON.parse(
    readFileSync(new URL("examples/sichuan-window-monthly/issue-9.json", root), "utf8"),
  ) as Bulletin;
  // Small inputs: the reference itself and eight faulty copies of it, taken in turn.
  const variants = Array.from({ length: 8 }, (_, i) => generate(reference, 1, i + 1));
  const variantTexts = variants.map(prose);
  let v = 0;
  let w = 0;
  const referenceText = prose(reference);
  const [refOurs, refZhlint, faultyOurs, faultyZhlint] = compare([
    { name: "lint + fix (issue 9)", fn: () => ours(reference) },
    { name: "zhlint (issue 9 prose)", fn: () => zhlint(referenceText) },
    { name: "lint + fix (issue 9 with faults)", fn: () => ours(variants[v++ % 8] as Bulletin) },
    {
      name: "zhlint (issue 9 with faults, prose)",
      fn: () => zhlint(variantTexts[w++ % 8] as string),
    },
  ]);

  const sizes = [250_000, 500_000, 1_000_000];
  const big = sizes.map((bytes, i) => generate(reference, bytes, 100 + i));
  const bigTexts = big.map(prose);
  const large = compareLarge(
    big.flatMap((b, i) => [
      { name: `lint + fix (${sizes[i]! / 1e6} MB)`, fn: () => ours(b) },
      { name: `zhlint (${sizes[i]! / 1e6} MB)`, fn: () => zhlint(bigTexts[i] as string) },
    ]),
  );
  const results = [refOurs, refZhlint, faultyOurs, faultyZhlint, ...large] as TaskResult[];
  if (results.some((r) => r === undefined)) throw new Error("missing results");
  for (const r of results) console.log(`${r.name}: ${(r.meanMicroseconds / 1000).toFixed(2)} ms`);
  const ms = (r: TaskResult | undefined): number => (r?.meanMicroseconds ?? Number.NaN) / 1000;
  const [q1, z1, q2, z2, q3, z3] = large;
  const findings = lintBulletin(big[2] as Bulletin).length;
  const applied = fixBulletin(big[2] as Bulletin).applied.length;
  const ratios = {
    issue9OursOverZhlint: ms(refOurs) / ms(refZhlint),
    issue9FaultyOursOverZhlint: ms(faultyOurs) / ms(faultyZhlint),
    oneMBOursOverZhlint: ms(q3) / ms(z3),
    oursOneMBOverQuarterMB: ms(q3) / ms(q1),
    zhlintOneMBOverQuarterMB: ms(z3) / ms(z1),
  };
  const targets = [
    target("lint + fix time / zhlint time (issue 9)", ratios.issue9OursOverZhlint, "<=", 1),
    target("lint + fix time / zhlint time (1 MB)", ratios.oneMBOursOverZhlint, "<=", 1),
    // Linear: four times the text in at most five times the time.
    target("lint + fix time 1 MB / 0.25 MB", ratios.oursOneMBOverQuarterMB, "<=", 5),
  ];
  writeResult("lint", {
    input: {
      reference: {
        file: "examples/sichuan-window-monthly/issue-9.json",
        proseBytes: Buffer.byteLength(referenceText),
      },
      generated: big.map((b, i) => ({
        proseBytes: Buffer.byteLength(bigTexts[i] as string),
        sections: b.sections.length,
      })),
      oneMB: { findings, applied },
    },
    results,
    milliseconds: {
      issue9: ms(refOurs),
      issue9Zhlint: ms(refZhlint),
      quarterMB: ms(q1),
      halfMB: ms(q2),
      oneMB: ms(q3),
      quarterMBZhlint: ms(z1),
      halfMBZhlint: ms(z2),
      oneMBZhlint: ms(z3),
    },
    ratios,
    targets,
  });
}
