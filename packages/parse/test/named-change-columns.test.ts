import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A statistics table whose change column names the column it changes and its basis
 * (`… | 1-3月累计 | 累计比上年同期增长(%) | 结构(%)`): each number under it is the change of the
 * figure just before it, against that basis, even where other columns pair with no change (`3月`,
 * `结构(%)`). Its rows take their unit from a column of units headed `计算单位` as from `单位` or
 * `计量单位`. Written for the rule (a district's 社会消费品零售 table); every text here is invented.
 */

interface Shown {
  figure: string;
  change?: string;
}

const metricsOf = (text: string): Shown[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => ({
    figure: `${m.value}${m.unit}`,
    ...(m.comparison
      ? { change: `${m.comparison.basis} ${m.comparison.change}${m.comparison.changeUnit}` }
      : {}),
  }));

const page = (table: string): string =>
  `某区2015年3月社会消费品零售情况\n一、总体情况\n全区社会消费品零售总额保持增长。\n\n${table}\n\n二、说明\n数据为初步统计。\n`;

describe("a change column naming the column it changes", () => {
  test.each([
    [
      "累计比上年同期增长(%) after 1-3月累计, a 计算单位 column",
      "| 项目名称 | 计算单位 | 3月 | 1-3月累计 | 累计比上年同期增长(%) | 结构(%) |\n| --- | --- | --- | --- | --- | --- |\n| 一、零售总额 | 万元 | 387581 | 1173850 | 2.0 | 100 |\n| 1、批发零售业 | 万元 | 373390 | 1044727 | -0.6 | 89.00 |\n| 2、餐饮业 | 万元 | 14191 | 129123 | 14.7 | 11.00 |",
      [
        { figure: "3875810000元" },
        { figure: "11738500000元", change: "yoy 2percent" },
        { figure: "10447270000元", change: "yoy -0.6percent" },
        { figure: "1291230000元", change: "yoy 14.7percent" },
      ],
    ],
    [
      "本月比上月增长% after 本月, a 计量单位 column",
      "| 指标 | 计量单位 | 本月 | 本月比上月增长% | 累计 |\n| --- | --- | --- | --- | --- |\n| 受理量 | 件 | 1200 | 3.5 | 3600 |\n| 办结量 | 件 | 1180 | -1.2 | 3520 |",
      [
        { figure: "1200件", change: "mom 3.5percent" },
        { figure: "1180件", change: "mom -1.2percent" },
        { figure: "3600件" },
      ],
    ],
  ])("(%s): each change is its figure's", (_, table, expected) => {
    expect(metricsOf(page(table))).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    [
      "a change head naming another column",
      "| 项目名称 | 计算单位 | 3月 | 1-3月累计 | 本月比上年同期增长(%) |\n| --- | --- | --- | --- | --- |\n| 一、零售总额 | 万元 | 387581 | 1173850 | 2.0 |\n| 1、批发零售业 | 万元 | 373390 | 1044727 | 0.6 |",
    ],
    [
      "a change head naming no basis",
      "| 项目名称 | 计算单位 | 3月 | 1-3月累计 | 累计增长(%) |\n| --- | --- | --- | --- | --- |\n| 一、零售总额 | 万元 | 387581 | 1173850 | 2.0 |\n| 1、批发零售业 | 万元 | 373390 | 1044727 | 0.6 |",
    ],
  ])("near-miss (%s): no change read", (_, table) => {
    for (const m of metricsOf(page(table))) expect(m.change).toBeUndefined();
  });

  test("near-miss: a 计算单位 column of words names no unit", () => {
    const got = metricsOf(
      page(
        "| 项目名称 | 计算单位 | 3月 |\n| --- | --- | --- |\n| 零售总额 | 区统计局 | 387581 |\n| 批发零售业 | 区商务局 | 373390 |\n| 餐饮业 | 区商务局 | 14191 |",
      ),
    ).map((m) => m.figure);
    expect(got).not.toContain("387581区统计局");
    expect(got.some((f) => f.startsWith("387581"))).toBe(false);
  });
});
