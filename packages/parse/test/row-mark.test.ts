import fc from "fast-check";
import { expect, test } from "vitest";
import { hasRowMark, ROW_MARK } from "../src/internal/read-table";

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
