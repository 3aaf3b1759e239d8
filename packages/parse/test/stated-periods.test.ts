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

/**
 * Periods a report's opening states (issue 14, session 5): days with times of day, a year the
 * opening line leads with, a half year later in its year's clause; a month's end is a point in
 * time, not a month reported on.
 */
describe("periods a report's opening states", () => {
  const openingPeriod = (opening: string) =>
    parseBulletinText(`某县工作情况通报\n${opening}\n一、总体情况\n共受理95件。`).bulletin.issue
      .period;

  test.each([
    {
      what: "days with times of day are the days",
      opening: "2019年6月28日12:00至2019年7月12日12:00，平台共受理市民诉求4217件。",
      period: { kind: "range", start: "2019-06-28", end: "2019-07-12" },
    },
    {
      what: "days with hours (0时, 24时) are the days",
      opening: "2024年7月1日0时至7月7日24时，热线共受理来电3120件。",
      period: { kind: "range", start: "2024-07-01", end: "2024-07-07" },
    },
    {
      what: "an opening line led by a year alone states that year",
      opening: "2015年，面对复杂的外部环境，全县经济平稳发展。",
      period: { kind: "year", year: 2015 },
    },
    {
      what: "a year leading the subject without a comma states that year, before a month stated later",
      opening:
        "2022年全省各级交易中心累计完成交易24550宗。\n在2022年12月完成交易的项目中，成交金额上亿元的项目达102宗。",
      period: { kind: "year", year: 2022 },
    },
    {
      what: "a half year later in its year's clause is that half year",
      opening: "督查组对2025年《政府工作报告》主要目标任务上半年工作落实情况进行了督查。",
      period: { kind: "range", start: "2025-01-01", end: "2025-06-30" },
    },
    {
      what: "a quarter later in its year's clause is that quarter",
      opening: "现将2024年全县重点项目三季度推进情况通报如下。",
      period: { kind: "range", start: "2024-07-01", end: "2024-09-30" },
    },
    {
      what: "a month's end is a point in time, not the month reported on",
      opening: "截至2020年12月底，全市共进驻事项8554项。",
      period: undefined,
    },
    {
      what: "a year leading a later sentence of the opening states no period",
      opening:
        "近年来，全省各地持续深化改革，取得良好成效。\n2020年，某市坚持以人民为中心，全面推进改革。",
      period: undefined,
    },
    {
      what: "a year since which or at whose end something holds states no period",
      opening: "2021年以来，热线不断提高接听效率。\n2021年底，累计受理8万件。",
      period: undefined,
    },
    {
      what: "a half year in another clause than its year's is not read with it",
      opening: "县政府对2025年任务作了分解，上半年工作进展顺利。",
      period: undefined,
    },
    {
      what: "a year before a month span states the span",
      opening: "2023年1-10月，全县受理诉求1.2万件。",
      period: { kind: "range", start: "2023-01-01", end: "2023-10-31" },
    },
    {
      what: "a date leading the opening line states no period",
      opening: "2025年11月10日，县政务服务中心召开会议。",
      period: undefined,
    },
  ])("parseBulletinText: $what", ({ opening, period }) => {
    expect(openingPeriod(opening)).toEqual(period);
  });

  test("parseBulletinText: a time of day after each day leaves the span of days unchanged (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 22 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom("12:00", "0时", "8：30", "24时"),
        (year, month, day, extra, time) => {
          const to = day + extra;
          const plain = `${year}年${month}月${day}日至${month}月${to}日，共受理诉求95件。`;
          const timed = `${year}年${month}月${day}日${time}至${month}月${to}日${time}，共受理诉求95件。`;
          expect(openingPeriod(timed)).toEqual(openingPeriod(plain));
          expect(openingPeriod(plain)).toEqual({
            kind: "range",
            start: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
            end: `${year}-${String(month).padStart(2, "0")}-${String(to).padStart(2, "0")}`,
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** More forms of a period a title states (issue 14, session 5). */
describe("periods in further forms", () => {
  test.each([
    {
      title: "某市2023年前10个月经济运行情况",
      period: { kind: "range", start: "2023-01-01", end: "2023-10-31" },
    },
    {
      title: "某市2023年前十一个月经济运行情况",
      period: { kind: "range", start: "2023-01-01", end: "2023-11-30" },
    },
    {
      title: "某市2023年10月上旬热线运行情况",
      period: { kind: "xun", month: "2023-10", part: "early" },
    },
    {
      title: "某市2023年10月下旬热线运行情况",
      period: { kind: "xun", month: "2023-10", part: "late" },
    },
    { title: "某市二〇二三年十月份工作简报", period: { kind: "month", month: "2023-10" } },
    {
      title: "某县二○二四年一至十一月经济运行简况",
      period: { kind: "range", start: "2024-01-01", end: "2024-11-30" },
    },
    {
      title: "某市2024年一至十一月经济运行简况",
      period: { kind: "range", start: "2024-01-01", end: "2024-11-30" },
    },
    { title: "某市2023年12345热线年度运行报告", period: { kind: "year", year: 2023 } },
    { title: "某市2023年热线工作年报", period: { kind: "year", year: 2023 } },
    { title: "某市前10个月经济运行情况", period: undefined },
    { title: "某市2025年12345热线11月运行情况", period: { kind: "month", month: "2025-11" } },
    {
      title: "某市2025年全市1-10月经济运行简况",
      period: { kind: "range", start: "2025-01-01", end: "2025-10-31" },
    },
    { title: "2022年某省公共资源交易情况", period: { kind: "year", year: 2022 } },
    { title: "某市2023年消费者投诉举报情况分析", period: { kind: "year", year: 2023 } },
    { title: "某市2023年以来工作情况", period: undefined },
    { title: "某市2023年秋冬季供暖情况", period: undefined },
    { title: "某市2025年12345热线截至11月底运行情况", period: undefined },
    { title: "某市二〇二三年工作要点（第十期）", period: undefined },
  ])("parseBulletinText: $title states $period", ({ title, period }) => {
    expect(periodOf(title)).toEqual(period);
  });

  test("parseBulletinText: a year and months in Chinese numerals state the period the same figures in Arabic ones do (property)", () => {
    const cn = (n: number): string =>
      n <= 10 ? "〇一二三四五六七八九十".charAt(n) : `十${"〇一二".charAt(n - 10)}`;
    const cnYear = (y: number): string =>
      [...String(y)].map((d) => "〇一二三四五六七八九".charAt(Number(d))).join("");
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 11 }),
        (year, a, extra) => {
          const b = Math.min(12, a + extra);
          const span = a === b ? `${a}月份` : `${a}至${b}月`;
          const cnSpan = a === b ? `${cn(a)}月份` : `${cn(a)}至${cn(b)}月`;
          expect(periodOf(`某市${cnYear(year)}年${cnSpan}经济运行情况`)).toEqual(
            periodOf(`某市${year}年${span}经济运行情况`),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
