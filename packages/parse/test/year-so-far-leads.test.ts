import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A lead that opens with the year so far (`2022年以来，某省…经济运行稳中向好。`), no figure in it, over
 * paragraphs that open with the months from January without their year (`1至5月，…`): the report
 * covers those months of that year. A lead with a figure, paragraphs opening with a single month,
 * and a lead of the year alone closing a sentence (`2022年，…。`, the whole year) are read as before.
 * Every text here is written for the test.
 */

const body = (span: string) =>
  `工业生产稳中向好\n${span}，全省规模以上工业增加值同比增长4.7%，增速比上月回升0.1个百分点。\n固定资产投资稳定增长\n${span}，全省固定资产投资同比增长8.2%。`;

describe("a lead of the year so far over paragraphs of months from January", () => {
  test.each([
    [
      "记者从某省统计局获悉，2022年以来，某省经济运行稳中向好，延续稳定恢复势头。",
      "1至5月",
      "2022-05-31",
    ],
    ["2023年以来，全市坚持稳中求进工作总基调，经济运行总体平稳。", "1-8月", "2023-08-31"],
    ["据某市统计局统计，2021年以来，某市经济持续恢复。", "前4个月", "2021-04-30"],
    ["2020年以來，某區經濟運行穩中有進。", "1—9月", "2020-09-30"],
  ])("`%s` over `%s，…` covers the months of that year", (lead, span, end) => {
    const { period } = parseBulletinText(`${lead}\n${body(span)}`).bulletin.issue;
    const year = /(\d{4})年/.exec(lead)?.[1];
    expect(period).toEqual({ kind: "range", start: `${year}-01-01`, end });
  });

  test.each([
    ["a lead stating a figure", "2022年以来，全省累计新增市场主体12万户。", "1至5月"],
    ["paragraphs opening with a single month", "2022年以来，某省经济运行稳中向好。", "5月份"],
  ])("%s states no span from January", (_, lead, span) => {
    const { period } = parseBulletinText(`${lead}\n${body(span)}`).bulletin.issue;
    expect(period).not.toEqual({ kind: "range", start: "2022-01-01", end: "2022-05-31" });
  });

  test("a lead of the year alone closing a sentence keeps the year", () => {
    const { period } = parseBulletinText(
      `2022年，某省经济运行稳中向好，全省生产总值增长3.8%。\n${body("1至5月")}`,
    ).bulletin.issue;
    expect(period).toEqual({ kind: "year", year: 2022 });
  });
});
