import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Holiday reports (issue 14, the fifth formerly held-out set: 文旅 假日 pages): the title or the
 * opening names the holiday with its year, the opening gives the holiday's days without one.
 * Every text here is written for the test.
 */

const period = (text: string): unknown => parseBulletinText(text).bulletin.issue.period;

describe("the days of a holiday named with its year", () => {
  test.each([
    {
      what: "the title names the year, the opening the days",
      text: "某县2022年“五一”小长假旅游情况综述\n4月30日-5月4日,全县累计接待游客5.04万人次,同比增长14.5%。",
      expected: { kind: "range", start: "2022-04-30", end: "2022-05-04" },
    },
    {
      what: "the opening names the year, then the days (a day alone before it is no span)",
      text: "文旅部:国庆假期国内出游5.15亿人次\n10月8日,某部发布了2023年国庆节假期文化和旅游市场情况。经测算,10月1日至7日,全国国内旅游出游5.15亿人次。",
      expected: { kind: "range", start: "2023-10-01", end: "2023-10-07" },
    },
    {
      what: "traditional characters",
      text: "某縣2021年春節假期旅游情況\n2月11日—17日,全縣共接待游客12.3萬人次。",
      expected: { kind: "range", start: "2021-02-11", end: "2021-02-17" },
    },
  ])("$what", ({ text, expected }) => {
    expect(period(text)).toEqual(expected);
  });

  test.each([
    {
      what: "days without a holiday's year (the year only in the page's date) state no period",
      text: "济南:清明假期热线为民服务9.37万件\n2021-04-06 08:52:04 来源:某某晚报\n4月3日-5日清明节假日期间,热线共为民服务9.37万件。",
    },
    {
      what: "a holiday's year without a span of days states no period of days",
      text: "某省“五一”假期文旅市场总体向好\n今天,省文化和旅游厅通报2020年“五一”假期总体情况,全省累计接待游客1972.93万人次。",
    },
    {
      what: "days that are no real days (`2月30日`) state none",
      text: "某县2021年春节假期旅游情况\n2月28日—30日,全县共接待游客12.3万人次。",
    },
  ])("$what", ({ text }) => {
    const p = period(text) as { kind?: string } | undefined;
    expect(p?.kind).not.toBe("range");
  });

  test("property: a holiday named with any year dates the days the opening gives", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2030 }),
        fc.constantFrom("国庆", "“五一”", "春节", "端午", "中秋"),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 8 }),
        (year, holiday, month, day, length) => {
          const text = `某县${year}年${holiday}假期旅游情况\n${month}月${day}日至${day + length}日,全县共接待游客12.3万人次。`;
          const pad = (n: number): string => String(n).padStart(2, "0");
          expect(period(text)).toEqual({
            kind: "range",
            start: `${year}-${pad(month)}-${pad(day)}`,
            end: `${year}-${pad(month)}-${pad(day + length)}`,
          });
        },
      ),
      { numRuns: 50 },
    );
  });
});
