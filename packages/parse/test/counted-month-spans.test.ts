import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A year's months counted with `个月` (`2011年1—12个月，…`) state the span from the first to the
 * last, as `2011年1—12月` does. Every text here is written for the test.
 */

describe("months counted with 个月", () => {
  test.each([
    [
      "2011年1—12个月，全省共发生各类生产安全事故5120起，同比下降8.1%。",
      "2011-01-01",
      "2011-12-31",
    ],
    ["2014年1-6个月，全市共受理投诉2200件，同比增长3.5%。", "2014-01-01", "2014-06-30"],
    ["2016年1至9个月，全县实现地区生产总值88.2亿元。", "2016-01-01", "2016-09-30"],
  ])("`%s` states %s to %s", (text, start, end) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period).toEqual({ kind: "range", start, end });
  });

  test.each([
    ["a duration after another word", "2015年，全县平均3-5个月办结一批积案，共办结120件。"],
    ["months out of order", "2015年9-3个月，全县共办结120件。"],
  ])("%s states no span of months", (_, text) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period?.kind === "range").toBe(false);
  });
});
