import {
  FormatError,
  parseChineseNumber,
  safeParseChineseNumber,
  toChineseNumber,
} from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

// GB/T 15835-2011 §4.2 and common usage: groups of 万 and 亿, one 零 per run of zeros.
const lower: [number | bigint | string, string][] = [
  [0, "零"],
  [1, "一"],
  [2, "二"],
  [9, "九"],
  [10, "十"],
  [11, "十一"],
  [12, "十二"],
  [19, "十九"],
  [20, "二十"],
  [21, "二十一"],
  [99, "九十九"],
  [100, "一百"],
  [101, "一百零一"],
  [110, "一百一十"],
  [111, "一百一十一"],
  [999, "九百九十九"],
  [1000, "一千"],
  [1001, "一千零一"],
  [1010, "一千零一十"],
  [1100, "一千一百"],
  [1234, "一千二百三十四"],
  [2000, "二千"],
  [3052, "三千零五十二"],
  [9999, "九千九百九十九"],
  [10000, "一万"],
  [10001, "一万零一"],
  [10010, "一万零一十"],
  [10100, "一万零一百"],
  [11000, "一万一千"],
  [100000, "十万"],
  [100010, "十万零一十"],
  [110000, "十一万"],
  [1000000, "一百万"],
  [10000000, "一千万"],
  [78901234, "七千八百九十万一千二百三十四"],
  [78900234, "七千八百九十万零二百三十四"],
  [100000000, "一亿"],
  [100000001, "一亿零一"],
  [100001000, "一亿零一千"],
  [100010000, "一亿零一万"],
  [100100000, "一亿零一十万"],
  [101000000, "一亿零一百万"],
  [110000000, "一亿一千万"],
  [123456789, "一亿二千三百四十五万六千七百八十九"],
  [1000000000, "十亿"],
  [10000000000, "一百亿"],
  [1000000000000, "一万亿"],
  [1000000000001, "一万亿零一"],
  [1000100000000, "一万零一亿"],
  [10000000000000, "十万亿"],
  [12345678901234, "十二万三千四百五十六亿七千八百九十万一千二百三十四"],
  [9007199254740991, "九千零七万一千九百九十二亿五千四百七十四万零九百九十一"],
  [10n ** 16n, "一亿亿"],
  [10n ** 16n + 1n, "一亿亿零一"],
  [10n ** 16n + 10n ** 12n, "一亿零一万亿"],
  [10n ** 20n, "一万亿亿"],
  ["100000000000000000000", "一万亿亿"],
  [-1, "负一"],
  [-10, "负十"],
  [-100010000, "负一亿零一万"],
  [-0, "零"],
  [3.14, "三点一四"],
  [0.5, "零点五"],
  [95.06, "九十五点零六"],
  [10.5, "十点五"],
  [-0.5, "负零点五"],
  [1.5e-7, "零点零零零零零零一五"],
  ["3.140", "三点一四零"],
  ["0012", "十二"],
  ["-0.0", "零点零"],
  [" 42 ", "四十二"],
  [12n, "十二"],
];

const withOptions: [number | string, Parameters<typeof toChineseNumber>[1], string][] = [
  [10, { tenStyle: "一十" }, "一十"],
  [15, { tenStyle: "一十" }, "一十五"],
  [110000, { tenStyle: "一十" }, "一十一万"],
  [10, { style: "upper" }, "壹拾"],
  [10, { style: "upper", tenStyle: "十" }, "拾"],
  [1234, { style: "upper" }, "壹仟贰佰叁拾肆"],
  [1010, { style: "upper" }, "壹仟零壹拾"],
  [100010000, { style: "upper" }, "壹亿零壹万"],
  [3.14, { style: "upper" }, "叁点壹肆"],
  [1001, { zero: "〇" }, "一千〇一"],
  [95.06, { zero: "〇" }, "九十五点〇六"],
  [0, { zero: "〇" }, "〇"],
];

describe("toChineseNumber", () => {
  test.each(lower)("toChineseNumber: writes %s as %s", (n, expected) => {
    expect(toChineseNumber(n)).toBe(expected);
  });
  test.each(withOptions)("toChineseNumber: writes %s with %o as %s", (n, options, expected) => {
    expect(toChineseNumber(n, options)).toBe(expected);
  });
  test.each([
    [Number.NaN, "not-finite"],
    [Number.POSITIVE_INFINITY, "not-finite"],
    [2 ** 53, "unsafe-integer"],
    [1e21, "unsafe-integer"],
    [10n ** 20n + 1n, "out-of-range"],
    ["100000000000000000000.5", "out-of-range"],
    ["abc", "invalid-number"],
    ["1e5", "invalid-number"],
    ["", "invalid-number"],
    ["1.", "invalid-number"],
  ] as const)("toChineseNumber: rejects %s with %s", (n, code) => {
    expect(() => toChineseNumber(n)).toThrow(
      expect.objectContaining({ code, name: "FormatError" }),
    );
  });
  test("toChineseNumber: rejects an unknown option value", () => {
    expect(() => toChineseNumber(1, { style: "big" as "upper" })).toThrow(FormatError);
  });
});

