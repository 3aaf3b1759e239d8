import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Energy counted in coal equivalent by the kilogram (issue 14, formerly held-out-124): energy-saving
 * reports of public bodies print a person's or a square metre's use so (`人均综合能耗为412.6千克标准煤`,
 * `千克標準煤` in a copy converted to traditional characters), beside the 吨标准煤 of a whole's use.
 * One unit as printed, not 千克 with words after it. Examples written for the rule.
 */
describe("energy in kilograms of coal equivalent", () => {
  test.each([
    ["甲市机关人均综合能耗为412.6千克标准煤。", ["甲市机关人均综合能耗=412.6千克标准煤"]],
    ["单位建筑面积能耗为15.08千克标准煤，同比下降2.1%。", ["单位建筑面积能耗=15.08千克标准煤"]],
    ["乙省人均能耗為390.2千克標準煤。", ["乙省人均能耗=390.2千克标准煤"]],
    // Counted per person: the per unit after it as before.
    ["丙区人均综合能耗为501.3千克标准煤/人。", ["丙区人均综合能耗=501.3千克标准煤/人"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A weight of something else stays in 千克.
    ["丁县发放大米2500千克。", ["丁县发放大米=2500千克"]],
    // Tons of coal equivalent as before.
    ["戊市公共机构能耗8.6万吨标准煤。", ["戊市公共机构能耗=86000吨标准煤"]],
  ])("other weights are read as before: %s", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
