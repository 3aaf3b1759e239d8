import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A sentence a hearsay lead-in opens with its year right after it, no comma either side
 * (`据了解2018年全县…万元`), giving a figure, states the year the report covers, as
 * `。据了解，2018年，…` does. A year's months, a year so far, or a sentence without a figure state
 * none here. Every text here is written for the test.
 */

const opening = "今年以来，某县财政局紧紧围绕深化改革要求，科学谋划、合理部署，稳步推进各项改革。";

describe("a hearsay lead-in run on into its year", () => {
  test.each([
    ["据了解2019年全县政府采购预算金额为32875.34万元，实际采购金额为32642.41万元。", 2019],
    ["据悉2017年全市共完成采购项目418个，节约资金1260万元。", 2017],
    ["据统计2020年全区受理群众诉求8821件，办结率98.6%。", 2020],
    ["據了解2016年全縣採購金額為5231萬元，節約資金166萬元。", 2016],
  ])("`%s` states %i", (line, year) => {
    const { period } = parseBulletinText(`${opening}\n${line}`).bulletin.issue;
    expect(period).toEqual({ kind: "year", year });
  });

  test.each([
    ["a span of months", "据统计2019年1-6月全县采购金额为12875万元。"],
    ["the year so far", "据了解2019年以来全县采购金额为12875万元。"],
    ["no figure", "据了解2019年全县政府采购工作平稳有序推进。"],
  ])("%s states no year here", (_, line) => {
    const { period } = parseBulletinText(`${opening}\n${line}`).bulletin.issue;
    expect(period === undefined || (period.kind !== "year" && period.kind !== "month")).toBe(true);
  });
});
