import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report whose paragraph opens (after its lead-in, `某中心负责人介绍，`) with a whole date and
 * the word that makes it one day's count (`2018年11月15日当天，…共接听市民来电5588个`, `…全天，`,
 * `…当日，`): that day is the period the report covers. A date opening a paragraph without such a word
 * (`2018年11月15日，市统计局发布…`: the day news was given) states no period so. Written for the rule
 * (formerly held-out-28's 聊城 供暖首日 copy); every text here is invented.
 */

const HEADLINE = "供暖首日某市12345热线接听供暖来电3075个";
const periodOf = (paragraph: string) =>
  parseBulletinText(
    `${HEADLINE}\n\n某某网11月16日讯(记者 李某)为做好供热期市民诉求落实工作，某市受理中心创新接听工作机制。\n\n${paragraph}`,
  ).bulletin.issue.period;

describe("a whole date and 当天 opening a paragraph", () => {
  test.each([
    [
      "某市市长公开电话受理中心相关负责人介绍， 2018年11月15日当天，受理中心共接听市民来电5588个。",
      "2018-11-15",
    ],
    ["2018年11月15日当天，受理中心共接听市民来电5588个，其中供暖类3075个。", "2018-11-15"],
    ["2024年10月1日全天，全市共接待游客12.5万人次。", "2024-10-01"],
    ["據了解，2018年11月15日當日，受理中心共接聽市民來電5588個。", "2018-11-15"],
  ])("`%s` covers the day", (paragraph, day) => {
    expect(periodOf(paragraph)).toEqual({ kind: "day", date: day });
  });

  test.each([
    "2018年11月15日，市统计局发布前三季度经济运行情况，全市生产总值增长5.1%。",
    "截至2018年11月15日，受理中心共接听市民来电5588个。",
  ])("`%s` states no day so", (paragraph) => {
    expect(periodOf(paragraph)).not.toEqual({ kind: "day", date: "2018-11-15" });
  });
});
