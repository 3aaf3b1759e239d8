import {
  FormatError,
  formatDate,
  isValidIsoDate,
  parseDate,
  safeParseDate,
} from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

// GB/T 9704-2012 §7.3.5.4 (Arabic, full year, no padding); GB/T 15835-2011 §4.1.1; 〇 in years.
const formats: [Parameters<typeof formatDate>[0], Parameters<typeof formatDate>[1], string][] = [
  ["2025-11-10", {}, "2025年11月10日"],
  ["2025-01-01", {}, "2025年1月1日"],
  ["2008-08-08", {}, "2008年8月8日"],
  ["2024-02-29", {}, "2024年2月29日"],
  ["2025-11-10", { style: "chinese" }, "二〇二五年十一月十日"],
  ["2000-01-01", { style: "chinese" }, "二〇〇〇年一月一日"],
  ["2012-12-31", { style: "chinese" }, "二〇一二年十二月三十一日"],
  ["1999-10-20", { style: "chinese" }, "一九九九年十月二十日"],
  ["2025-11-10", { year: false }, "11月10日"],
  ["2025-11-10", { style: "chinese", year: false }, "十一月十日"],
  [{ year: 2025, month: 9, day: 8 }, {}, "2025年9月8日"],
  [new Date(2025, 10, 10), {}, "2025年11月10日"],
  ["0999-01-01", {}, "999年1月1日"],
];

describe("formatDate", () => {
  test.each(formats)("formatDate: writes %j with %o as %s", (date, options, expected) => {
    expect(formatDate(date, options)).toBe(expected);
  });
  test.each([
    "2025-02-29",
    "2025-13-01",
    "2025-00-10",
    "2025-9-8",
    "0000-01-01",
    "abc",
    "2025-11-10T00:00",
  ])("formatDate: rejects %j as invalid-date", (date) => {
    expect(() => formatDate(date)).toThrow(expect.objectContaining({ code: "invalid-date" }));
  });
  test("formatDate: rejects an invalid Date object and a date of fractional parts", () => {
    expect(() => formatDate(new Date(Number.NaN))).toThrow(FormatError);
    expect(() => formatDate({ year: 2025, month: 1.5, day: 1 })).toThrow(FormatError);
  });
  test("formatDate: is read back by parseDate in both styles", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
        fc.constantFrom("arabic", "chinese") as fc.Arbitrary<"arabic">,
        fc.boolean(),
        (d, style, year) => {
          const iso = `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
          expect(
            parseDate(formatDate(iso, { style, year }), { referenceYear: d.getFullYear() }),
          ).toBe(iso);
        },
      ),
    );
  });
});

describe("parseDate", () => {
  test.each([
    ["2025年11月10日", {}, "2025-11-10"],
    ["二〇二五年十一月十日", {}, "2025-11-10"],
    ["二零二五年十一月十日", {}, "2025-11-10"],
    ["2025 年 11 月 10 日", {}, "2025-11-10"],
    ["２０２５年１１月１０日", {}, "2025-11-10"],
    ["2025年11月10号", {}, "2025-11-10"],
    ["11月10日", { referenceYear: 2025 }, "2025-11-10"],
    ["十一月十日", { referenceYear: 2025 }, "2025-11-10"],
    ["2025-11-10", {}, "2025-11-10"],
    ["2025/11/10", {}, "2025-11-10"],
    ["2025.11.10", {}, "2025-11-10"],
    ["2024年2月29日", {}, "2024-02-29"],
    ["二〇〇〇年二月二十九日", {}, "2000-02-29"],
    // A year's 〇 typed as a circle or a letter O (二○○九年, 二OO九年, 二ＯＯ九年).
    ["二○○九年三月三日", {}, "2009-03-03"],
    ["二OO九年三月三日", {}, "2009-03-03"],
    ["二ＯＯ九年三月三日", {}, "2009-03-03"],
  ] as const)("parseDate: reads %s", (text, options, expected) => {
    expect(parseDate(text, options)).toBe(expected);
  });
  test.each([
    ["2025年2月29日", "invalid-date"],
    ["1900年2月29日", "invalid-date"],
    ["2025年13月1日", "invalid-date"],
    ["2025年11月", "invalid-date"],
    ["abc", "invalid-date"],
    // Only a year's four places take a look-alike of 〇: a month or a day does not.
    ["二〇〇九年O月三日", "invalid-date"],
    ["OOOO年三月三日", "invalid-date"],
    ["11月10日", "missing-reference-year"],
  ])("parseDate: refuses %s with %s", (text, code) => {
    expect(() => parseDate(text)).toThrow(expect.objectContaining({ code }));
  });
  test("parseDate: throws nothing but FormatError on any text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = safeParseDate(s, { referenceYear: 2025 });
        if (!r.success) expect(r.error).toBeInstanceOf(FormatError);
      }),
    );
  });
});

describe("isValidIsoDate", () => {
  test.each([
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2025-02-29", false],
    ["2025-02-30", false],
    ["2025-04-31", false],
    ["2025-12-31", true],
    ["2025-9-1", false],
    ["0000-01-01", false],
    ["2025-09-01T00:00", false],
    ["", false],
  ])("isValidIsoDate: says %s is %s", (s, expected) => {
    expect(isValidIsoDate(s)).toBe(expected);
  });
});