const parses: [string, number | bigint][] = [
  ["零", 0],
  ["〇", 0],
  ["一", 1],
  ["十", 10],
  ["十一", 11],
  ["一十一", 11],
  ["二十", 20],
  ["一百", 100],
  ["一百零一", 101],
  ["一百一十", 110],
  ["一百一", 110],
  ["一千零一十", 1010],
  ["一千零十", 1010],
  ["三千零五十二", 3052],
  ["一万", 10000],
  ["一万零一十", 10010],
  ["十万", 100000],
  ["一亿", 100000000],
  ["一亿零一万", 100010000],
  ["一亿零一", 100000001],
  ["一万零一亿", 100010000 * 10000],
  ["十二万三千四百五十六亿七千八百九十万一千二百三十四", 12345678901234],
  ["两", 2],
  ["两千", 2000],
  ["两万", 20000],
  ["两亿", 200000000],
  ["二〇二五", 2025],
  ["二零二五", 2025],
  ["一九九八", 1998],
  ["二〇〇〇", 2000],
  ["廿", 20],
  ["廿一", 21],
  ["卅", 30],
  ["卅一", 31],
  ["三千五", 3500],
  ["一万五", 15000],
  ["一亿五", 150000000],
  ["一亿亿", 10n ** 16n],
  ["一万亿亿", 10n ** 20n],
  ["九千零七万一千九百九十二亿五千四百七十四万零九百九十二", 9007199254740992n],
  ["壹仟零伍", 1005],
  ["壹拾", 10],
  ["壹佰贰拾叁", 123],
  ["貳拾", 20],
  ["三点一四", 3.14],
  ["零点五", 0.5],
  ["九十五点零六", 95.06],
  ["负三", -3],
  ["负零点五", -0.5],
  ["負三", -3],
  ["5.88万", 58800],
  ["1.2亿", 120000000],
  ["3千", 3000],
  ["3万亿", 3000000000000],
  ["38447万", 384470000],
  ["101132.92万", 1011329200],
  ["20.56亿", 2056000000],
  ["5.88 万", 58800],
  ["一点五万", 15000],
  // Decimals of an integer in words before a scale, as formal reports print amounts.
  ["一千零九点六亿", 100960000000],
  ["五千一百一十九点九亿", 511990000000],
  ["一千零九點六億", 100960000000],
  ["十二点五万", 125000],
  ["负三十点五万", -305000],
  ["一百点二五万亿", 100250000000000],
  ["3亿4500万", 345000000],
  ["123", 123],
  ["-5.5", -5.5],
  ["１２３", 123],
  ["０．５", 0.5],
  [" 十 二 ", 12],
];

