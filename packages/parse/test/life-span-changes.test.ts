import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A life expectancy's change, from one age to another (`寿命由2020年的77.93岁提高到2021年的78.2岁`):
 * both ages are figures, as a life expectancy stated alone is (`预期寿命达到79.12岁`); an age in 岁
 * elsewhere stays text (it bounds a group). Written for the rule (session 27's tuning misses: a
 * national 卫生健康 statistics news item); every sentence here is invented.
 */

describe("both ages of a life expectancy's change are figures", () => {
  test.each([
    ["全区人均预期寿命由76.42岁提高到77.05岁。", ["全区人均预期寿命由=76.42岁", "提高到=77.05岁"]],
    [
      "居民人均预期寿命由2019年的78.1岁提高到2022年的78.6岁。",
      ["居民人均预期寿命由2019年的=78.1岁", "提高到2022年的=78.6岁"],
    ],
    [
      "全縣居民平均預期壽命從2018年底的77.2歲增至79.4歲。",
      ["全縣居民平均預期壽命從2018年底的=77.2岁", "增至=79.4岁"],
    ],
    ["人均期望寿命从75.8岁提高到76.9岁。", ["人均期望寿命从=75.8岁", "提高到=76.9岁"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("other ages stay text", () => {
  test.each([
    // A bound after the change: a target, no age reached.
    ["人均预期寿命由76.5岁提高到80岁以上。", ["人均预期寿命由=76.5岁"]],
    // An age after another clause: a group's bound.
    ["人均预期寿命由76.5岁提高，其中60岁老人占两成。", ["人均预期寿命由=76.5岁"]],
    // An age group's count changing: the people are the figure, not the age.
    ["全市60岁以上老人由2万人增至3万人。", ["全市60岁以上老人由=20000人", "增至=30000人"]],
    // No life expectancy before the change.
    ["退休年龄由60岁提高到63岁。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
