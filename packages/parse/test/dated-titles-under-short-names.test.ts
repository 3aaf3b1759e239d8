import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { datedTitleAgain } from "../src/internal/dated-title-again";
import { tablesOf } from "./table-cells";

/**
 * `工业增加值` / `2006年9月份工业增加值`: a statistics page's short name for its report over the report's
 * dated title (a line, or a table's caption with its unit after it): the dated title is the
 * headline. Lines from `guangdong-retail-2013-07-table` and `guangdong-industry-2006-09-table`
 * (whose titles were read as the short names); the near misses are lines that print the name
 * again after words that are no period.
 */

const parse = (lines: readonly string[]): Bulletin =>
  parseBulletinText(lines.join("\n")).bulletin as Bulletin;

describe("a short name over the report's dated title", () => {
  test.each([
    [
      "over a line, a table under it",
      [
        "社会消费品零售总额",
        "2013年7月社会消费品零售总额",
        "金额单位:万元 | ||||||",
        "项目 | 本 年 | 上年同期 | 增长(%) | |||",
        "社会消费品零售额 | 20626052.6 | 141797902.3 | 18266051.9 | 126842604.4 | 12.9 | 11.8 |",
        "一、按销售所在地 | ||||||",
        "城镇 | 17997404.9 | 123682453.6 | 15950063.2 | 110761346.3 | 12.8 | 11.7 |",
      ],
      "2013年7月社会消费品零售总额",
    ],
    [
      "over a table's caption with its unit",
      [
        "工业增加值",
        "2006年9月份工业增加值",
        "单位:亿元",
        "指 标 名 称 |",
        "本 月 |",
        "本 月 止 累 计 |",
        "工业增加值 |",
        "1,137.41 |",
        "10,203.05 |",
        "轻工业 |",
        "431.87 |",
        "3,876.49 |",
      ],
      "2006年9月份工业增加值",
    ],
    [
      "over a paragraph, a year alone before the name",
      [
        "6月份全市城镇容貌和环境卫生管理考核情况通报",
        "",
        "2018年6月份全市城镇容貌和环境卫生管理考核情况通报",
        "根据考核办法规定,现将2018年6月份各县(市、区)城镇容貌和环境卫生管理考核情况通报如下:",
      ],
      "2018年6月份全市城镇容貌和环境卫生管理考核情况通报",
    ],
  ])("parseBulletinText: %s, the dated title is the title", (_, lines, title) => {
    expect(parse(lines).publication.title).toBe(title);
  });

  test("parseBulletinText: the table under a dated caption keeps its caption", () => {
    const b = parse([
      "工业增加值",
      "2006年9月份工业增加值",
      "单位:亿元",
      "指标名称 | 本月 | 本月止累计 |",
      "工业增加值 | 1,137.41 | 10,203.05 |",
      "轻工业 | 431.87 | 3,876.49 |",
      "重工业 | 705.54 | 6,326.56 |",
    ]);
    expect(b.publication.title).toBe("2006年9月份工业增加值");
    expect(tablesOf(b)[0]?.caption).toBe("2006年9月份工业增加值 单位：亿元");
  });
});

describe("a name printed again after words that are no period (near misses)", () => {
  test.each([
    ["工业增加值", "2006年9月份工业增加值", 13],
    ["工业增加值", "2006年9月份工业增加值 单位：亿元", 13],
    ["社会消费品零售总额", "2013年1-7月社会消费品零售总额", 18],
    ["工作简报", "首页 工作简报", undefined],
    ["走访慰问困难群众", "共走访慰问困难群众", undefined],
    ["行政执法", "工商总局:开展保护地理标志商标专项行动行政执法", undefined],
    ["工业增加值", "2006年9月份工业增加值情况", undefined],
    ["工业增加值", "工业增加值", undefined],
    ["增加值", "2006年9月份增加值", undefined],
  ])("datedTitleAgain(%j, %j) is %j", (first, next, taken) => {
    expect(datedTitleAgain(first, next)).toBe(taken);
  });

  test("parseBulletinText: a short name over a line of more words is still the title", () => {
    const b = parse([
      "工业增加值",
      "2006年9月份工业增加值情况",
      "9月份，全省规模以上工业完成增加值1137.41亿元，同比增长18.5%。",
    ]);
    expect(b.publication.title).not.toBe("2006年9月份工业增加值情况");
  });
});
