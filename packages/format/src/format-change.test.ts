import {
  FormatError,
  formatChange,
  formatPercent,
  formatPointChange,
  parseChange,
  parsePercent,
  parsePointChange,
  safeParseChange,
  safeParsePercent,
  safeParsePointChange,
} from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

describe("formatPercent", () => {
  test.each([
    [0.123, {}, "12.3%"],
    [0.2485, { fractionDigits: 2 }, "24.85%"],
    [-0.2485, { fractionDigits: 2 }, "-24.85%"],
    [0.05, {}, "5.0%"],
    [0, {}, "0.0%"],
    [1, { fractionDigits: 0 }, "100%"],
    [0.1005, {}, "10.1%"],
    [0.0004, { fractionDigits: 2 }, "0.04%"],
    [-0.0004, {}, "0.0%"],
    [0.46, { fractionDigits: 0 }, "46%"],
    [12.5, {}, "1250.0%"],
  ] as const)("formatPercent: writes %s with %o as %s", (ratio, options, expected) => {
    expect(formatPercent(ratio, options)).toBe(expected);
  });
  test("formatPercent: rejects NaN and a negative fractionDigits", () => {
    expect(() => formatPercent(Number.NaN)).toThrow(
      expect.objectContaining({ code: "not-finite" }),
    );
    expect(() => formatPercent(1, { fractionDigits: -1 })).toThrow(
      expect.objectContaining({ code: "invalid-option" }),
    );
  });
  test("formatPercent: is read back by parsePercent to the written digits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        (k, digits) => {
          const ratio = Number(`${k / 10 ** (digits + 2)}`);
          expect(parsePercent(formatPercent(ratio, { fractionDigits: digits }))).toBe(
            ratio === 0 ? 0 : ratio,
          );
        },
      ),
    );
  });
  test.each([
    ["12.3%", 0.123],
    ["24.85%", 0.2485],
    ["-5%", -0.05],
    ["+3.2%", 0.032],
    ["１２．３％", 0.123],
    ["12.3 %", 0.123],
    ["0.04%", 0.0004],
    ["1250%", 12.5],
  ])("parsePercent: reads %s as %s", (text, expected) => {
    expect(parsePercent(text)).toBe(expected);
  });
  test.each(["12.3", "%", "abc", "12.3%%", "1e3%", ""])("parsePercent: refuses %j", (text) => {
    expect(() => parsePercent(text)).toThrow(expect.objectContaining({ code: "invalid-percent" }));
  });
});

describe("formatChange", () => {
  test.each([
    [{ basis: "yoy", current: 1123, previous: 1000 }, {}, "同比增长12.3%"],
    [{ basis: "mom", current: 950, previous: 1000 }, {}, "环比下降5.0%"],
    [{ basis: "yoy", current: 1000, previous: 1000 }, {}, "同比持平"],
    [{ basis: "yoy", current: 1000.1, previous: 1000 }, {}, "同比持平"],
    [{ basis: "yoy", current: 7515, previous: 10000 }, { fractionDigits: 2 }, "同比下降24.85%"],
    [{ basis: "yoy", current: 11005, previous: 10000 }, {}, "同比增长10.1%"],
    [{ basis: "mom", ratio: -0.05 }, {}, "环比下降5.0%"],
    [{ basis: "yoy", ratio: 0.123 }, {}, "同比增长12.3%"],
    [{ basis: "yoy", ratio: 0 }, {}, "同比持平"],
    [{ basis: "mom", ratio: -0.0016 }, { fractionDigits: 2 }, "环比下降0.16%"],
  ] as const)("formatChange: writes %j with %o as %s", (change, options, expected) => {
    expect(formatChange(change, options)).toBe(expected);
  });
  test.each([
    [{ basis: "yoy", current: 1, previous: 0 }, "out-of-range"],
    [{ basis: "yoy", current: 1, previous: -5 }, "out-of-range"],
    [{ basis: "yoy", ratio: Number.NaN }, "not-finite"],
    [{ basis: "week", ratio: 1 }, "invalid-option"],
  ])("formatChange: rejects %j with %s", (change, code) => {
    expect(() => formatChange(change as never)).toThrow(expect.objectContaining({ code }));
  });
  test("formatChange: is read back by parseChange", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e7, max: 1e7 }),
        fc.constantFrom("yoy", "mom") as fc.Arbitrary<"yoy">,
        fc.integer({ min: 0, max: 3 }),
        (k, basis, digits) => {
          const ratio = Number(`${k / 10 ** (digits + 2)}`);
          const parsed = parseChange(formatChange({ basis, ratio }, { fractionDigits: digits }));
          expect(parsed).toEqual({
            basis,
            ratio: ratio === 0 ? 0 : ratio,
            direction: ratio > 0 ? "up" : ratio < 0 ? "down" : "flat",
          });
        },
      ),
    );
  });
});

