import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A work summary whose title names no year (`某局工作总结及下一年工作打算`) over a lede and a first part
 * headed by the year it sums up (`一、2024年工作总结`, then `二、2025年工作打算`), issue 14, formerly
 * held-out-58: the part's year is the period, as a government work report's `一、2021年工作回顾` is.
 * Every text here is written for the test.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("the year a summary's first part sums up", () => {
  test.each([
    [
      "a summary part under a lede",
      "某区民政局工作总结及下一年工作打算\n今年以来，在区委、区政府的正确领导下，区民政局坚持以民为本，各项工作进展顺利。\n一、2024年工作总结\n（一）基本民生保障持续改善。全区共有特困人员398人。\n二、2025年工作打算\n（一）继续兜牢民生底线。",
      2024,
    ],
    [
      "a 年度 summary",
      "某街道工作总结和工作计划\n一年来，街道上下团结一心，圆满完成各项任务。\n一、2023年度工作总结\n全年新增市场主体1200户。\n二、下一步工作计划\n持续优化营商环境。",
      2023,
    ],
    [
      "a summary in traditional characters",
      "某鎮工作總結\n今年以來，某鎮堅持穩中求進，經濟持續向好。\n一、2021年工作總結\n全年完成固定資產投資12億元。\n二、2022年工作思路\n加快項目建設。",
      2021,
    ],
  ])("%s", (_, text, year) => {
    expect(period(text)).toEqual({ kind: "year", year });
  });

  test.each([
    [
      "a half year's summary",
      "某局工作总结\n今年以来，某局扎实推进各项工作。\n一、2024年上半年工作总结\n受理投诉1200件。\n二、下半年工作打算\n持续改进。",
    ],
    [
      "a plan first",
      "某局工作计划\n为做好今年工作，特制定本计划。\n一、2025年工作计划\n新增就业1000人。\n二、保障措施\n加强领导。",
    ],
  ])("%s is no summed-up year", (_, text) => {
    expect(period(text)).not.toEqual({ kind: "year", year: expect.any(Number) });
  });
});
