import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Periods a report states without a span right after its year (issue 14, tuning batch 9): a
 * headline that opens with a bare year (`2023年全省…`), a sentence that opens with its year and
 * names a span of months later (`2020年计划…，1-6月份累计完成…`), and a report that opens with a
 * year and a figure (`2021年，全市新增…`). Examples written for the rules.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const lastDay = (year: number, month: number): string =>
  `${year}-${String(month).padStart(2, "0")}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;

describe("a headline that opens with a bare year", () => {
  test.each([
    { title: "2022年全省森林资源状况公布", period: { kind: "year", year: 2022 } },
    { title: "2022年某县农业农村工作情况", period: { kind: "year", year: 2022 } },
    { title: "2022年第三次县长办公会议议定事项落实情况", period: undefined },
    // A month later in the title than its year (tuning helper s5b's rule, merged): the month.
    { title: "2022年全省森林资源状况及6月数据", period: { kind: "month", month: "2022-06" } },
  ])("parseBulletinText: `$title` states $period", ({ title, period }) => {
    expect(periodOf(`${title}\n全省森林覆盖率达到42.1%，比上年提高0.3个百分点。`)).toEqual(period);
  });

  test("parseBulletinText: the month of the opening sentence does not outrank the year the headline names", () => {
    expect(
      periodOf(
        "2022年全省森林资源状况公布\n林业局今日公布了2022年12月和1—12月全省森林资源状况。\n全省森林覆盖率达到42.1%。",
      ),
    ).toEqual({ kind: "year", year: 2022 });
  });
});

describe("the opening of a report without a headline span", () => {
  test("parseBulletinText: a sentence that opens with its year dates the span of months it names later", () => {
    expect(
      periodOf(
        "2020年计划实施重点项目52个，总投资210亿元，1-9月份累计完成投资96.4亿元，占年度目标的75.1%。",
      ),
    ).toEqual({ kind: "range", start: "2020-01-01", end: "2020-09-30" });
  });

  test("parseBulletinText: a span from January in a later sentence (after `。`) takes the year of a sentence that opens with it and gives a number", () => {
    // The corpus README's judgement call (`2021年安排…1-3月` is the first quarter of 2021): the
    // months counted up to are the span reported on, as with `2021年，…。1-8月…`.
    expect(
      periodOf("2020年计划实施重点项目52个。1-9月份累计完成投资96.4亿元，占年度目标的75.1%。"),
    ).toEqual({ kind: "range", start: "2020-01-01", end: "2020-09-30" });
  });

  test("parseBulletinText: a later span not from January, or after a year sentence without a number, is not dated so", () => {
    expect(
      periodOf("2020年计划实施重点项目52个。7-9月份完成投资96.4亿元，占年度目标的75.1%。"),
    ).toEqual({ kind: "year", year: 2020 });
    expect(periodOf("2020年全市深入推进项目建设。1-9月份累计完成投资96.4亿元。")).toEqual({
      kind: "year",
      year: 2020,
    });
    expect(periodOf("2021年安排重点建设项目710项。2020年1-3月累计完成投资313.64亿元。")).toEqual({
      kind: "range",
      start: "2020-01-01",
      end: "2020-03-31",
    });
  });

  test("parseBulletinText: a report that opens with a year and a figure in that sentence reports on the year", () => {
    expect(
      periodOf(
        "某市就业再创新高\n今年以来，全市稳步推进就业工作。\n2021年，全市城镇新增就业30512人，同比增长8.2%。",
      ),
    ).toEqual({ kind: "year", year: 2021 });
  });

  test("parseBulletinText: a report's first sentence led by its year alone reports on that year, `…年以来` does not", () => {
    // Merged with tuning helper s5b's rule: the opening `2020年，…` states the year even without
    // a figure in that sentence.
    expect(
      periodOf(
        "某市深化改革经验\n2020年，某市坚持以人民为中心，持续深化改革。\n一、推进事项管理。全市细分为412个办理情形。",
      ),
    ).toEqual({ kind: "year", year: 2020 });
    expect(
      periodOf(
        "某市深化改革经验\n2020年以来，某市坚持以人民为中心，持续深化改革。\n一、推进事项管理。全市细分为412个办理情形。",
      ),
    ).toBeUndefined();
  });

  test("parseBulletinText: a year with a span of months in one opening sentence gives those months (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("-", "—", "至"),
        fc.constantFrom("月", "月份"),
        (year, b, dash, month) => {
          expect(
            periodOf(`${year}年计划实施项目52个，1${dash}${b}${month}累计完成投资96.4亿元。`),
          ).toEqual({ kind: "range", start: `${year}-01-01`, end: lastDay(year, b) });
        },
      ),
      { numRuns: 60 },
    );
  });
});
