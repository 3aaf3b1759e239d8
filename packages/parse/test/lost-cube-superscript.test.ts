import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A cubic metre whose `³` a converter lost (`用水總量為5998.2億m?`, set full-width by the repair):
 * read in m³ where the clause names water, as a water resources bulletin measures volumes, and no
 * figure elsewhere (`面积12万m?` could be an area: the power is not printed), rather than a figure in
 * metres. Lines from tuning texts (the national 2022 水资源公报 in traditional characters, a county's
 * 水利 half year).
 */

describe("a lost superscript after m in a clause about water", () => {
  test.each([
    ["2022年，全國用水總量為5998.2億m?。", ["全國用水總量=599820000000m³"]],
    [
      "全國人均綜合用水量為425m?，萬元國內生產總值用水量為49.6m?。",
      ["全國人均綜合用水量=425m³", "萬元國內生產總值用水量=49.6m³"],
    ],
    [
      "解决农村人畜饮水23700人，完成蓄水9260万m?，治理水土流失。",
      ["解决农村人畜饮水=23700人", "完成蓄水=92600000m³"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("metres that stay as they were, and a lost power with no water (near misses)", () => {
  test.each([
    // No water in the clause: the power is unknown, so no figure at all.
    ["新增建筑面积12万m?。", []],
    ["全市降雨，新增建筑面积12万m?。", []],
    // Metres and other symbols with no mark after them are read as before.
    ["河道水深3m，堤高5.5m。", ["河道水深=3m", "堤高=5.5m"]],
    ["全國平均年降水量為631.5mm。", ["全國平均年降水量=631.5mm"]],
    ["蓄水量12万m³。", ["蓄水量=120000m³"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
