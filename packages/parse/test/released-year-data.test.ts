import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose opening says a body released a year's figures without a title in `《》`:
 * `某局13日发布2022年度医保基金飞行检查情况，…`, `国家统计局公布2024年全国早稻数据，…`. The year (whole:
 * no month, quarter, half, week or day in the words) is the span the copy reports on. Every text
 * here is written for the test.
 */

const period = (opening: string) =>
  parseBulletinText(
    `某地早稻总产量居全国首位\n\n${opening}\n\n今年全国早稻总产量563.5亿斤，比上年减少3.3亿斤，下降0.6%。\n\n某省早稻播种面积1816.4万亩，比上年增加9.2万亩。`,
  ).bulletin.issue.period;

describe("a year's figures an opening says were released", () => {
  test.each([
    ["近日，国家统计局公布2024年全国早稻数据，全国早稻播种面积7132.2万亩。", 2024],
    ["某局13日发布2022年度医保基金飞行检查情况，共抽查23个省份的48家定点医疗机构。", 2022],
    ["某省市场监管局今天发布了2021年度消费投诉举报分析结果。全年受理投诉12.5万件。", 2021],
    ["國家統計局公布2023年全國夏糧產量數據，全國夏糧總產量2923億斤。", 2023],
  ])("parseBulletinText: `%s` states the year %i", (opening, year) => {
    expect(period(opening)).toEqual({ kind: "year", year });
  });

  test.each([
    // Part of a year: the words name its months, its half or its quarter.
    "近日，国家统计局公布2024年1-6月全国早稻数据，全国早稻播种面积7132.2万亩。",
    "某局13日发布2022年上半年医保基金飞行检查情况，共抽查23个省份。",
    "某局13日发布2022年第一季度医保基金飞行检查情况，共抽查23个省份。",
    // Figures read, not released.
    "据2024年全国早稻数据显示，全国早稻播种面积7132.2万亩。",
    // A plan, not figures.
    "某局13日发布2024年早稻生产工作方案，要求稳定播种面积。",
  ])("parseBulletinText: `%s` states no year reported on (counter-case)", (opening) => {
    expect(period(opening)?.kind).not.toBe("year");
  });
});
