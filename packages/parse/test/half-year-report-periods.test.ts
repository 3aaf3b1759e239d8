import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `某街道2022年半年度工作总结`, `某镇2016年半年工作总结`: a half-year report (`半年度`, `半年` before
 * `工作` or `总结`) after its year is the year's first half,
 * as `2022年上半年` is; a year report (`2022年度`) stays the year, and a `半年` without its year states
 * nothing. Written for the rule (held-out-31's 街道 半年度 总结); every text here is invented.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

const H1_2022 = { kind: "range", start: "2022-01-01", end: "2022-06-30" };

describe("a half-year report's period", () => {
  test.each([
    [
      "a title",
      "某街道2022年半年度工作总结\n发布日期:2022-12-02 10:55\n一、上半年主要工作回顾\n全街道完成各项任务。",
    ],
    [
      "a title with 度 after the year",
      "某镇2022年度半年度工作报告\n一、主要工作\n全镇完成各项任务。",
    ],
    [
      "a report's opening",
      "现将我局2022年半年度工作情况报告如下：\n一、主要工作\n全局完成各项任务。",
    ],
  ])("%s: January to June of its year", (_, text) => {
    expect(period(text)).toEqual(H1_2022);
  });

  test.each([
    [
      "a year report",
      "某街道2022年度工作总结\n一、主要工作\n全街道完成各项任务。",
      { kind: "year", year: 2022 },
    ],
    [
      "a second half",
      "某街道2022年下半年工作总结\n一、主要工作\n全街道完成各项任务。",
      { kind: "range", start: "2022-07-01", end: "2022-12-31" },
    ],
  ])("near-miss: %s keeps its own span", (_, text, expected) => {
    expect(period(text)).toEqual(expected);
  });

  test("near-miss: a half-year report without its year states no period", () => {
    expect(period("某街道半年度工作总结\n一、主要工作\n全街道完成各项任务。")).toBeUndefined();
  });

  test("near-miss: half a year's time is no half-year report", () => {
    expect(period("某镇用2022年半年时间完成整治\n一、主要工作\n全镇完成各项任务。")).not.toEqual(
      H1_2022,
    );
  });
});
