import {
  FormatError,
  formatIssueNumber,
  type IssueNumber,
  parseIssueNumber,
  safeParseIssueNumber,
} from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

const cases: [IssueNumber, string][] = [
  [{ number: 9 }, "第9期"],
  [{ number: 1 }, "第1期"],
  [{ number: 9, year: 2025 }, "2025年第9期"],
  [{ number: 9, totalNumber: 123 }, "第9期（总第123期）"],
  [{ number: 5, year: 2023, totalNumber: 88 }, "2023年第5期（总第88期）"],
  [{ number: 1, supplement: true }, "增刊第1期"],
  [{ number: 2, year: 2025, supplement: true }, "2025年增刊第2期"],
];

describe("formatIssueNumber", () => {
  test.each(cases)("formatIssueNumber: writes %j as %s", (issue, expected) => {
    expect(formatIssueNumber(issue)).toBe(expected);
    expect(parseIssueNumber(expected)).toEqual(issue);
  });
  test.each([
    { number: 0 },
    { number: -1 },
    { number: 1.5 },
    { number: 1, year: 10000 },
    { number: 1, totalNumber: 0 },
    {},
  ])("formatIssueNumber: rejects %j", (issue) => {
    expect(() => formatIssueNumber(issue as IssueNumber)).toThrow(
      expect.objectContaining({ code: "out-of-range" }),
    );
  });
  test("formatIssueNumber: is read back for every issue number", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            number: fc.integer({ min: 1, max: 1e6 }),
            year: fc.integer({ min: 1, max: 9999 }),
            totalNumber: fc.integer({ min: 1, max: 1e9 }),
            supplement: fc.constant(true),
          },
          { requiredKeys: ["number"] },
        ),
        (issue) => {
          expect(parseIssueNumber(formatIssueNumber(issue))).toEqual(issue);
        },
      ),
    );
  });
});

describe("parseIssueNumber", () => {
  test.each([
    ["第9期", { number: 9 }],
    ["第 9 期", { number: 9 }],
    ["第九期", { number: 9 }],
    ["第十二期", { number: 12 }],
    ["2025年第9期", { number: 9, year: 2025 }],
    ["二〇二五年第九期", { number: 9, year: 2025 }],
    ["第9期（总第123期）", { number: 9, totalNumber: 123 }],
    ["第9期(总第123期)", { number: 9, totalNumber: 123 }],
    ["第9期 总第123期", { number: 9, totalNumber: 123 }],
    ["总第123期", { totalNumber: 123 }],
    ["增刊第1期", { number: 1, supplement: true }],
  ])("parseIssueNumber: reads %s", (text, expected) => {
    expect(parseIssueNumber(text)).toEqual(expected);
  });
  test.each(["", "第期", "第0期", "9期", "2025年", "第a期", "第9期（总第期）", "〔2025〕5号"])(
    "parseIssueNumber: refuses %j",
    (text) => {
      expect(() => parseIssueNumber(text)).toThrow(
        expect.objectContaining({ code: "invalid-issue-number" }),
      );
    },
  );
  test("parseIssueNumber: throws nothing but FormatError on any text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = safeParseIssueNumber(s);
        if (!r.success) expect(r.error).toBeInstanceOf(FormatError);
      }),
    );
  });
});
