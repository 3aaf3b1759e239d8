import { formatQuantity, toChineseNumber } from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { printedValue } from "./printed-value";

describe("printedValue: what a metric inline's printed text reads as", () => {
  test.each([
    ["四千億元", 400_000_000_000],
    ["一千零九點六億元", 100_960_000_000],
    ["三千六百八十一亿元", 368_100_000_000],
    ["一万六千九百九十八亿元", 1_699_800_000_000],
    ["五千一百一十二点六万吨", 51_126_000],
    ["七百六十八万吨", 7_680_000],
    ["二十三亿美元", 2_300_000_000],
    ["一千八百多億元", 180_000_000_000],
    ["百分之三十點九", 30.9],
    ["百分之五十", 50],
    ["两千人", 2000],
    ["负五度", -5],
    ["5.88万件", 58_800],
    ["76.7万余件", 767_000],
    ["1100多万元", 11_000_000],
    ["1,234件", 1234],
  ])("%s reads as %d", (text, value) => {
    expect(printedValue(text)).toBeCloseTo(value, 6);
  });

  test.each(["元", "件", "百分之", "，共", "十三五规划", ""])("%j reads as no number", (text) => {
    expect(printedValue(text)).toBeUndefined();
  });

  test("round trip: a whole number written in Han numerals, with a unit, reads as itself", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.constantFrom("元", "件", "吨", "人次"),
        (n, unit) => {
          expect(printedValue(`${toChineseNumber(n)}${unit}`)).toBe(n);
        },
      ),
    );
  });

  test("round trip: a figure as formatQuantity prints it reads as its value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        const printed = formatQuantity(n, "件", { scale: "none" });
        expect(printedValue(printed)).toBe(n);
      }),
    );
  });
});
