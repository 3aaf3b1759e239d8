import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A table copied one cell a line whose head cells print their unit in brackets on a line of its own
 * (`绝对数` / `（亿元）` / `比上年同期增长` / `（%）`): each unit belongs to the head cell over it, so
 * the table is as wide as its rows. A bracketed line that is no unit, or a unit under a figure,
 * stays a cell. The brackets read as the repair writes them. An unnumbered `附表：…` line over the
 * cells is the caption. Every example is written for the rule, not taken from a page.
 */

/** A head cell's words (a spanning cell's content), spaces taken out. */
const cellText = (cell: unknown[] | { content: unknown[] }): string =>
  (Array.isArray(cell) ? cell : cell.content)
    .map((part) => (typeof part === "string" ? part : "#"))
    .join("")
    .replaceAll(" ", "");

const tablesOf = (cells: string[]) => {
  const text = [
    "上半年某省各市县生产总值",
    "据统计，上半年全省生产总值增长3.1%。",
    "附表：上半年各市县地区生产总值及增速",
    ...cells,
  ].join("\n\n");
  const found: { head: string[]; rows: number }[] = [];
  for (const s of parseBulletinText(text).bulletin.sections)
    for (const i of s.items)
      for (const b of i.body)
        if (!Array.isArray(b) && b.type === "table")
          found.push({ head: (b.head?.[0] ?? []).map(cellText), rows: b.rows.length });
  return found;
};

const ROWS = ["甲 市", "797.49", "8.1", "乙 市", "304.09", "7.0", "丙 县", "122.07", "3.5"];

describe("a head cell's unit on the line under it", () => {
  test.each([
    [
      "both units under their cells",
      ["市    县", "绝对数", "(亿元)", "比上年同期增长", "(%)", ...ROWS],
      ["市县", "绝对数（亿元）", "比上年同期增长(%)"],
    ],
    [
      "full-width brackets",
      ["地区", "生产总值", "（亿元）", "增速", "（%）", ...ROWS],
      ["地区", "生产总值（亿元）", "增速（%）"],
    ],
    [
      "one unit only",
      ["地区", "生产总值", "（亿元）", "增速%", ...ROWS],
      ["地区", "生产总值（亿元）", "增速%"],
    ],
  ])("%s: one head cell each", (_, cells, head) => {
    expect(tablesOf(cells)).toEqual([{ head, rows: 3 }]);
  });

  test("a bracketed line that names no unit stays a head cell", () => {
    const cells = [
      "地区",
      "生产总值",
      "（现价）",
      "增速",
      "甲 市",
      "797.49",
      "8.1",
      "7.0",
      "乙 市",
      "304.09",
      "7.0",
      "6.1",
      "丙 县",
      "122.07",
      "3.5",
      "2.2",
    ];
    expect(tablesOf(cells)).toEqual([{ head: ["地区", "生产总值", "（现价）", "增速"], rows: 3 }]);
  });
});
