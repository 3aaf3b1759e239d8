import {
  FormatError,
  formatChange,
  formatPercent,
  formatPointChange,
  formatQuantity,
  parseQuantity,
  type QuantityScale,
  safeParseQuantity,
} from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

// GB/T 15835-2011 §4.1.5: 万 and 亿 may follow Arabic numerals as units; 十 百 千 may not.
const formats: [number, string, Parameters<typeof formatQuantity>[2], string][] = [
  [58800, "件", {}, "5.88万件"],
  [1000, "件", { scale: "万" }, "0.1万件"],
  [5053, "人次", {}, "5053人次"],
  [120000000, "元", {}, "1.2亿元"],
  [38447, "件", { scale: "none" }, "38447件"],
  [38447, "件", {}, "3.84万件"],
  [1011329200, "元", { scale: "万" }, "101132.92万元"],
  [2056000000, "元", {}, "20.56亿元"],
  [0, "件", {}, "0件"],
  [9999, "件", {}, "9999件"],
  [10000, "件", {}, "1万件"],
  [99999999, "件", {}, "1亿件"],
  [99994999, "件", {}, "9999.5万件"],
  [1e12, "元", {}, "1万亿元"],
  [3.45e12, "元", {}, "3.45万亿元"],
  [58800, "件", { trimZeros: false }, "5.88万件"],
  [120000000, "元", { trimZeros: false }, "1.20亿元"],
  [5053, "人次", { trimZeros: false }, "5053.00人次"],
  [5053, "人次", { fractionDigits: 0, trimZeros: false }, "5053人次"],
  [58850, "件", { fractionDigits: 1 }, "5.9万件"],
  [58849, "件", { fractionDigits: 1 }, "5.9万件"],
  [58449, "件", { fractionDigits: 1 }, "5.8万件"],
  [58800, "件", { fractionDigits: 0 }, "6万件"],
  [1005, "元", { scale: "万", fractionDigits: 3 }, "0.101万元"],
  [1.005, "元", {}, "1.01元"],
  [0.46, "", {}, "0.46"],
  [-41, "件", {}, "-41件"],
  [-58800, "件", {}, "-5.88万件"],
  [-0.001, "件", {}, "0件"],
  [12.345, "%", {}, "12.35%"],
  [150.25e4, "件", {}, "150.25万件"],
  [5e15, "元", { scale: "亿" }, "50000000亿元"],
  [123456789, "元", { scale: "万亿", fractionDigits: 4 }, "0.0001万亿元"],
  [58800.5, "件", {}, "5.88万件"],
  [9999.999, "件", {}, "1万件"],
  // An amount printed as a bound: 余 or 多 after the number (the default) or after its scale.
  [500, "人", { approximate: { mark: "余" } }, "500余人"],
  [11000000, "元", { approximate: { mark: "多" } }, "1100多万元"],
  [767000, "件", { approximate: { mark: "余", at: "scale" } }, "76.7万余件"],
  [767000, "件", { approximate: { mark: "余", at: "number" } }, "76.7余万件"],
  // No scale printed: the mark follows the number wherever it was asked for.
  [500, "人", { approximate: { mark: "多", at: "scale" } }, "500多人"],
  [1600, "件", { scale: "万", approximate: { mark: "余", at: "scale" } }, "0.16万余件"],
];

describe("formatQuantity", () => {
  test.each(formats)(
    "formatQuantity: writes %s %s with %o as %s",
    (value, unit, options, expected) => {
      expect(formatQuantity(value, unit, options)).toBe(expected);
    },
  );
  test.each([
    [Number.NaN, {}, "not-finite"],
    [Number.POSITIVE_INFINITY, {}, "not-finite"],
    [2 ** 53, {}, "unsafe-integer"],
    [1, { fractionDigits: -1 }, "invalid-option"],
    [1, { fractionDigits: 1.5 }, "invalid-option"],
    [1, { scale: "千" }, "invalid-option"],
    [1, { approximate: { mark: "约" } }, "invalid-option"],
    [1, { approximate: { mark: "余", at: "unit" } }, "invalid-option"],
    [1, { approximate: "余" }, "invalid-option"],
  ] as const)("formatQuantity: rejects %s with %o (%s)", (value, options, code) => {
    expect(() => formatQuantity(value, "件", options as never)).toThrow(
      expect.objectContaining({ code }),
    );
  });
  // issue 15: a string of a million 9s was formatted although the type says number.
  test.each([
    ["9".repeat(1_000_000), "a string of a million 9s"],
    ["-5", "a numeric string"],
    [10n, "a bigint"],
    [null, "null"],
  ])(
    "formatQuantity, formatPercent, formatChange and formatPointChange refuse %#: %s",
    (value, _what) => {
      const v = value as unknown as number;
      for (const f of [
        () => formatQuantity(v, "件"),
        () => formatPercent(v),
        () => formatChange({ basis: "yoy", ratio: v }),
        () => formatPointChange(v),
      ])
        expect(f).toThrow(expect.objectContaining({ code: "invalid-number", name: "FormatError" }));
    },
  );
  test("formatQuantity: reads back through parseQuantity at every scale", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
        fc.constantFrom<QuantityScale>("none", "万", "亿", "万亿"),
        fc.constantFrom("件", "人次", "人/次", "元", "", "个百分点"),
        (value, scale, unit) => {
          const text = formatQuantity(value, unit, { scale, fractionDigits: 12 });
          expect(parseQuantity(text)).toMatchObject({ value, unit, scale });
        },
      ),
    );
  });
  test("formatQuantity: an approximation mark reads back through parseQuantity", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 53 - 1 }),
        fc.constantFrom<QuantityScale>("none", "万", "亿", "万亿"),
        fc.constantFrom("件", "人次", "元", "", "亩"),
        fc.constantFrom("余" as const, "多" as const),
        fc.constantFrom("number" as const, "scale" as const),
        (value, scale, unit, mark, at) => {
          const text = formatQuantity(value, unit, {
            scale,
            fractionDigits: 12,
            approximate: { mark, at },
          });
          expect(parseQuantity(text)).toMatchObject({
            value,
            unit,
            scale,
            // With no scale printed the mark stands after the number.
            approximate: { mark, at: scale === "none" ? "number" : at },
          });
        },
      ),
    );
  });
  test("formatQuantity: never throws for finite values and any scale", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true })),
        fc.constantFrom("auto", "none", "万", "亿", "万亿") as fc.Arbitrary<"auto">,
        fc.integer({ min: 0, max: 20 }),
        (value, scale, fractionDigits) => {
          if (Number.isInteger(value) && !Number.isSafeInteger(value)) return;
          const text = formatQuantity(value, "件", { scale, fractionDigits });
          expect(parseQuantity(text).unit).toBe("件");
        },
      ),
    );
  });
});

