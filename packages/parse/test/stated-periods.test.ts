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

/**
 * Spans met beside the eighth tuning batch (issue 14): quarters named at both ends, a span over
 * the turn of a year, and a report on two weeks.
 */
describe("spans of quarters, over a year's turn and of weeks", () => {
  test.each([
    {
      title: "某市2023年一至三季度经济运行情况",
      period: { kind: "range", start: "2023-01-01", end: "2023-09-30" },
    },
    {
      title: "某市2023年第2-3季度12315投诉举报分析",
      period: { kind: "range", start: "2023-04-01", end: "2023-09-30" },
    },
    {
      title: "某市2024年12月—2025年2月供暖季12345热线诉求分析",
      period: { kind: "range", start: "2024-12-01", end: "2025-02-28" },
    },
    {
      title: "12345热线2019年第25-26周（6月17日—6月30日）情况通报",
      period: { kind: "range", start: "2019-06-17", end: "2019-06-30" },
    },
  ])("parseBulletinText: $title states $period.kind", ({ title, period }) => {
    expect(periodOf(title)).toEqual(period);
  });

  test("parseBulletinText: a span from a month to a month of the next year is read whole (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2098 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("至", "-", "—", "到"),
        (year, a, b, dash) => {
          expect(periodOf(`某市${year}年${a}月${dash}${year + 1}年${b}月诉求分析`)).toEqual({
            kind: "range",
            start: `${year}-${String(a).padStart(2, "0")}-01`,
            end: lastDay(year + 1, b),
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("spans of days written with dots or dashes", () => {
  test.each([
    {
      title: "12345热线周报（2024.7.8—7.14）",
      period: { kind: "range", start: "2024-07-08", end: "2024-07-14" },
    },
    {
      title: "12345热线运行情况（2024-07-08至2024-07-14）",
      period: { kind: "range", start: "2024-07-08", end: "2024-07-14" },
    },
    {
      title: "12345热线运行情况（2024.12.30—2025.1.5）",
      period: { kind: "range", start: "2024-12-30", end: "2025-01-05" },
    },
    { title: "12345热线运行情况（统计时间：2021-07-20）", period: undefined },
  ])("parseBulletinText: $title states its days", ({ title, period }) => {
    expect(periodOf(title)).toEqual(period);
  });

  test("parseBulletinText: a span of days with dots is the span the same days with 年月日 are (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 20 }),
        (year, month, day, days) => {
          const end = Math.min(28, day + days);
          expect(periodOf(`12345热线周报（${year}.${month}.${day}—${month}.${end}）`)).toEqual(
            periodOf(`12345热线周报（${year}年${month}月${day}日—${month}月${end}日）`),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
