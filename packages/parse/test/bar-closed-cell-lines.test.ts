import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A web table copied one cell a line, each cell closed by ` |`, and bars alone on a line (`|`)
 * closing rows, as a page's `<tr>` ends print: a bar after the last row closes it (no row of one
 * blank cell), and a `表1 … | ||||` caption printed as a title row, a bar alone under it and a
 * `单位:% | ||||` line under that, is the table's caption with its unit (the bars no cells). A bar
 * that is a blank cell inside a row stays one. Every example is written for the rule.
 */

const HEAD = ["指标", "本月", "同比增减%", "1-本月累计", "同比增减%"];
const ROWS = [
  ["一、接待人数(人次)", "7009753", "-7.3", "18938542", "0.0"],
  ["国际游客", "1065617", "2.4", "2826267", "2.1"],
  ["国内游客", "5944136", "-8.8", "16112275", "-0.4"],
];
const cellLines = (rows: readonly (readonly string[])[]) => rows.flat().map((c) => `${c} |`);

const parse = (table: readonly string[]) =>
  parseBulletinText(
    [
      "某市旅游统计月报",
      "一、主要指标",
      ...table,
      "二、情况分析",
      "本月全市接待游客有所减少。",
    ].join("\n"),
  ).bulletin as Bulletin;

const shapes = (table: readonly string[]) => {
  const b = parse(table);
  return tablesOf(b).map((t) => ({
    caption: t.caption,
    columns: t.head?.[t.head.length - 1]?.length ?? 0,
    rows: t.rows.length,
    last: (t.rows[t.rows.length - 1] ?? []).map((c) => cellText(b, c)).join("/"),
  }));
};

describe("bars alone closing the rows of a ` |` table one cell a line", () => {
  test.each([
    ["after the last row", [...cellLines([HEAD, ...ROWS]), "|"]],
    ["after the last row, spaced", [...cellLines([HEAD, ...ROWS]), " | "]],
    ["none", cellLines([HEAD, ...ROWS])],
  ])("parseBulletinText: a bar alone %s closes no row of blanks", (_, table) => {
    expect(shapes(table)[0]).toMatchObject({ columns: 5, rows: 3 });
    expect(shapes(table)[0]?.last).toContain("国内游客");
  });

  test("parseBulletinText: a bar alone that is the last row's blank last cell stays a cell", () => {
    const table = [...cellLines([HEAD, ...ROWS, ["其他", "1", "2", "3"]]), "|"];
    expect(shapes(table)[0]).toMatchObject({ columns: 5, rows: 4 });
  });

  test.each([
    [
      "a title row, a bar, a unit row, a bar",
      ["表1上半年,全区规上工业产值增速 | ||||", "|", "单位:% | ||||", "|"],
      "表1 上半年，全区规上工业产值增速 单位：%",
    ],
    [
      "a title row and a bar",
      ["表1上半年,全区规上工业产值增速 | ||||", "|"],
      "表1 上半年，全区规上工业产值增速",
    ],
  ])("parseBulletinText: %s over the cells are its caption", (_, over, caption) => {
    const rows = [
      ["月份", "3月", "4月", "5月", "6月"],
      ["全区累计", "51.2", "28.5", "20.4", "17.0"],
      ["全区当月", "-3.1", "-11.8", "-3.3", "3.4"],
      ["区内累计", "9.2", "9.2", "10.2", "12.8"],
    ];
    const table = [...over, ...rows.flatMap((r) => [...cellLines([r]), "|"])];
    expect(shapes(table)[0]).toMatchObject({ caption, columns: 5, rows: 3 });
  });

  test("parseBulletinText: the unit of a title-row caption reaches the cells", () => {
    const rows = [
      ["月份", "3月", "4月"],
      ["全区累计", "51.2", "28.5"],
      ["区内累计", "9.2", "10.2"],
    ];
    const b = parse([
      "表1 全区规上工业产值增速 | ||",
      "|",
      "单位:% | ||",
      "|",
      ...rows.flatMap((r) => [...cellLines([r]), "|"]),
    ]);
    expect(b.metrics.map((m) => `${m.value}${m.unit}`)).toContain("51.2%");
  });
});
