import {
  FormatError,
  type FormatErrorCode,
  formatDateSpan,
  formatPercent,
  parseChange,
  parseChineseMoney,
  parseChineseNumber,
  parseDate,
  parseDateSpan,
  parseIssueNumber,
  parsePercent,
  parsePointChange,
  parseQuantity,
  parseSectionMarker,
  toChineseMoney,
  toChineseNumber,
} from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { FORMAT_ERROR_CODES, FORMAT_MESSAGES } from "./internal/messages";

const HAN = /[\u4e00-\u9fff]/;
const params = { fn: "parsePercent", expected: "某种形式", got: '"x"' };

const thrown = (f: () => unknown): FormatError => {
  try {
    f();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("did not throw");
};

describe("FormatError messages", () => {
  test.each(FORMAT_ERROR_CODES)(
    "FORMAT_MESSAGES: %s has a Chinese zh-CN and an English en message",
    (code) => {
      const zh = FORMAT_MESSAGES[code]["zh-CN"](params);
      const en = FORMAT_MESSAGES[code].en({ ...params, expected: "a form" });
      expect(zh.length).toBeGreaterThan(0);
      expect(en.length).toBeGreaterThan(0);
      expect(zh).toMatch(HAN);
      expect(zh).toContain(code);
      expect(en).not.toMatch(HAN);
      expect(en).toContain(code);
    },
  );

  test("FORMAT_ERROR_CODES: each code has its own Chinese meaning", () => {
    const leads = FORMAT_ERROR_CODES.map(
      (code) => FORMAT_MESSAGES[code]["zh-CN"](params).split("（")[0],
    );
    expect(new Set(leads).size).toBe(FORMAT_ERROR_CODES.length);
  });

  // One real call per code: every code is thrown somewhere, with both messages.
  const calls: [FormatErrorCode, () => unknown][] = [
    ["not-finite", () => toChineseNumber(Number.NaN)],
    ["unsafe-integer", () => toChineseNumber(2 ** 60)],
    ["out-of-range", () => parseChineseNumber("一".repeat(100))],
    ["negative-amount", () => toChineseMoney(-5)],
    ["too-many-decimals", () => toChineseMoney("1.005")],
    ["invalid-option", () => formatPercent(0.1, { fractionDigits: 99 })],
    ["invalid-date", () => parseDate("2025年2月30日")],
    ["invalid-date-span", () => formatDateSpan({ kind: "week" } as never)],
    ["missing-reference-year", () => parseDate("11月10日")],
    ["invalid-number", () => parseChineseNumber("abc")],
    ["invalid-money", () => parseChineseMoney("abc")],
    ["invalid-quantity", () => parseQuantity("abc")],
    ["invalid-section-marker", () => parseSectionMarker("abc")],
    ["invalid-issue-number", () => parseIssueNumber("abc")],
    ["invalid-percent", () => parsePercent("abc")],
    ["invalid-change", () => parseChange("abc")],
  ];

  test("the table of calls covers every code", () => {
    expect(calls.map(([code]) => code).sort()).toEqual([...FORMAT_ERROR_CODES].sort());
  });

  test.each(calls)("FormatError %s: message is zh-CN, messages has zh-CN and en", (code, call) => {
    const error = thrown(call);
    expect(error.code).toBe(code);
    expect(error.message).toBe(error.messages["zh-CN"]);
    expect(error.messages["zh-CN"]).toMatch(HAN);
    expect(error.messages["zh-CN"]).toMatch(new RegExp(`（${code}）：应为.+，实际为 "`));
    expect(error.messages.en).toMatch(new RegExp(`failed \\(${code}\\): expected .+, got "`));
  });

  test("FormatError: both messages name the function and quote the input cut at 40 characters", () => {
    const error = thrown(() => parseChineseNumber("abc".repeat(30)));
    expect(error.messages).toEqual({
      "zh-CN":
        'parseChineseNumber：无法识别的数（invalid-number）：应为形如“一千零一”的中文数字，实际为 "abcabcabcabcabcabcabcabcabcabcabcabcabc…"',
      en: 'parseChineseNumber failed (invalid-number): expected a Chinese numeral like 一千零一, got "abcabcabcabcabcabcabcabcabcabcabcabcabc…"',
    });
  });

  test("FormatError: an invalid option keeps its path in both locales", () => {
    const error = thrown(() => formatPercent(0.1, { fractionDigits: -1 }));
    expect(error.path).toEqual(["fractionDigits"]);
    expect(error.messages.en).toContain("fractionDigits 0–20");
    expect(error.messages["zh-CN"]).toContain("fractionDigits 为 0–20");
  });

  test("FormatError: built by hand without messages uses its message for both locales", () => {
    const error = new FormatError("invalid-number", "x");
    expect(error.messages).toEqual({ "zh-CN": "x", en: "x" });
  });

  test("parsers: whatever they refuse, the error has a Chinese zh-CN and an English en message", () => {
    const parsers = [
      parseChineseNumber,
      parseChineseMoney,
      parseQuantity,
      parseSectionMarker,
      parseIssueNumber,
      parsePercent,
      parseChange,
      parsePointChange,
      (t: string) => parseDate(t, { referenceYear: 2025 }),
      (t: string) => parseDateSpan(t, { referenceYear: 2025 }),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...parsers), fc.string({ maxLength: 60 }), (parse, text) => {
        let error: unknown;
        try {
          parse(text);
          return;
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(FormatError);
        const { code, message, messages } = error as FormatError;
        expect(message).toBe(messages["zh-CN"]);
        expect(messages["zh-CN"]).toContain(`（${code}）：应为`);
        expect(messages.en).toContain(`failed (${code}): expected`);
      }),
      { numRuns: 500 },
    );
  });
});
