import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline that prints a year right before its quarter or half without `年`
 * (`2018一季度`, `2021上半年`, `2023前三季度`): the span it names, as if `年` were printed.
 * A number that is no year before such words (`12345一季度`, a hotline's), or a year with
 * other words after it, states none. Every text here is written for the test.
 */

const periodOf = (headline: string) =>
  parseBulletinText(
    `${headline}\n\n某某新闻客户端   2018-04-27 11:12\n\n  今天上午，某部举行新闻发布会，通报工作进展情况。城镇新增就业330万人，同比增加2万人。`,
  ).bulletin.issue.period;

describe("a year printed without 年 before its quarter or half", () => {
  test.each([
    ["a quarter", "某部：2018一季度城镇新增就业高位增长 实现良好开局", "2018-01-01", "2018-03-31"],
    ["a half year", "某部：2021上半年城镇新增就业高位增长", "2021-01-01", "2021-06-30"],
    ["the second half", "2020下半年全市城镇新增就业平稳增长", "2020-07-01", "2020-12-31"],
    [
      "the first three quarters",
      "某部：2023前三季度城镇新增就业稳中有进",
      "2023-01-01",
      "2023-09-30",
    ],
    ["a quarter after 第", "2019第四季度全省城镇新增就业稳定", "2019-10-01", "2019-12-31"],
    ["a half year's 半年度", "2021半年度城镇新增就业大数据出炉", "2021-01-01", "2021-06-30"],
  ])("%s: that span", (_, headline, start, end) => {
    expect(periodOf(headline)).toEqual({ kind: "range", start, end });
  });

  test.each([
    ["a hotline's number before the quarter", "某市12345一季度城镇新增就业高位增长"],
    ["a year with other words after it", "某部：2018城镇新增就业高位增长 季度实现良好开局"],
    ["a figure that is no year", "城镇新增就业3300一季度高位增长"],
    ["a figure that is no year before 半年度", "某市12345半年度城镇新增就业大数据出炉"],
  ])("%s: no span", (_, headline) => {
    expect(periodOf(headline)).toBeUndefined();
  });

  test("a year printed with 年 reads as before", () => {
    expect(periodOf("某部：2018年一季度城镇新增就业高位增长")).toEqual({
      kind: "range",
      start: "2018-01-01",
      end: "2018-03-31",
    });
  });
});
