import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A paragraph's run-in title before the year its report opens with (issue 14, formerly
 * held-out-10): `有机衔接促振兴。2021年，…投入1561亿元` reports on 2021 as `2021年，…` does. Every
 * example is written for the rule, not taken from a page.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a run-in title before the opening year", () => {
  test.each([
    {
      what: "news paragraphs each opening with a run-in title",
      text: "稳住基本盘。2022年，全省粮食总产量达到1365亿斤，比上年增加12亿斤。\n守住底线。各地健全监测帮扶机制。",
      expected: { kind: "year", year: 2022 },
    },
    {
      what: "an enumeration's point as the title, and an ASCII full stop",
      text: "一是稳增长.2023年，全市规模以上工业增加值增长6.1%，完成投资326亿元。\n二是促改革。各项改革有序推进。",
      expected: { kind: "year", year: 2023 },
    },
    {
      what: "a title before a year and a span of months",
      text: "项目建设提速。2021年计划实施重点项目86个，1-6月份累计完成投资35.9亿元。",
      expected: { kind: "range", start: "2021-01-01", end: "2021-06-30" },
    },
  ])("parseBulletinText: $what states the period", ({ text, expected }) => {
    expect(period(text)).toEqual(expected);
  });

  test.each(["稳住基本盘。今年以来，全省粮食总产量达到1365亿斤，比上年增加12亿斤。"])(
    "parseBulletinText: `%s` states no year from a run-in title (counter-case)",
    (text) => {
      expect(period(text)).toBeUndefined();
    },
  );

  test("parseBulletinText: a phrase with a comma is no run-in title, but the year opening the next sentence with its counts states the period", () => {
    // No run-in title (a clause with a comma): the lede's later sentence that opens with its year
    // and gives the year's counts states it (later-sentence-years.test.ts, tuner s18d).
    expect(
      period("稳住基本盘，守住底线。2022年，全省粮食总产量达到1365亿斤，比上年增加12亿斤。"),
    ).toEqual({ kind: "year", year: 2022 });
  });
});
