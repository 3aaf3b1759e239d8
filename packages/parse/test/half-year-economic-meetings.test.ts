import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy of a half-year economic work meeting (`記者從全市2021年半年經濟工作會上獲悉，上半年，…`,
 * guizhou-city-economy-2021h1-lutongee-trad) reports the year's first half, as a `2016年半年工作总结`
 * does. `半年` before other words (`2021年半年内完成`, `2021年半年报`) is not read as that half.
 */

const H1_2021 = { kind: "range", start: "2021-01-01", end: "2021-06-30" };

describe("a half-year economic work meeting", () => {
  test.each([
    "近日，記者從全市2021年半年經濟工作會上獲悉，上半年，我市地區生產總值達702.01億元，同比增長13.4%。",
    "近日，记者从全市2021年半年经济工作会上获悉，上半年，我市地区生产总值达702.01亿元，同比增长13.4%。",
    "某县2021年半年工作总结\n\n上半年，全县地区生产总值达702.01亿元，同比增长13.4%。",
  ])("`%s` reports the first half of 2021", (text) => {
    expect(parseBulletinText(text).bulletin.issue.period).toEqual(H1_2021);
  });

  test.each([
    "某县2021年半年内完成改造项目12个，投资3.5亿元，同比增长13.4%。",
    "某公司2021年半年报显示，营业收入702.01亿元，同比增长13.4%。",
  ])("`%s` is not read as the first half (counter-case)", (text) => {
    expect(parseBulletinText(text).bulletin.issue.period).not.toEqual(H1_2021);
  });
});