describe("parseChange", () => {
  test.each([
    ["同比增长12.3%", { basis: "yoy", direction: "up", ratio: 0.123 }],
    ["同比下降24.85%", { basis: "yoy", direction: "down", ratio: -0.2485 }],
    ["环比下降0.16%", { basis: "mom", direction: "down", ratio: -0.0016 }],
    ["环比下降5.0%", { basis: "mom", direction: "down", ratio: -0.05 }],
    ["同比持平", { basis: "yoy", direction: "flat", ratio: 0 }],
    ["与上年同期持平", { basis: "yoy", direction: "flat", ratio: 0 }],
    ["较上年同期增长3%", { basis: "yoy", direction: "up", ratio: 0.03 }],
    ["较上月减少2%", { basis: "mom", direction: "down", ratio: -0.02 }],
    ["比上期提高1.5%", { basis: "mom", direction: "up", ratio: 0.015 }],
    ["同比上升 12.3 %", { basis: "yoy", direction: "up", ratio: 0.123 }],
    ["同比-5.2%", { basis: "yoy", direction: "down", ratio: -0.052 }],
    ["同比+5.2%", { basis: "yoy", direction: "up", ratio: 0.052 }],
    ["环比增长0.0%", { basis: "mom", direction: "flat", ratio: 0 }],
  ])("parseChange: reads %s", (text, expected) => {
    expect(parseChange(text)).toEqual(expected);
  });
  test.each(["增长12.3%", "同比增长-5%", "同比增长12.3个百分点", "同比增长", "abc", ""])(
    "parseChange: refuses %j",
    (text) => {
      expect(() => parseChange(text)).toThrow(expect.objectContaining({ code: "invalid-change" }));
    },
  );
});

describe("formatPointChange", () => {
  test.each([
    [1.2, {}, "提高1.2个百分点"],
    [-0.5, {}, "降低0.5个百分点"],
    [0, {}, "持平"],
    [0.04, {}, "持平"],
    [0.05, {}, "提高0.1个百分点"],
    [-0.5, { basis: "yoy" }, "同比降低0.5个百分点"],
    [2, { basis: "mom", fractionDigits: 2 }, "环比提高2.00个百分点"],
  ] as const)("formatPointChange: writes %s with %o as %s", (points, options, expected) => {
    expect(formatPointChange(points, options)).toBe(expected);
  });
  test("formatPointChange: is read back by parsePointChange", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.option(fc.constantFrom("yoy", "mom") as fc.Arbitrary<"yoy">, { nil: undefined }),
        (k, basis) => {
          const points = k / 10;
          const parsed = parsePointChange(formatPointChange(points, basis ? { basis } : {}));
          expect(parsed).toEqual({
            points: points === 0 ? 0 : points,
            direction: points > 0 ? "up" : points < 0 ? "down" : "flat",
            ...(basis ? { basis } : {}),
          });
        },
      ),
    );
  });
  test.each([
    ["提高1.2个百分点", { direction: "up", points: 1.2 }],
    ["同比降低0.5个百分点", { direction: "down", points: -0.5, basis: "yoy" }],
    ["下降 3 个百分点", { direction: "down", points: -3 }],
    ["持平", { direction: "flat", points: 0 }],
    ["较上年同期提高1.3个百分点", { direction: "up", points: 1.3, basis: "yoy" }],
    ["比上年同期回落0.4个百分点", { direction: "down", points: -0.4, basis: "yoy" }],
    ["较上月下降2个百分点", { direction: "down", points: -2, basis: "mom" }],
    ["与上期持平", { direction: "flat", points: 0, basis: "mom" }],
    ["环比持平", { direction: "flat", points: 0, basis: "mom" }],
  ])("parsePointChange: reads %s", (text, expected) => {
    expect(parsePointChange(text)).toEqual(expected);
  });
  test.each(["提高1.2%", "1.2个百分点", "abc", "较上提高1个百分点", "上年同期提高1个百分点"])(
    "parsePointChange: refuses %j",
    (text) => {
      expect(() => parsePointChange(text)).toThrow(
        expect.objectContaining({ code: "invalid-change" }),
      );
    },
  );
});

test("parsePercent, parseChange and parsePointChange throw nothing but FormatError on any text", () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      for (const r of [safeParsePercent(s), safeParseChange(s), safeParsePointChange(s)]) {
        if (!r.success) expect(r.error).toBeInstanceOf(FormatError);
      }
    }),
  );
});
