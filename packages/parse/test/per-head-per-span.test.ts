import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * An amount per person per month or year (issue 14, formerly held-out-135): relief and pension
 * reports print a standard as `元/人·月` or `元/人·年` (`元/人.月` with a copy's full stop for the dot),
 * one unit: the figure's unit is `元/人·月`, not `元/人` with words after it. Work over a distance
 * counted in rounds (`旅客周转量16325.8万人次公里`) is one unit too, `人次公里`, as `人公里` is.
 * Examples written for the rule.
 */
describe("per person per month, and rounds over a distance", () => {
  test.each([
    [
      "甲县城市低保标准为812元/人·月，补助水平为536.2元/人·月。",
      ["甲县城市低保标准=812元/人·月", "补助水平=536.2元/人·月"],
    ],
    ["乙县农村低保标准为7020元/人·年。", ["乙县农村低保标准=7020元/人·年"]],
    [
      "丙省平均保障标准3890元/人.年，平均补助水平2710元/人.年。",
      ["丙省平均保障标准=3890元/人·年", "平均补助水平=2710元/人·年"],
    ],
    [
      "丁市旅客周转量为16325.8万人次公里，下降5.2%。",
      ["丁市旅客周转量=163258000人次公里", "丁市旅客周转量下降=5.2%"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    ["戊县人均补助450元/人，月底发放。", ["戊县人均补助=450元/人"]],
    ["己市接待游客120万人次，公里数未统计。", ["己市接待游客=1200000人次"]],
  ])("near-miss %s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
