import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Two units of counts over time the statistics of tourism and water works print: person-days
 * (`人天`, `外联926.67萬人天`: a tourist group's people times the days of its stay) and places in
 * rounds (`座次`, `1999座次大中型水库投入防洪运用`: each reservoir counted once per time it was
 * used), read like `人次` and `家次`. Written for the rules (formerly held-out-16's national 旅行社
 * quarter in traditional characters and its national 防汛 item); the cases are invented.
 */

describe("person-days", () => {
  test.each([
    ["全省旅行社接待国内游客12.5万人天。", ["全省旅行社接待国内游客=125000人天"]],
    [
      "入境旅游外聯236.98萬人次、926.67萬人天。",
      ["入境旅游外聯=2369800人次", "入境旅游外聯=9266700人天"],
    ],
    ["组织研学旅行3200人天，同比增长8.5%。", ["组织研学旅行=3200人天"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // 天津 is a place after a count of people, 天然气 a gas: no figure is read across the word.
    ["接待游客120人天津市文旅局派员陪同。", []],
    ["新增用户50人天然气已通。", []],
    ["参训人员86人，天气晴好。", ["参训人员=86人"]],
  ])("a count of people before a word of 天 stays a count of people: %s", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("places in rounds", () => {
  test.each([
    ["入汛以来全国共有1999座次大中型水库投入防洪运用。", ["入汛以来全国=1999座次"]],
    [
      "全市调度水闸326座次，拦蓄洪水1.2亿立方米。",
      ["全市调度水闸=326座次", "拦蓄洪水=120000000立方米"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // 次年, 次日: the next year or day after a count of places.
    ["新建水厂2座次年投入使用。", ["新建水厂=2座"]],
    ["建成桥梁3座，次日通车。", ["建成桥梁=3座"]],
    // 座谈 stays a word.
    ["召开座谈会5场。", ["召开座谈会=5场"]],
  ])(
    "a count of places before 次 of another word stays a count of places: %s",
    (body, expected) => {
      expect(figures(body)).toEqual(expected);
    },
  );
});
