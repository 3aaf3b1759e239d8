import fc from "fast-check";
import { expect, test } from "vitest";
import {
  ANY_SPACE,
  hasRowMark,
  lineMarks,
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
  "\r",
  "\f",
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

/**
 * A text's lines at its line breaks, each cut short at either end by `cuts` (noise taken out), some
 * parted in two (a cut of 4).
 */
const linesOf = (text: string, cuts: number[]): [number, number][] => {
  const raw: [number, number][] = [];
  let start = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && text[k] !== "\n") continue;
    const cut = cuts[raw.length % cuts.length] ?? 0;
    const from = Math.min(k, start + (cut & 1));
    const to = Math.max(from, k - (cut >> 1));
    // (A line a repair parted, `cutRunOnDatelines` and the like: two ranges that meet.)
    if (cut === 4 && to - from > 2) raw.push([from, from + 2], [from + 2, to]);
    else raw.push([from, to]);
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

test("lineMarks: the flags of findTables' three markedLines passes, in one pass (rowMarked: hasRowMark of each line)", () => {
  fc.assert(
    fc.property(
      fc.array(unit, { maxLength: 40 }).map((units) => units.join("")),
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 6 }),
      (text, cuts) => {
        const raw = linesOf(text, cuts);
        const { piped, rowMarked, spaced } = lineMarks(text, raw);
        expect([...piped]).toEqual([...markedLines(text, raw, PIPE_MARK, 0)]);
        expect([...spaced]).toEqual([...markedLines(text, raw, ANY_SPACE, 0)]);
        expect([...rowMarked]).toEqual(raw.map(([a, b]) => (hasRowMark(text, a, b) ? 1 : 0)));
        // markedLines flags these lines and more (a space before the line paired with its first):
        // none it alone flags holds a row mark inside it, so `splitRow` splits none of them.
        const before = markedLines(text, raw, ROW_MARK_ALONE, ROW_SPACE);
        raw.forEach((_, r) => {
          if (rowMarked[r] === 1) expect(before[r]).toBe(1);
        });
      },
    ),
    { numRuns: 3000 },
  );
});
