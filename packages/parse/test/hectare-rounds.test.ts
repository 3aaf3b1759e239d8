import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Land counted in hectares per round: plant-protection outlooks and pest bulletins count the area a
 * pest or disease occurs on once per generation (`发生面积31万公顷次`, `公頃次` in a copy converted to
 * traditional characters), as irrigation reports count 亩次 (area-rounds.test.ts): a unit of its own,
 * the value the count alone gives. Examples written for the rule.
 */
describe("hectares counted in rounds", () => {
  test.each([
    ["棉铃虫中等发生，发生面积31万公顷次。", ["发生面积=310000公顷次"]],
    ["稻飞虱偏重发生，发生面积120.5万公顷次；", ["发生面积=1205000公顷次"]],
    ["菜青蟲中等發生，發生面積28萬公頃次。", ["發生面積=280000公顷次"]],
    ["全县完成统防统治4500公顷次。", ["全县完成统防统治=4500公顷次"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A plain area keeps its unit.
    ["甲县新增造林面积1200公顷。", ["甲县新增造林面积=1200公顷"]],
    // 次日, 次年 after an area: the next day or year, no rounds.
    ["乙乡完成补种300公顷，次日验收。", ["乙乡完成补种=300公顷"]],
    // Thousands of hectares keep theirs.
    ["有效灌溉面积达1.148千公顷。", ["有效灌溉面积=1.148千公顷"]],
  ])("an area not counted in rounds is read as before: %s", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
