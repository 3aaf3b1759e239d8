import { describe, expect, test } from "vitest";
import { ANY_SPACE, markedLines, spacedRowsFollow } from "../src/internal/read-table";

/**
 * The cheap test the table finder asks before a costly try: `spacedRowsFollow` (a spaced table's
 * head and three rows on lines holding white space). It may only rule out lines no table opens at.
 */

/** The raw line ranges of `text`, and the next line within one blank line, as the finder reads them. */
function linesOf(text: string) {
  const raw: [number, number][] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    raw.push([start, start + line.length]);
    start += line.length + 1;
  }
  const blank = (r: number) => text.slice(...(raw[r] as [number, number])).trim() === "";
  const next = (r: number) => (r < raw.length && blank(r) ? r + 1 : r);
  return { raw, next, spaced: markedLines(text, raw, ANY_SPACE, 0) };
}

describe("spacedRowsFollow", () => {
  test.each([
    {
      name: "a head and three rows",
      lines: ["情况", "县区 受理量 办结率", "甲县 12 98%", "乙县 9 95%", "丙县 4 100%"],
      open: true,
    },
    {
      name: "a note over the head",
      lines: ["情况", "（截至6月末）", "县区 受理量", "甲县 12", "乙县 9", "丙县 4"],
      open: true,
    },
    {
      name: "blank lines between rows",
      lines: ["情况", "", "县区 受理量", "", "甲县 12", "", "乙县 9", "", "丙县 4"],
      open: true,
    },
    {
      name: "ideographic spaces and tabs",
      lines: ["情况", "县区\u3000受理量", "甲县\t12", "乙县\u00a09", "丙县 4"],
      open: true,
    },
    {
      name: "three lines only under the title",
      lines: ["情况", "县区 受理量", "甲县 12", "乙县 9"],
      open: false,
    },
    {
      name: "a line of prose among the rows",
      lines: ["情况", "县区 受理量", "甲县 12", "全市受理量稳步增长。", "丙县 4"],
      open: false,
    },
    {
      name: "prose under a title",
      lines: [
        "工作情况",
        "今年以来，全市各项工作稳步推进。",
        "受理量稳步增长。",
        "办结率提高。",
        "群众满意。",
      ],
      open: false,
    },
    {
      name: "the note and the head both unspaced",
      lines: ["情况", "（截至6月末）", "县区", "甲县 12", "乙县 9", "丙县 4"],
      open: false,
    },
  ])("$name", ({ lines, open }) => {
    const { next, spaced } = linesOf(lines.join("\n"));
    expect(spacedRowsFollow(spaced, next, next(1))).toBe(open);
  });
});
