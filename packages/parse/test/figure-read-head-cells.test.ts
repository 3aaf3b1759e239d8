import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A table copied one cell a line whose head holds a cell that reads as a figure: a month whose `月`
 * the copy lost (`指标名称` / `11` / `比去年同月增长(%)` / `1-11` / `比去年同期增长(%)`, a city's monthly
 * statistics page). The head is not cut at that cell: it runs to the first row's label, the word
 * before the first two figures in a row, and the table is as wide as that head. Lines where no
 * row of figures follows stay text. Every text here is written for the rule, not taken from a page.
 */

const lead = "一、工业生产\n全市工业总产值3694.41亿元。\n\n";
const after = "\n\n二、说明\n本表统计范围为规模以上工业企业。";

const shape = (cells: string[]) => {
  const bulletin = parseBulletinText(`${lead}${cells.join("\n\n")}${after}`).bulletin as Bulletin;
  return tablesOf(bulletin).map((t) => ({
    head: (t.head?.[t.head.length - 1] ?? []).map((c) => cellText(bulletin, c)),
    rows: t.rows.length,
  }));
};

const ROWS = [
  ...["全市工业总产值(亿元)", "3694.41", "7.6", "33034.98", "0.4"],
  ...["规模以上工业总产值(亿元)", "3479.41", "7.8", "31111.36", "0.7"],
  ...["工业出口交货值(亿元)", "769.50", "2.9", "6843.58", "-0.4"],
];

describe("a head cell that reads as a figure, one cell a line", () => {
  test.each([
    [
      "a month without its 月",
      ["指标名称", "11", "比去年同月增长(%)", "1-11", "比去年同期增长(%)", ...ROWS],
      ["指标名称", "11", "比去年同月增长（%）", "1-11", "比去年同期增长（%）"],
    ],
    [
      "a year without its 年",
      [
        "指标",
        "2020",
        "比上年增长(%)",
        "2019",
        "比上年增长(%)",
        ...ROWS.map((c) => c.replace("(亿元)", "")),
      ],
      ["指标", "2020", "比上年增长（%）", "2019", "比上年增长（%）"],
    ],
  ])("parseBulletinText: %s is a head cell", (_, cells, head) => {
    expect(shape(cells)).toEqual([{ head, rows: 3 }]);
  });

  test.each([
    [
      "a figure among short lines, no row of figures",
      ["重点工作", "3", "加强巡查", "落实责任", "强化督办", "12", "通报批评"],
    ],
    ["one figure a label, no head over them", ["城区", "12", "新区", "8", "高新区", "5"]],
  ])("parseBulletinText: %s is no table (counter-case)", (_, cells) => {
    expect(shape(cells)).toEqual([]);
  });
});
