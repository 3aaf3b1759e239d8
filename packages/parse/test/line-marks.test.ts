import fc from "fast-check";
import { expect, test } from "vitest";
import {
  ANY_SPACE,
  hasRowMark,
  lineMarks,
  markedLines,
  PIPE_MARK,
  ROW_MARK_ALONE,
  ROW_SPACE,
} from "../src/internal/read-table";

// Pipes, tabs, spaces of each kind, other white space and text that is none of them.
const unit = fc.constantFrom(
  "|",
  "｜",
  "│",
  "\t",
  "\u3000",
  " ",
  "\u00a0",
  "\u2005",
  "\u200b",
  "\r",
  "\f",
  "a",
  "受",
  "\n",
);

/** A text's lines at its line breaks, each cut short at either end by `cuts`, some parted in two. */
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
