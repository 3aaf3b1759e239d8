import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Periods a title states with its year, in the forms offices print (issue 14): quarters with or
 * without `第`, `前三季度`, month spans with both months named (`1月至8月`), a whole year (`全年`).
 */

const periodOf = (title: string) =>
  parseBulletinText(`${title}\n一、总体情况\n共受理95件。`).bulletin.issue.period;

const lastDay = (year: number, month: number): string =>
  `${year}-${String(month).padStart(2, "0")}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;

describe("periods stated in a title", () => {
  test.each([
    {
      title: "某市2025年二季度12345热线运行分析",
      period: { kind: "range", start: "2025-04-01", end: "2025-06-30" },
    },
    {
      title: "某市2025年4季度12345热线运行分析",
      period: { kind: "range", start: "2025-10-01", end: "2025-12-31" },
    },
    {
      title: "某市2025年前三季度经济运行情况",
      period: { kind: "range", start: "2025-01-01", end: "2025-09-30" },
    },
    {
      title: "某市2025年1月至8月公共资源交易情况",
      period: { kind: "range", start: "2025-01-01", end: "2025-08-31" },
    },
    {
      title: "某市2024年1月份-2月份统计月报",
      period: { kind: "range", start: "2024-01-01", end: "2024-02-29" },
    },
    { title: "某市2024年全年12345热线运行分析", period: { kind: "year", year: 2024 } },
    {
      title: "某市2025年1-8月公共资源交易情况",
      period: { kind: "range", start: "2025-01-01", end: "2025-08-31" },
    },
    { title: "某市2025年11月12345热线运行通报", period: { kind: "month", month: "2025-11" } },
    { title: "某市前三季度经济运行情况", period: undefined },
  ])("parseBulletinText: $title states $period.kind", ({ title, period }) => {
    expect(periodOf(title)).toEqual(period);
  });

  test("parseBulletinText: a span of months named at both ends (a月至b月, a月-b月) is read as those months (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom("至", "-", "—", "到"),
        (year, a, extra, dash) => {
          const b = Math.min(12, a + extra);
          expect(periodOf(`某市${year}年${a}月${dash}${b}月公共资源交易情况`)).toEqual({
            kind: "range",
            start: `${year}-${String(a).padStart(2, "0")}-01`,
            end: lastDay(year, b),
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  test("parseBulletinText: a quarter, with or without 第, in Chinese or Arabic numerals, is its three months (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        (year, q, di, chinese) => {
          const n = chinese ? "一二三四".charAt(q - 1) : String(q);
          expect(periodOf(`某市${year}年${di ? "第" : ""}${n}季度热线运行分析`)).toEqual({
            kind: "range",
            start: `${year}-${String(q * 3 - 2).padStart(2, "0")}-01`,
            end: lastDay(year, q * 3),
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
