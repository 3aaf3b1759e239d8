import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A title that names a year's work summary (`某局2021年工作总结和2022年工作计划`, `…2020年度工作总结`):
 * the summary covers that year, though its first figures are the months counted so far when it was
 * written (`预计2021年前三季度，…`); the mid-year summary (`2016年半年工作总结`) covers the year's first
 * half. A summary of part of a year (`2016年上半年工作总结`) keeps the span the text states. Every text here is written for the test.
 */

const periodOf = (title: string, opening: string) =>
  parseBulletinText(
    `${title}\n今年以来,我局认真贯彻落实中央一号文件精神,大力发展现代农业。现就今年工作汇报如下:\n一、各项工作开展情况\n(一)抓好农业经济发展工作。\n${opening}\n`,
  ).bulletin.issue.period;

describe("the year a work summary's title names", () => {
  test.each([
    [
      "a summary and the next year's plan",
      "某区农业农村局2021年工作总结和2022年工作计划",
      "预计2021年前三季度,全区农林牧渔业总产值33.36亿元,同比增长20.32%。",
      2021,
    ],
    [
      "a 年度 summary, months counted so far",
      "某县统计局2020年度工作总结",
      "2020年1-11月,全县规上工业增加值增长5.1%。",
      2020,
    ],
    [
      "traditional",
      "某局2019年工作總結",
      "預計2019年前三季度,全區農業產值7.58億元,同比增長5.7%。",
      2019,
    ],
  ])("(%s) is the period", (_, title, opening, year) => {
    expect(periodOf(title, opening)).toEqual({ kind: "year", year });
  });

  test.each([
    ["the mid-year summary", "某镇2016年半年工作总结"],
    ["the mid-year summary, traditional", "某鎮2016年半年工作總結"],
  ])("(%s) names the year's first half", (_, title) => {
    expect(periodOf(title, "预计全年完成财政总收入3000万元。")).toEqual({
      kind: "range",
      start: "2016-01-01",
      end: "2016-06-30",
    });
  });

  test.each([
    [
      "a half year's summary",
      "某镇2016年上半年工作总结",
      "2016年上半年,全镇完成财政总收入1545万元,同比增长5.1%。",
      { kind: "range", start: "2016-01-01", end: "2016-06-30" },
    ],
    [
      "a quarter's summary",
      "某局2021年前三季度工作总结",
      "预计2021年前三季度,全区农林牧渔业总产值33.36亿元,同比增长20.32%。",
      { kind: "range", start: "2021-01-01", end: "2021-09-30" },
    ],
  ])("a title of another span (%s) keeps the text's", (_, title, opening, period) => {
    expect(periodOf(title, opening)).toEqual(period);
  });
});
