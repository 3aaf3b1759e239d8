// Price index tables written one cell a line (issue 14, formerly held-out-8: a county CPI table):
// row labels that carry a heading's marker (`一、食品烟酒`), and the head cell naming the index's
// base (`上月=100`) printed over two lines, its `100` after the other head cells. Examples written
// for the rules.
import { parseBulletinText } from "@bulletin/parse";
import { completed } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/** The facts these texts do not print, supplied so that the result is a complete bulletin. */
const SUPPLIED = {
  publication: { publisher: { name: "某县统计局" } },
  issue: { number: 1, publishedOn: "2021-11-17" },
};
const read = (text: string) => completed(parseBulletinText(text, SUPPLIED));

const OPENING = "某县2021年10月份CPI环比稳中有升\n2021年10月，某县居民消费价格环比上涨1.3%。\n";

/** A one-cell-a-line table: a caption, the head's cells, then each row's cells, blank lines between. */
const cellLines = (caption: string, head: string[], rows: string[][]): string =>
  [caption, ...head, ...rows.flat()].join("\n\n");

const CATEGORIES = ["一、食品烟酒", "二、衣着", "三、居住", "四、生活用品及服务"];
const ROWS = [
  ["居民消费价格总指数", "101.3", "1.28"],
  ...CATEGORIES.map((c, k) => [c, `10${k}.${k + 1}`, `0.${k}5`]),
];

describe("a price index table one cell a line", () => {
  test.each([
    {
      name: "the base split from its head cell, row labels with markers",
      head: ["项目名称", "上月", "对总指数的涨跌影响（百分点）", "100"],
      base: "上月=100",
    },
    {
      name: "a year-on-year base (`上年同月`)",
      head: ["指标", "上年同月", "权重", "100"],
      base: "上年同月=100",
    },
    {
      name: "the base printed whole",
      head: ["项目名称", "上月=100", "对总指数的涨跌影响（百分点）"],
      base: "上月=100",
    },
  ])("$name: 3 columns, every row kept, no row read as a section", ({ head, base }) => {
    const text = `${OPENING}${cellLines("表1 10月份某县八大类商品和服务环比主要分类指数表", head, ROWS)}\n\n二、价格变动主要影响因素分析\n食品价格环比上涨2.1%。`;
    const bulletin = read(text);
    const [table] = tablesOf(bulletin);
    expect(table?.head?.[0]?.map((c) => cellText(bulletin, c))).toContain(base);
    expect(table?.head?.[0]).toHaveLength(3);
    expect(table?.rows.map((r) => cellText(bulletin, r[0] ?? []))).toEqual(ROWS.map((r) => r[0]));
    expect(bulletin.sections.map((s) => s.title)).not.toContain("食品烟酒");
    expect(bulletin.sections.map((s) => s.title)).toContain("价格变动主要影响因素分析");
  });

  test("a caption that lost its 表 (`1 10月份…指数表`) still heads the table", () => {
    const text = `${OPENING}${cellLines("1 10月份某县主要分类指数表", ["项目名称", "上月", "影响（百分点）", "100"], ROWS)}`;
    expect(tablesOf(read(text))[0]?.rows).toHaveLength(ROWS.length);
  });

  test("a section heading over a sentence, after a table, stays a section", () => {
    const text = `${OPENING}${cellLines(
      "表1 主要分类指数表",
      ["项目名称", "上月=100"],
      [
        ["总指数", "101.3"],
        ["食品", "101.6"],
      ],
    )}\n\n二、价格变动\n\n食品价格环比上涨2.1%，影响总指数上升1.6个百分点。`;
    const bulletin = read(text);
    expect(tablesOf(bulletin)[0]?.rows).toHaveLength(2);
    expect(bulletin.sections.map((s) => s.title)).toContain("价格变动");
  });

  test("a lone 100 under a head without a base stays a cell", () => {
    const text = `${OPENING}${cellLines(
      "表1 受理量统计表",
      ["地区", "受理量", "办结量"],
      [
        ["100", "甲区", "90"],
        ["乙区", "80", "70"],
        ["丙区", "60", "50"],
      ],
    )}`;
    const [table] = tablesOf(read(text));
    expect(table?.head?.[0]?.length ?? 0).not.toBe(0);
    expect(JSON.stringify(table)).not.toContain("=100");
  });

  test("property: any number of marked categories is read as rows of the table", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), (n) => {
        const marks = "一二三四五六七八";
        const rows = Array.from({ length: n }, (_, k) => [
          `${marks[k]}、类别${"甲乙丙丁戊己庚辛"[k]}`,
          `10${k}.5`,
          `0.${k}1`,
        ]);
        const text = `${OPENING}${cellLines("表1 主要分类指数表", ["项目名称", "上月", "影响（百分点）", "100"], rows)}`;
        const [table] = tablesOf(read(text));
        expect(table?.rows).toHaveLength(n);
        expect(table?.head?.[0]).toHaveLength(3);
      }),
      { numRuns: 20 },
    );
  });
});
