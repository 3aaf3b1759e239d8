import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Reports count their figures from January (issue 14): a paragraph opened by its year alone
 * (`2021年，全市…`) may state later the months it reports on (`现将2021年1~10月…通报如下`,
 * `1-8月共完成投资…`), and titles name the first months without a year (`前八月`). The texts
 * here are written for the tests.
 */

const openingPeriod = (opening: string, title = "某县工作情况通报") =>
  parseBulletinText(`${title}\n${opening}\n一、总体情况\n共受理95件。`).bulletin.issue.period;

const lastDay = (year: number, month: number): string =>
  `${year}-${String(month).padStart(2, "0")}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;

describe("months from January stated after the opening year", () => {
  test.each([
    {
      what: "a span of the same year later in the paragraph is the period, not the whole year",
      opening:
        "2021年，全县承担了12项重点任务，各项工作进展顺利。现将2021年1~9月重点任务完成情况通报如下。",
      period: { kind: "range", start: "2021-01-01", end: "2021-09-30" },
    },
    {
      what: "a span of months without a year in a later sentence of the paragraph is in the opening year",
      opening: "2019年，全县安排重点项目120个，总投资300亿元。1-7月共完成投资85.2亿元。",
      period: { kind: "range", start: "2019-01-01", end: "2019-07-31" },
    },
    {
      what: "前N个月 later in the paragraph counts from January too",
      opening: "2020年，全县计划实施项目56个。前5个月完成投资12亿元。",
      period: { kind: "range", start: "2020-01-01", end: "2020-05-31" },
    },
    {
      what: "a span that does not start in January is no period the report counts to (counter-case)",
      opening: "2023年，全县受理来电12万件。7-9月为来电高峰。",
      period: { kind: "year", year: 2023 },
    },
    {
      what: "a span of another year is no span of the opening year (counter-case)",
      opening: "2023年，全县受理来电12万件，2022年1-12月受理10万件。",
      period: { kind: "year", year: 2023 },
    },
    {
      what: "a title's first months in Chinese numerals without 个, after its year, are that span",
      opening: "全县项目建设进展顺利。",
      title: "某县2018年前八月重点项目建设情况",
      period: { kind: "range", start: "2018-01-01", end: "2018-08-31" },
    },
  ])("parseBulletinText: $what", ({ opening, title, period }) => {
    expect(openingPeriod(opening, title)).toEqual(period);
  });

  test("parseBulletinText: a paragraph opened by a year and stating 1-N月 later reports on January to N of that year (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("-", "~", "至", "—"),
        fc.integer({ min: 1, max: 99_999 }),
        (year, n, dash, count) => {
          const opening = `${year}年，全县受理诉求${count}件。1${dash}${n}月办结率为98%。`;
          expect(openingPeriod(opening)).toEqual({
            kind: "range",
            start: `${year}-01-01`,
            end: lastDay(year, n),
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a span opening a report without its year", () => {
  const withMasthead = (masthead: string, opening: string, title = "12345热线工作简报") =>
    parseBulletinText(
      `${title}\n${masthead}\n某市12345热线管理中心\n${opening}\n一、总体情况\n共受理95件。`,
    ).bulletin.issue.period;

  test.each([
    {
      what: "a span of months opening the report is in the year of its masthead",
      masthead: "2024年第11期\n2024年12月5日",
      opening: "1-11月，热线共受理诉求12000件。",
      period: { kind: "range", start: "2024-01-01", end: "2024-11-30" },
    },
    {
      what: "今年 and months in Chinese numerals are read the same",
      masthead: "2024年第11期\n2024年12月5日",
      opening: "今年一至十一月，热线共受理诉求12000件。",
      period: { kind: "range", start: "2024-01-01", end: "2024-11-30" },
    },
    {
      what: "a quarter opening the report is in the year its masthead states",
      masthead: "2024年第3期\n2024年10月8日",
      opening: "三季度，热线共受理诉求12000件。",
      period: { kind: "range", start: "2024-07-01", end: "2024-09-30" },
    },
    {
      what: "a month opening the report, without 份, is that month of the masthead's year",
      masthead: "2024年第11期\n2024年12月5日",
      opening: "11月，热线共受理诉求12000件。",
      period: { kind: "month", month: "2024-11" },
    },
    {
      what: "a month's end opening the report is a point in time, no month (counter-case)",
      masthead: "2024年第11期\n2024年12月5日",
      opening: "11月底，热线累计受理诉求12000件。",
      period: undefined,
    },
    {
      what: "a date of publication alone states no year of the span (counter-case)",
      masthead: "第3期\n2024年10月8日",
      opening: "三季度，热线共受理诉求12000件。",
      period: undefined,
    },
    {
      what: "a span that would end after the date of publication is of the year before",
      masthead: "2025年第1期\n2025年1月6日",
      opening: "1-12月，热线共受理诉求12万件。",
      period: { kind: "range", start: "2024-01-01", end: "2024-12-31" },
    },
    {
      what: "a span inside a later sentence states nothing (counter-case)",
      masthead: "2024年第3期\n2024年10月8日",
      opening: "热线运行平稳，其中7-9月受理诉求12000件。",
      period: undefined,
    },
  ])("parseBulletinText: $what", ({ masthead, opening, period }) => {
    expect(withMasthead(masthead, opening)).toEqual(period);
  });

  test.each([
    { opening: "11月11日—17日，热线共受理诉求1200件。" },
    { opening: "本周（11月11日-11月17日），热线共受理诉求1200件。" },
  ])(
    "parseBulletinText: a weekly's opening span of days ($opening) is in the masthead's year",
    ({ opening }) => {
      expect(withMasthead("2024年第46期\n2024年11月18日", opening, "12345热线工作周报")).toEqual({
        kind: "range",
        start: "2024-11-11",
        end: "2024-11-17",
      });
    },
  );

  test("parseBulletinText: days opening a report that is no weekly state no period (counter-case: the dates of an activity)", () => {
    expect(
      withMasthead("2024年第11期\n2024年12月5日", "11月11日至15日，督查组对各县区开展了督查。"),
    ).toBeUndefined();
  });

  test("parseBulletinText: a title's quarter after its year is read with a hotline's number between them", () => {
    expect(
      parseBulletinText("某市2024年12345热线第三季度运行情况\n一、总体情况\n共受理95件。").bulletin
        .issue.period,
    ).toEqual({ kind: "range", start: "2024-07-01", end: "2024-09-30" });
  });

  test("parseBulletinText: 1-N月 opening a report whose masthead states its year is January to N of that year (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2098 }),
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        (year, n, day) => {
          const published = `${year}年${n + 1}月${day}日`;
          expect(
            withMasthead(`${year}年第${n}期\n${published}`, `1-${n}月，热线共受理诉求95件。`),
          ).toEqual({
            kind: "range",
            start: `${year}-01-01`,
            end: lastDay(year, n),
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
