import { FormatError } from "@bulletin/format";
import { expect, test } from "vitest";

test("index: exports exactly the public API", async () => {
  expect(Object.keys(await import("@bulletin/format")).sort()).toEqual([
    "BulletinError",
    "FormatError",
    "dateSpanBounds",
    "formatChange",
    "formatDate",
    "formatDateSpan",
    "formatIssueNumber",
    "formatPercent",
    "formatPointChange",
    "formatQuantity",
    "isBulletinError",
    "isLocale",
    "isValidIsoDate",
    "localeOf",
    "parseChange",
    "parseChineseMoney",
    "parseChineseNumber",
    "parseDate",
    "parseDateSpan",
    "parseIssueNumber",
    "parsePercent",
    "parsePointChange",
    "parseQuantity",
    "parseSectionMarker",
    "placeTableCells",
    "safeParseChange",
    "safeParseChineseMoney",
    "safeParseChineseNumber",
    "safeParseDate",
    "safeParseDateSpan",
    "safeParseIssueNumber",
    "safeParsePercent",
    "safeParsePointChange",
    "safeParseQuantity",
    "safeParseSectionMarker",
    "sectionMarker",
    "toChineseMoney",
    "toChineseNumber",
  ]);
});

test("FormatError: carries a literal code, its name and a message that quotes a truncated input", () => {
  const error = new FormatError("invalid-number", "x");
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe("FormatError");
  expect(error.code).toBe("invalid-number");
});

test("parseChineseNumber: refuses a run of digits above 10^20", async () => {
  const { parseChineseNumber } = await import("@bulletin/format");
  expect(() => parseChineseNumber("一".repeat(100))).toThrow(
    expect.objectContaining({ code: "out-of-range" }),
  );
});

test("FormatError: messages cut the input at 40 characters", async () => {
  const { parseChineseNumber } = await import("@bulletin/format");
  expect(() => parseChineseNumber("abc".repeat(30))).toThrowErrorMatchingInlineSnapshot(
    `[FormatError: parseChineseNumber：无法识别的数（invalid-number）：应为形如“一千零一”的中文数字，实际为 "abcabcabcabcabcabcabcabcabcabcabcabcabc…"]`,
  );
});
