import {
  FormatError,
  parseChineseMoney,
  safeParseChineseMoney,
  toChineseMoney,
} from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

// Examples of 《正确填写票据和结算凭证的基本规定》 (payment settlement rules) and GB/T 15835-2011 §4.3.
const cases: [number | string | bigint, string][] = [
  [0, "零元整"],
  [0.5, "伍角整"],
  [0.05, "伍分"],
  [0.55, "伍角伍分"],
  [0.1, "壹角整"],
  [1, "壹元整"],
  [2, "贰元整"],
  [10, "壹拾元整"],
  [11, "壹拾壹元整"],
  [15, "壹拾伍元整"],
  [20, "贰拾元整"],
  [100, "壹佰元整"],
  [101, "壹佰零壹元整"],
  [110, "壹佰壹拾元整"],
  [1000, "壹仟元整"],
  [1005.07, "壹仟零伍元零柒分"],
  [1010, "壹仟零壹拾元整"],
  [1409.5, "壹仟肆佰零玖元伍角整"],
  [1680.32, "壹仟陆佰捌拾元叁角贰分"],
  [6007.14, "陆仟零柒元壹角肆分"],
  [10000, "壹万元整"],
  [10010, "壹万零壹拾元整"],
  [16409.02, "壹万陆仟肆佰零玖元零贰分"],
  [100000, "壹拾万元整"],
  [107000.53, "壹拾万柒仟元伍角叁分"],
  [325.04, "叁佰贰拾伍元零肆分"],
  [100000000, "壹亿元整"],
  [100010000, "壹亿零壹万元整"],
  [123456789.12, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"],
  [1.1, "壹元壹角整"],
  [1.01, "壹元零壹分"],
  ["1.50", "壹元伍角整"],
  ["1.500", "壹元伍角整"],
  ["0.00", "零元整"],
  [
    "12345678901234567.89",
    "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖亿零壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分",
  ],
  [10n, "壹拾元整"],
  [10n ** 20n, "壹万亿亿元整"],
];

describe("toChineseMoney", () => {
  test.each(cases)("toChineseMoney: writes %s 元 as %s", (amount, expected) => {
    expect(toChineseMoney(amount)).toBe(expected);
  });
  test("toChineseMoney: writes the 人民币 prefix when asked", () => {
    expect(toChineseMoney(100, { prefix: "人民币" })).toBe("人民币壹佰元整");
  });
  test.each([
    [-1, "negative-amount"],
    ["-0.01", "negative-amount"],
    [-5n, "negative-amount"],
    [1.005, "too-many-decimals"],
    ["1.005", "too-many-decimals"],
    [0.1 + 0.2, "too-many-decimals"],
    [Number.NaN, "not-finite"],
    [2 ** 60, "unsafe-integer"],
    ["abc", "invalid-number"],
    [10n ** 21n, "out-of-range"],
  ] as const)("toChineseMoney: rejects %s with %s, never rounding silently", (amount, code) => {
    expect(() => toChineseMoney(amount)).toThrow(expect.objectContaining({ code }));
  });
  test("toChineseMoney: writes a number with 角 and 分 as it writes its decimal string", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 1e14, noNaN: true }),
          fc.integer({ min: 0, max: 1e12 }).map((n) => n / 100),
          fc.integer({ min: -1e6, max: 1e15 }).map((n) => n / 100),
        ),
        (amount) => {
          fc.pre(!String(amount).includes("e")); // a decimal string has no exponent
          const code = (f: () => string): string => {
            try {
              return f();
            } catch (error) {
              return (error as FormatError).code;
            }
          };
          expect(code(() => toChineseMoney(amount))).toBe(
            code(() => toChineseMoney(String(amount))),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });
  test("toChineseMoney: reports a negative amount in a message that names the problem and the input", () => {
    expect(() => toChineseMoney(-5)).toThrowErrorMatchingInlineSnapshot(
      `[FormatError: toChineseMoney：金额为负数（negative-amount）：应为 0 或以上的金额，实际为 "-5"]`,
    );
  });
});

describe("parseChineseMoney", () => {
  test.each(cases)("parseChineseMoney: reads back %s 元", (amount, text) => {
    expect(parseChineseMoney(text).amount).toBe(
      String(amount)
        .replace(/(\.\d*?)0+$/, "$1")
        .replace(/\.$/, "")
        .replace(/^0\.?$/, "0"),
    );
  });
  test.each([
    ["人民币壹佰元整", { amount: "100", value: 100, prefix: "人民币" }],
    ["壹佰元正", { amount: "100", value: 100 }],
    ["壹佰圆整", { amount: "100", value: 100 }],
    ["壹仟陆佰捌拾元零叁角贰分", { amount: "1680.32", value: 1680.32 }],
    ["壹拾万零柒仟元伍角叁分", { amount: "107000.53", value: 107000.53 }],
    ["拾元整", { amount: "10", value: 10 }],
    ["伍角", { amount: "0.5", value: 0.5 }],
    ["一百元整", { amount: "100", value: 100 }],
    ["壹 佰 元 整", { amount: "100", value: 100 }],
  ])("parseChineseMoney: reads the variant %s", (text, expected) => {
    expect(parseChineseMoney(text)).toEqual(expected);
  });
  test.each([
    "壹佰",
    "abc",
    "",
    "壹元伍分角",
    "人民币",
    "壹元伍",
    "伍角整元",
    "柒仟万零元",
    "贰拾零伍元",
  ])("parseChineseMoney: refuses %j", (text) => {
    expect(() => parseChineseMoney(text)).toThrow(
      expect.objectContaining({ code: "invalid-money" }),
    );
  });
  test("parseChineseMoney: refuses an amount above 10^20 元, as toChineseMoney does, rather than round it", () => {
    expect(() => parseChineseMoney("壹万亿亿零壹元")).toThrow(
      expect.objectContaining({ code: "out-of-range" }),
    );
    expect(parseChineseMoney("壹万亿亿元").amount).toBe("100000000000000000000");
  });
  test("parseChineseMoney: reads back every amount toChineseMoney writes", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 19n }),
        fc.integer({ min: 0, max: 99 }),
        (yuan, cents) => {
          const amount = `${yuan}.${String(cents).padStart(2, "0")}`;
          const expected = cents
            ? `${yuan}.${String(cents).padStart(2, "0")}`.replace(/0$/, "")
            : String(yuan);
          expect(parseChineseMoney(toChineseMoney(amount)).amount).toBe(expected);
        },
      ),
    );
  });
  test("parseChineseMoney: throws nothing but FormatError on any text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = safeParseChineseMoney(s);
        if (!r.success) expect(r.error).toBeInstanceOf(FormatError);
      }),
    );
  });
});