const parses: [string, ReturnType<typeof parseQuantity>][] = [
  ["5.88 万件", { value: 58800, unit: "件", scale: "万", fractionDigits: 2 }],
  ["5.88万件", { value: 58800, unit: "件", scale: "万", fractionDigits: 2 }],
  ["5053 人/次", { value: 5053, unit: "人/次", scale: "none", fractionDigits: 0 }],
  ["101132.92万元", { value: 1011329200, unit: "元", scale: "万", fractionDigits: 2 }],
  ["20.56亿元", { value: 2056000000, unit: "元", scale: "亿", fractionDigits: 2 }],
  ["38447件", { value: 38447, unit: "件", scale: "none", fractionDigits: 0 }],
  ["５．８８万件", { value: 58800, unit: "件", scale: "万", fractionDigits: 2 }],
  ["0.10万件", { value: 1000, unit: "件", scale: "万", fractionDigits: 2 }],
  ["150.25 万件", { value: 1502500, unit: "件", scale: "万", fractionDigits: 2 }],
  ["49 项", { value: 49, unit: "项", scale: "none", fractionDigits: 0 }],
  ["3.45万亿元", { value: 3450000000000, unit: "元", scale: "万亿", fractionDigits: 2 }],
  ["-41件", { value: -41, unit: "件", scale: "none", fractionDigits: 0 }],
  ["−41件", { value: -41, unit: "件", scale: "none", fractionDigits: 0 }],
  ["1.2个百分点", { value: 1.2, unit: "个百分点", scale: "none", fractionDigits: 1 }],
  ["5.88万", { value: 58800, unit: "", scale: "万", fractionDigits: 2 }],
  ["0.46", { value: 0.46, unit: "", scale: "none", fractionDigits: 2 }],
  ["12.3%", { value: 12.3, unit: "%", scale: "none", fractionDigits: 1 }],
  [
    "500余人",
    {
      value: 500,
      unit: "人",
      scale: "none",
      fractionDigits: 0,
      approximate: { mark: "余", at: "number" },
    },
  ],
  [
    "1100多万元",
    {
      value: 11000000,
      unit: "元",
      scale: "万",
      fractionDigits: 0,
      approximate: { mark: "多", at: "number" },
    },
  ],
  [
    "76.7万余件",
    {
      value: 767000,
      unit: "件",
      scale: "万",
      fractionDigits: 1,
      approximate: { mark: "余", at: "scale" },
    },
  ],
  [
    // 餘 as traditional copies print it is 余.
    "1550餘人",
    {
      value: 1550,
      unit: "人",
      scale: "none",
      fractionDigits: 0,
      approximate: { mark: "余", at: "number" },
    },
  ],
];

describe("parseQuantity", () => {
  test.each(parses)("parseQuantity: reads %s", (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });
  test.each([
    "3千元",
    "3百万元",
    "abc",
    "",
    "万件",
    "5.88万万件",
    "50 53件",
    "5.万件",
    "5.88万件3",
    "1e5件",
    "99999999999999999件",
    "11111111111111111.5件",
    "5余万余件",
    "5余多件",
    "余5件",
  ])("parseQuantity: refuses %j", (text) => {
    expect(() => parseQuantity(text)).toThrow(FormatError);
    expect(safeParseQuantity(text).success).toBe(false);
  });
  test("parseQuantity: throws nothing but FormatError on any text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = safeParseQuantity(s);
        if (!r.success) expect(r.error).toBeInstanceOf(FormatError);
      }),
    );
  });
});
