import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A unit counted per ten thousand yuan of output (`53.9m3/万元`, `6.4m³/万元`), as water and energy
 * bulletins print the use per 万元 of GDP: one unit as printed. Money is counted per only after a
 * round count (`/元` alone is none), and a Latin symbol still runs on into a longer one (`60km/h`).
 * Lines from a tuning text (a city's 2021 水资源公报).
 */

describe("a use per ten thousand yuan", () => {
  test.each([
    ["全市万元国内生产总值用水量53.9m3/万元。", ["全市万元国内生产总值用水量=53.9m3/万元"]],
    [
      "万元工业增加值用水量(不含电厂)6.4m³/万元，灌溉水有效利用系数0.632。",
      ["万元工业增加值用水量（不含电厂）=6.4m³/万元"],
    ],
    ["单位GDP能耗0.45吨标准煤/万元。", ["单位GDP能耗=0.45吨标准煤/万元"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("slashes that make no such unit (near misses)", () => {
  test.each([
    ["限速60km/h。", []],
    ["PM2.5浓度47μg/m3/日。", []],
    ["用水3m3/元。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
