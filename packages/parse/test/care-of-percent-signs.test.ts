import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The care-of sign `℅` typed for a percent sign (`同比增长15℅`: it sits beside `%` on input methods'
 * symbol boards), issue 14, formerly held-out-58 (a county's report of its people's congress). Every
 * text here is written for the test.
 */

const figures = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map(
    (m) =>
      `${m.value}${m.unit}${m.comparison?.change === undefined ? "" : ` ${m.comparison.change}${m.comparison.changeUnit}`}`,
  );

describe("`℅` typed for `%`", () => {
  test.each([
    ["一、经济运行\n全县生产总值实现131487万元，同比增长12℅。", ["1314870000元 12percent"]],
    ["一、经济运行\n第一产业增长57.7℅，一般预算收入完成7309万元。", ["57.7%", "73090000元"]],
    ["一、经济运行\n两项收支同比分别增长43.6℅和32.4℅。", ["43.6%", "32.4%"]],
    ["一、经济运行\n城镇化率达到38.5℅", ["38.5%"]],
  ])("%s → %j", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  test.each([
    // Not after a number, it is a character of the text, no figure.
    ["一、情况\n来信请寄某局℅办公室。"],
    // A bound stays text, as `超90%` does.
    ["一、情况\n达标率超90℅。"],
  ])("%s holds no figure", (text) => {
    expect(figures(text)).toEqual([]);
  });

  test("the repair writes it `%` after a number, as it writes `％`", () => {
    expect(repairExtractedText("同比增长15℅，寄某局℅办公室")).toBe("同比增长15%，寄某局℅办公室");
  });
});
