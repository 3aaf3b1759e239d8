import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An agency's dispatch framed in title marks opening the report, in the shorter forms its wire
 * prints (`bracketed-outlet-ledes.test.ts` holds the full one, `《某某通訊社駐京記者王某13日北京專電》`):
 * the reporter's name left out (`《某某通讯社驻京记者15日北京专电》`), or a special report of the day
 * with no reporter and no place (`《某某通訊社25日專訊》`). The outlet is the report's source. A
 * column's name in marks (`《某某热线专讯》`: no day) or a title with a day and no dispatch names none.
 * Every text here is written for the test.
 */

const publisherOf = (first: string): string | undefined =>
  parseBulletinText(`上半年某市经济稳中有进\n\n${first}\n\n全市上下齐心协力,各项指标稳步增长。`)
    .bulletin.publication.publisher?.name;

describe("an agency's dispatch in title marks, in its shorter forms", () => {
  test.each([
    [
      "a bureau's reporter with no name",
      "《某某通讯社驻京记者15日北京专电》某局公布,1-6月份,全市固定资产投资增长4.6%。",
      "某某通讯社",
    ],
    [
      "a special report of the day, traditional",
      "《某某通訊社25日專訊》某部官網今日發布數據,一季度全市結婚登記18.1萬對。",
      "某某通訊社",
    ],
    [
      "a special report of a month's day",
      "《某某通讯社3月25日特讯》某局今日发布数据,一季度全市生产总值增长5.1%。",
      "某某通讯社",
    ],
  ])("(%s): the outlet is the source", (_, first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    ["a column's name, no day", "《某某市长热线专讯》本月共受理市民来电1.3万件,办结率98.2%。"],
    ["a title with a day, no dispatch", "《某某社区5日新闻》显示,某市一季度生产总值增长5.1%。"],
    ["a report's title", "《某某社会发展报告》显示,某市一季度生产总值增长5.1%。"],
  ])("(%s) names no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});
