import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A table whose column head closes with a percent sign not in brackets (`本月±%`, `累计±%`,
 * `占比%`), under rows whose label names an amount's unit (`消费品零售额(亿元)`): the column's
 * numbers are percentages, not amounts in the row's unit. A head naming a change (`同比增减%`,
 * `比上年±%`) keeps its numbers text, as a bracketed `(%)` does. Written for the rule (a
 * province's 社会消费品零售总额 page printing one cell a line); every text here is invented.
 */

const figures = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

const page = (table: string): string =>
  `某省社会消费品零售总额\n一、总体情况\n全省社会消费品零售总额保持增长。\n\n${table}\n\n二、说明\n数据为初步统计。\n`;

describe("a percent sign closing a column head", () => {
  test.each([
    [
      "one cell a line, ± heads",
      "限上企业零售情况(2021年8月) |\n||||\n指标名称 |\n本月 |\n本月±% |\n本月止累计 |\n累计±% |\n消费品零售额(亿元) |\n679.79 |\n2.9 |\n5598.21 |\n20.6 |\n商品零售(亿元) |\n625.31 |\n-2.4 |\n5157.90 |\n18.4 |\n汽车类(亿元) |\n172.60 |\n-9.1 |\n1505.74 |\n29.7 |",
      ["67979000000元", "2.9%", "559821000000元", "20.6%", "-2.4%", "-9.1%", "29.7%"],
      ["290000000元", "2060000000元"],
    ],
    [
      "bordered rows, a share head",
      "| 指标 | 本月 | 占比% |\n| --- | --- | --- |\n| 零售额(亿元) | 88.5 | 45.2 |\n| 餐饮收入(亿元) | 10.2 | 5.2 |\n| 商品零售(亿元) | 78.3 | 40.0 |",
      ["8850000000元", "45.2%", "5.2%", "40%"],
      ["4520000000元", "520000000元"],
    ],
    [
      "a full-width percent sign",
      "| 指标 | 本月 | 累计±％ |\n| --- | --- | --- |\n| 零售额(万元) | 3200 | 6.5 |\n| 餐饮收入(万元) | 410 | -3.2 |\n| 商品零售(万元) | 2790 | 7.1 |",
      ["32000000元", "6.5%", "-3.2%", "7.1%"],
      ["65000元"],
    ],
  ])("(%s): the column's numbers are percentages", (_, table, found, absent) => {
    const got = figures(page(table));
    expect(got).toEqual(expect.arrayContaining(found));
    for (const f of absent) expect(got).not.toContain(f);
  });

  test.each([
    [
      "a change head (同比增减%) under a row's unit",
      "| 指标 | 本月 | 同比增减% |\n| --- | --- | --- |\n| 零售额(亿元) | 88.5 | 4.1 |\n| 餐饮收入(亿元) | 10.2 | 3.3 |\n| 商品零售(亿元) | 78.3 | 5.2 |",
      ["410000000元", "4.1%", "330000000元", "3.3%"],
    ],
    [
      "a head ending in a Latin letter and %",
      "| 指标 | 本月 | PM2.5% |\n| --- | --- | --- |\n| 零售额(亿元) | 88.5 | 4.1 |\n| 餐饮收入(亿元) | 10.2 | 3.3 |\n| 商品零售(亿元) | 78.3 | 5.2 |",
      ["4.1%", "3.3%"],
    ],
    [
      "amounts shifted under a share head by rows printed a cell short",
      "| 单位名称 | 当月 | 为预算的% |\n| --- | --- | --- |\n| 全市 | 380990 | 744234 |\n| 市本级 | 59373 | 129558 |\n| 县区级 | 321617 | 614676 |",
      ["744234%", "129558%", "614676%"],
    ],
  ])("near-miss (%s): no percentages read", (_, table, absent) => {
    const got = figures(page(table));
    for (const f of absent) expect(got).not.toContain(f);
  });
});
