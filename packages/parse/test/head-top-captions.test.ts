import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A statistics page's table copied alone, no title over it, whose caption is printed as the top
 * row of its head: the first cell alone holds words (`某省社会消费品零售总额（2021年8月）`, `2016年1-9月`)
 * over the column heads. The caption names the period, as a caption over the table does. Every
 * table here is written for the test.
 */

const BODY = [
  "| 消费品零售额（亿元） | 679.79 | 2.9 | 5598.21 |",
  "| 餐饮收入（亿元） | 54.48 | 9.7 | 440.31 |",
].join("\n");

const period = (top: string, heads = "| 指标名称 | 本月 | 本月±% | 本月止累计 |") =>
  parseBulletinText(`${top}\n${heads}\n${BODY}`).bulletin.issue.period;

describe("a caption printed as the top row of a leading table's head", () => {
  test.each([
    ["| 某省社会消费品零售总额（2021年8月） | | | |", { kind: "month", month: "2021-08" }],
    ["| 2016年1-9月 | | | |", { kind: "range", start: "2016-01-01", end: "2016-09-30" }],
  ])("parseBulletinText: `%s` names the period", (top, span) => {
    expect(period(top)).toEqual(span);
  });

  test.each([
    ["two column groups", "| 指标 | 2021年8月 | | 2020年8月 |"],
    ["a group over later columns", "| | 2021年8月 | | |"],
  ])("parseBulletinText: %s name no period", (_, top) => {
    expect(period(top)).toBeUndefined();
  });
});
