import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A change against last year named `上一年` or `上年度` (`较上一年增加了1.9个百分点`, `比上年度增长6.5%`,
 * `较上年度同期增长`, `与上一年相比下降`) is the figure's 同比 change, as `较上年` is. Against a quarter
 * or a month (`较上一季度`) it stays no comparison. Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map(
    (m) =>
      `${m.label}=${m.value}${m.unit}${
        m.comparison
          ? ` ${m.comparison.basis} ${m.comparison.change} ${m.comparison.changeUnit}`
          : ""
      }`,
  );

describe("last year spelled 上一年 or 上年度", () => {
  test.each([
    ["全区殡葬火化率为61.7%，较上一年增加了2.3个百分点。", ["全区殡葬火化率=61.7% yoy 2.3 points"]],
    ["全年接待游客98.4万人次，比上一年增长6.5%。", ["全年接待游客=984000人次 yoy 6.5 percent"]],
    [
      "技术合同成交额8.6亿元，较上年度同期增长21.4%。",
      ["技术合同成交额=860000000元 yoy 21.4 percent"],
    ],
    [
      "人均综合能耗420.5千克标准煤，比上年度下降2.1%。",
      ["人均综合能耗=420.5千克标准煤 yoy -2.1 percent"],
    ],
    [
      "全县新登记市场主体3160户，与上一年相比减少4.8%。",
      ["全县新登记市场主体=3160户 yoy -4.8 percent"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  // Near-misses: a quarter or a month before is no year; `较上年` reads as before.
  test.each([
    [
      "技术合同成交额8.6亿元，较上一季度增长21.4%。",
      ["技术合同成交额=860000000元", "较上一季度增长=21.4%"],
    ],
    ["技术合同成交额8.6亿元，较上年增长21.4%。", ["技术合同成交额=860000000元 yoy 21.4 percent"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
