import { isLocale, type Locale, localeOf } from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, expectTypeOf, test } from "vitest";

describe("localeOf", () => {
  test.each([
    ["en", "en"],
    ["zh-CN", "zh-CN"],
    [undefined, "zh-CN"],
    [null, "zh-CN"],
    ["zh", "zh-CN"],
    ["EN", "zh-CN"],
    ["fr", "zh-CN"],
    [1, "zh-CN"],
  ] as const)("localeOf: %j gives %s", (value, expected) => {
    expect(localeOf(value)).toBe(expected);
  });

  test("localeOf: any value other than the two locales falls back to the default zh-CN", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const locale = localeOf(value);
        expect(locale).toBe(value === "en" ? "en" : "zh-CN");
        expect(isLocale(locale)).toBe(true);
      }),
    );
  });

  test("localeOf: returns the Locale type", () => {
    expectTypeOf(localeOf).returns.toEqualTypeOf<Locale>();
  });
});

describe("isLocale", () => {
  test.each([
    ["en", true],
    ["zh-CN", true],
    ["zh-cn", false],
    ["zh", false],
    ["", false],
    [undefined, false],
    [{ locale: "en" }, false],
  ] as const)("isLocale: %j is %s", (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });

  test("isLocale: narrows to Locale", () => {
    const value: unknown = "en";
    if (isLocale(value)) expectTypeOf(value).toEqualTypeOf<Locale>();
  });
});
