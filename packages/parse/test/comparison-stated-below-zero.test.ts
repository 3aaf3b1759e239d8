import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A 同比 or 环比 rate stated with `为` (`是`) and a minus (issue 14, formerly held-out-129): price
 * monitoring and statistics pages print a fall so (`均价为12.4元/500克，环比为-0.35%`, `同比為－2.1%`,
 * `环比分别为-1.2%`), as they print `增速为-3.2%`. The rate is read below zero. Examples written for
 * the rule.
 */
describe("a comparison's rate stated below zero", () => {
  test.each([
    [
      "甲县鸡蛋均价为6.20元/500克，环比为-0.35%。",
      ["甲县鸡蛋均价=6.2元/500克", "甲县鸡蛋均价环比=-0.35%"],
    ],
    ["乙市居民消费价格同比为-1.8%。", ["乙市居民消费价格同比=-1.8%"]],
    ["丙区蔬菜价格环比是-2.6%。", ["丙区蔬菜价格环比=-2.6%"]],
    ["丁州猪肉價格環比為－4.1%。", ["丁州猪肉價格環比=-4.1%"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // No minus: the rate as before.
    ["戊县牛肉价格环比为0.52%。", ["戊县牛肉价格环比=0.52%"]],
    // A range of months after 同比 is no sign.
    ["己市同比1-5月增长3.2%。", ["己市同比1-5月增长=3.2%"]],
  ])("a rate with no sign of its own is read as before: %s", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
