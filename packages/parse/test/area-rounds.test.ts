import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Land counted in rounds (issue 14, formerly held-out-125): irrigation and water reports count
 * the area watered once per watering (`累计灌溉2.3万亩次`, `冬灌面积1.05亿亩次`, `萬畝次` in a copy
 * converted to traditional characters), a unit of its own like 辆次 and 家次. The value is the
 * one the count alone gives. Examples written for the rule.
 */
describe("land counted in rounds", () => {
  test.each([
    ["甲县累计灌溉2386.5万亩次。", ["甲县累计灌溉=23865000亩次"]],
    [
      "全区冬灌面积1.05亿亩次，比去年同期多灌12.4万亩次。",
      ["全区冬灌面积=105000000亩次", "比去年同期多灌=124000亩次"],
    ],
    ["乙州已灌溉812.3萬畝次。", ["乙州已灌溉=8123000亩次"]],
    ["丙镇完成喷灌作业3500亩次。", ["丙镇完成喷灌作业=3500亩次"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A plain area keeps its unit.
    ["丁乡新增高标准农田4200亩。", ["丁乡新增高标准农田=4200亩"]],
    // 次日, 次年: the next day or year after an area, no rounds.
    ["戊村完成补种300亩，次日验收。", ["戊村完成补种=300亩"]],
    // 亩次 as a word of its own, after no number, is no unit.
    ["平均亩次用水量95立方米。", ["平均亩次用水量=95立方米"]],
  ])("an area not counted in rounds is read as before: %s", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
