import fc from "fast-check";
import { expect, test } from "vitest";
import {
  hasRowMark,
  markedLines,
  PIPE_MARK,
  ROW_MARK,
  ROW_MARK_ALONE,
  ROW_SPACE,
} from "../src/internal/read-table";

// Units around the row marks: each pipe, tab, ideographic space and space of hasRowMark, and
// text that is none of them (a letter, a Han character, a line break, a full-width bar's kin).
const unit = fc.constantFrom(
  "|",
  "｜",
  "│",
  "┃",
  "\t",
  "\u3000",
  " ",
  "\v",
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u2005",
  "\u200a",
  "\u202f",
  "\u205f",
  "\u200b",
  "\u3001",
  "a",
  "受",
  "\n",
  "┆",
  "¦",
);

test("ROW_MARK: finds a row mark in a range exactly when hasRowMark does (the table finder's line flags)", () => {
  fc.assert(
    fc.property(
      fc.array(unit, { maxLength: 12 }).map((units) => units.join("")),
      (text) => {
        expect(ROW_MARK.test(text)).toBe(hasRowMark(text, 0, text.length));
      },
    ),
    { numRuns: 2000 },
  );
});

/**
 * The lines the table finder flagged before it read units itself: a global regex's matches over
 * the whole text, each put on the line of its last unit, the search going on from that line's end.
 */
function regexMarkedLines(source: string, raw: [number, number][], marks: RegExp): number[] {
  const found = raw.map(() => 0);
  let r = 0;
  while (marks.test(source)) {
    const at = marks.lastIndex - 1;
    while (r < raw.length && (raw[r] as [number, number])[1] <= at) r++;
    if (r >= raw.length) break;
    if ((raw[r] as [number, number])[0] <= at) {
      found[r] = 1;
      marks.lastIndex = (raw[r] as [number, number])[1];
    } else marks.lastIndex = (raw[r] as [number, number])[0];
  }
  return found;
}

/** A text's lines at its line breaks, each cut short at either end by `cuts` (noise taken out). */
const linesOf = (text: string, cuts: number[]): [number, number][] => {
  const raw: [number, number][] = [];
  let start = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && text[k] !== "\n") continue;
    const cut = cuts[raw.length % cuts.length] ?? 0;
    const from = Math.min(k, start + (cut & 1));
    const to = Math.max(from, k - (cut >> 1));
    raw.push([from, to]);
    start = k + 1;
  }
  return raw;
};

test("markedLines: flags the lines a pipe or a row mark is found on as a regex scan of the text does", () => {
  fc.assert(
    fc.property(
      fc.array(unit, { maxLength: 40 }).map((units) => units.join("")),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }),
      (text, cuts) => {
        const raw = linesOf(text, cuts);
        expect([...markedLines(text, raw, PIPE_MARK, 0)]).toEqual(
          regexMarkedLines(text, raw, /[|｜│┃]/g),
        );
        expect([...markedLines(text, raw, ROW_MARK_ALONE, ROW_SPACE)]).toEqual(
          regexMarkedLines(text, raw, new RegExp(ROW_MARK.source, "g")),
        );
      },
    ),
    { numRuns: 3000 },
  );
});