describe("parseChineseNumber", () => {
  test.each(parses)("parseChineseNumber: reads %s as %s", (s, expected) => {
    expect(parseChineseNumber(s)).toBe(expected);
  });
  // Faults of the peers we must not have (nzh reads 二〇二五 as 225, 两千 and 5.88万 as 0).
  test.each([
    "abc",
    "",
    "十百",
    "一二十",
    "万",
    "亿",
    "1.2.3",
    "十二三",
    "5 053",
    "三零五十",
    "一万二万",
    "12千",
    "负",
    "点五",
    "1,234",
    "点五万",
    "一千零九点六亿万",
    "一千零九点六万万",
  ])("parseChineseNumber: refuses %j instead of guessing", (s) => {
    expect(() => parseChineseNumber(s)).toThrow(
      expect.objectContaining({ code: "invalid-number" }),
    );
    expect(safeParseChineseNumber(s).success).toBe(false);
  });
  test("parseChineseNumber: reads back every integer toChineseNumber writes", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.constantFrom("lower", "upper"),
        fc.constantFrom("十", "一十"),
        fc.constantFrom("零", "〇"),
        (n, style, tenStyle, zero) => {
          const back = parseChineseNumber(toChineseNumber(n, { style, tenStyle, zero }));
          expect(BigInt(back)).toBe(n);
        },
      ),
    );
  });
  test("parseChineseNumber: reads back every safe number toChineseNumber writes", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.maxSafeInteger(),
          fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
        ),
        (n) => {
          expect(parseChineseNumber(toChineseNumber(n))).toBe(n === 0 ? 0 : n);
        },
      ),
    );
  });
  test("parseChineseNumber: throws nothing but FormatError on any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^[零〇一二两三四五六七八九十百千万亿点负廿.\d-]{0,12}$/),
        ),
        (s) => {
          const r = safeParseChineseNumber(s);
          if (!r.success) expect(r.error).toBeInstanceOf(FormatError);
        },
      ),
    );
  });
  // issue 15: a malformed numeral was read as a number (二十〇五 → 25); a 零 must skip a place.
  test.each([
    "二十〇五",
    "二十零五",
    "一百零五十",
    "一百零十",
    "一万零五千",
    "一千零万",
    "一百零",
    "一万零",
    "一亿零五千万",
    "二十零五万",
    "三千零二百五",
  ])("parseChineseNumber: refuses the 零 of %j, which skips no place", (s) => {
    expect(() => parseChineseNumber(s)).toThrow(
      expect.objectContaining({ code: "invalid-number", name: "FormatError" }),
    );
  });
  test.each([
    ["一千零十", 1010],
    ["一万零五百", 10500],
    ["十万零七千", 107000],
    ["一亿零五千", 100005000],
    ["一亿零五十万", 100500000],
    ["十亿零五千万", 1050000000],
    ["一万零一亿", 1000100000000],
    ["一千零零五", 1005],
    ["1万1234", 11234],
    ["3亿4500万", 345000000],
    ["一万五", 15000],
  ] as const)("parseChineseNumber: reads the 零 or digits of %j as %s", (s, expected) => {
    expect(parseChineseNumber(s)).toBe(expected);
  });
  // issue 15: 11111111111111111.5 came back as 11111111111111112.
  test.each([
    "11111111111111111.5",
    "一亿亿点五",
    "9007199254740993.5",
    "0.30000000000000000001",
    "拾萬億点五九五",
  ])("parseChineseNumber: refuses %j, a decimal no double holds, instead of rounding it", (s) => {
    expect(() => parseChineseNumber(s)).toThrow(expect.objectContaining({ code: "out-of-range" }));
  });
  test.each([
    ["0.30000000000000004", 0.30000000000000004],
    ["1234567890.12345", 1234567890.12345],
    ["零点零零零零零零一五", 1.5e-7],
  ] as const)("parseChineseNumber: reads %j exactly", (s, expected) => {
    expect(parseChineseNumber(s)).toBe(expected);
  });
  test("parseChineseNumber: decimals toChineseNumber writes, with a scale after them, read as the scaled decimal (a bigint above 2^53)", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 99_999_999 }),
        fc.stringMatching(/^\d{0,3}[1-9]$/),
        fc.constantFrom(["万", 4], ["亿", 8], ["万亿", 12], ["萬", 4], ["億", 8]),
        (int, frac, [scale, places]) => {
          const text = `${toChineseNumber(`${int}.${frac}`)}${scale}`;
          expect(Number(parseChineseNumber(text))).toBe(Number(`${int}.${frac}e${places}`));
        },
      ),
      { numRuns: 2000 },
    );
  });
  test("parseChineseNumber: a 零 inserted after any unit gives the same number or an error, never another number", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.nat(), (n, at) => {
        const s = toChineseNumber(n);
        const units = [...s.matchAll(/[十百千万亿](?!零|$)/g)].map((m) => (m.index ?? 0) + 1);
        if (units.length === 0) return;
        const i = units[at % units.length] as number;
        const r = safeParseChineseNumber(`${s.slice(0, i)}零${s.slice(i)}`);
        if (r.success) expect(r.data).toBe(n);
        else expect(r.error.code).toBe("invalid-number");
      }),
      { numRuns: 2000 },
    );
  });
  test("parseChineseNumber: any decimal comes back exact, as its shortest double, or out-of-range", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{0,19}$/),
        fc.stringMatching(/^\d{0,6}[1-9]$/),
        (int, frac) => {
          const r = safeParseChineseNumber(`${int}.${frac}`);
          if (r.success) expect(String(r.data)).toBe(String(Number(`${int}.${frac}`)));
          if (r.success) expect(String(r.data).replace(/e.*|\D/g, "")).toBe(`${int}${frac}`);
          else expect(r.error.code).toBe("out-of-range");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
