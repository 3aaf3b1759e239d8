import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose lede says a year's round of work came to its end: `10月9日，某省某县2019年
 * 秋粮收购工作圆满结束。`, `2022年度政府采购工作已顺利完成，本年度共采购项目318个`. The year (or
 * `年度`) is the span the copy reports on. Every text here is written for the test.
 */

const period = (head: string, opening: string) =>
  parseBulletinText(
    `${head}${opening}\n\n自8月开收以来，共收购粮食12.6万吨，同比增长4.1%。\n\n农户户均增收3260元，带动就业1280人。`,
  ).bulletin.issue.period;

describe("the year of a round of work a news lede says is completed", () => {
  test.each([
    ["", "10月9日，随着最后一车粮食入库，某省青河县2019年秋粮收购工作圆满结束。", 2019],
    ["", "11月2日，某市2022年度棉花收购工作顺利完成，共收购籽棉3.1万吨。", 2022],
    ["", "2018年政府采购工作已圆满完成，本年度共采购项目318个。", 2018],
    ["粮食网讯\n\n", "10月3日，某省安平縣2021年度秋糧收購工作全面結束。", 2021],
  ])("parseBulletinText: `%s%s` states the year %i", (head, opening, year) => {
    expect(period(head, opening)).toEqual({ kind: "year", year });
  });

  test.each([
    // One round of several in the year, or part of the year.
    "至此，某省2021年第二次专项检查督导工作全面完成。",
    "某市2021年上半年秋粮收购工作顺利完成，共收购粮食12万吨。",
    // A plan, not a completion.
    "某县要求2023年秋粮收购工作于11月底前圆满完成。",
    "会议强调，要确保2023年秋粮收购工作圆满完成，保护农民利益。",
  ])("parseBulletinText: `%s` states no year reported on (counter-case)", (opening) => {
    expect(period("", opening)?.kind).not.toBe("year");
  });
});
