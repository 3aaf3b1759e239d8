import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A lead that opens with a year and announces what follows (`2011年，某省工业经济运行情况如下：`),
 * no figure in it, over paragraphs that open with the months from January without their year
 * (`1-4月，…`): the report covers those months of that year, not the whole year. A lead that
 * states a figure or closes a sentence, or paragraphs opening with no span from January, keep
 * the year. Every text here is written for the test.
 */

const body = (span: string) =>
  `工业生产保持较快增长\n${span}，规模以上工业企业完成工业增加值同比增长15.3%；实现产销率98.3%，同比提高0.3个百分点。\n重点行业继续保持稳步增长\n${span}，装备制造业工业增加值同比增长19.6%，石化行业增长8.8%。`;

describe("a year's lead announcing paragraphs of months from January", () => {
  test.each([
    ["2011年，某省工业经济运行情况如下：", "1-4月", "2011-04-30"],
    ["2011年,我国某省工业经济增长情况如下:", "1-4月", "2011-04-30"],
    ["2019年，全市农业农村经济运行情况如下：", "1—9月", "2019-09-30"],
    ["2020年，某市外贸进出口情况如下：", "前8个月", "2020-08-31"],
  ])("`%s` over `%s，…` covers the months of that year", (lead, span, end) => {
    const { period } = parseBulletinText(`${lead}\n${body(span)}`).bulletin.issue;
    expect(period).toEqual({ kind: "range", start: `${lead.slice(0, 4)}-01-01`, end });
  });

  test.each([
    ["a lead closing a sentence", "2011年，某省工业经济保持平稳增长。", "1-4月"],
    ["a lead stating a figure", "2011年，某省38个行业运行情况如下：", "1-4月"],
    ["paragraphs opening with a single month", "2011年，某省工业经济运行情况如下：", "4月份"],
  ])("%s keeps the year", (_, lead, span) => {
    const { period } = parseBulletinText(`${lead}\n${body(span)}`).bulletin.issue;
    expect(period).toEqual({ kind: "year", year: 2011 });
  });
});
