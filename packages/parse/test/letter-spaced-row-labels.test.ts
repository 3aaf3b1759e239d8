import { parseBulletinText } from "@bulletin/parse";
import type { Block, Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A 统计公报's table parted by single spaces whose two-character labels are letter-spaced to the
 * width of the column (`指  标 2024年 比上年增长`, `工  业 1430156 9.0`): the label is one cell, so
 * the head and every row are read with as many cells as the others. A line of letter-spaced
 * characters only (`政  务  服  务`) and a gap after a longer label still part cells. Every text
 * here is written for the test.
 */

const shape = (text: string): { columns: number; rows: number }[] =>
  parseBulletinText(text)
    .bulletin.sections.flatMap((s) =>
      s.items.flatMap((i) => i.body.filter((b: Block): b is Table => !Array.isArray(b))),
    )
    .map((t) => ({ columns: t.head?.[t.head.length - 1]?.length ?? 0, rows: t.rows.length }));

const lead =
  "一、综合\n全县生产总值731.1亿元，比上年增长6.0%。\n\n表1  2024年全县生产总值及增长情况\n\n单位:万元,%\n\n";
const ROWS = [
  "地区生产总值 7311113 6.0",
  "农林牧渔业 681836 3.5",
  "建筑业 1573406 7.4",
  "金融业 282501 5.6",
];
const tail = "\n全年全县完成固定资产投资增长5.1%。";

describe("letter-spaced labels in a single-spaced table", () => {
  test.each([
    ["the head's `指  标`", ["指  标 2024年 比上年增长", ...ROWS], 4],
    [
      "a row's `工  业`",
      ["指标 2024年 比上年增长", ROWS[0], "工  业 1430156 9.0", ...ROWS.slice(1)],
      5,
    ],
    [
      "both, three spaces apart",
      ["指   标 2024年 比上年增长", ROWS[0], "工   业 1430156 9.0", ...ROWS.slice(1)],
      5,
    ],
  ])("%s: one table of three columns", (_, rows, count) => {
    expect(shape(`${lead}${(rows as string[]).join("\n")}${tail}`)).toEqual([
      { columns: 3, rows: count },
    ]);
  });

  test("the same table without letter-spacing reads the same", () => {
    expect(shape(`${lead}${["指标 2024年 比上年增长", ...ROWS].join("\n")}${tail}`)).toEqual([
      { columns: 3, rows: 4 },
    ]);
  });

  // Near-miss: a gap after a label of more than one character still parts two cells.
  test("`产品名称  产量  增长%` keeps its three cells", () => {
    const text = `${lead}产品名称  产量  增长%\n粮食  21774  0.99\n油料  49  8.9\n水果  1376  5${tail}`;
    expect(shape(text)).toEqual([{ columns: 3, rows: 3 }]);
  });

  test("a letter-spaced heading (`政  务  服  务`) between paragraphs is no row", () => {
    const text = `一、综合\n全县生产总值731.1亿元，比上年增长6.0%。\n政  务  服  务\n全年全县政务服务中心办件12.3万件，增长5.1%。`;
    expect(shape(text)).toEqual([]);
  });
});
