import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * `#` before a row's label marks a sub-row of the row above (`全市工业总产值` / `#   国有控股`), as
 * statistics tables print `其中`. Copied from a page or a PDF, the mark stands apart from the label
 * by a gap (`    #   国有控股`, one cell a line) or a space (`  # 食品烟酒 100.3 0.3`, a row single
 * spaces part): the mark and the label are one cell, not two. A `#` line in running text stays
 * text. Every text here is written for the rule, not taken from a page.
 */

const lead = "一、工业生产\n全市工业总产值3694.41亿元，比去年同月增长7.6%。\n\n";

/** Each table's width and its rows' first cells. */
const shape = (text: string) => {
  const bulletin = parseBulletinText(text).bulletin as Bulletin;
  return tablesOf(bulletin).map((t) => ({
    columns: t.head?.[t.head.length - 1]?.length ?? 0,
    labels: t.rows.map((row) => (row[0] === undefined ? "" : cellText(bulletin, row[0]))),
  }));
};

describe("a sub-row's `#` mark apart from its label", () => {
  test.each([
    [
      "one cell a line, the mark a gap apart",
      [
        "指标名称",
        "本月",
        "比去年同月增长(%)",
        "全市工业总产值(亿元)",
        "3694.41",
        "7.6",
        "    #   国有控股",
        "1262.25",
        "5.9",
        "        私人控股",
        "686.56",
        "8.9",
        "    #   大型工业",
        "1674.38",
        "4.3",
      ].join("\n\n"),
      { columns: 3, labels: ["全市工业总产值（亿元）", "# 国有控股", "私人控股", "# 大型工业"] },
    ],
    [
      "a row single spaces part, the mark a space apart",
      [
        "表1 居民消费价格指数(以上年为100)",
        "项目 价格指数 比上年±%",
        "居民消费价格总指数 101.2 1.2",
        "  # 食品烟酒 100.3 0.3",
        "    衣着 102.8 2.8",
        "    居住 100.2 0.2",
      ].join("\n"),
      { columns: 3, labels: ["居民消费价格总指数", "# 食品烟酒", "衣着", "居住"] },
    ],
  ])("parseBulletinText: %s", (_, table, expected) => {
    expect(shape(`${lead}${table}\n\n二、工业销售\n规模以上工业产品销售率为100.9%。`)).toEqual([
      expected,
    ]);
  });

  test.each([
    ["a `#` topic line in running text", "#   城市治理\n本周共受理群众诉求834件，办结812件。"],
    ["a `#` line over a sentence", "#  重点工作\n全年新增就业人员1492人。"],
  ])("parseBulletinText: %s is no table (counter-case)", (_, text) => {
    expect(shape(`${lead}${text}`)).toEqual([]);
  });
});
