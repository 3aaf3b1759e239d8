import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's lead-in naming where its words came from closed by a colon or a semicolon instead
 * of a comma (`记者从市统计局获悉：2021年，…`, `1月14日，從有關方面獲悉；2021年，…`): the year after it
 * is the span the report covers, as after a comma. A lead-in of time alone so closed, or a year
 * inside the lead-in, states none. Every text here is written for the test.
 */

const periodOf = (first: string) =>
  parseBulletinText(`某市公共资源交易成交金额再创新高\n\n2022-01-14\n来源:某某商报网\n${first}`)
    .bulletin.issue.period;

describe("a sourcing lead-in closed by a colon or a semicolon", () => {
  test.each([
    [
      "a colon after 获悉",
      "记者从市统计局获悉：2021年，某市公共资源交易平台成交金额4311.57亿元，同比增长16.16%。",
    ],
    [
      "a semicolon in a traditional copy",
      "1月14日，從有關方面獲悉；2021年，某市公共資源交易平台成交金額4311.57億元，同比增長16.16%。",
    ],
    [
      "an ASCII colon after 了解到",
      "记者近日了解到:2021年,某市公共资源交易平台成交金额4311.57亿元,同比增长16.16%。",
    ],
  ])("%s: the year after it", (_, first) => {
    expect(periodOf(first)).toEqual({ kind: "year", year: 2021 });
  });

  test.each([
    [
      "a day alone before a colon",
      "1月14日：2021年，某市公共资源交易平台成交金额4311.57亿元，同比增长16.16%。",
    ],
    [
      "a year inside the lead-in",
      "2022年1月14日从有关方面获悉：某市公共资源交易平台成交金额4311.57亿元，同比增长16.16%。",
    ],
    [
      "a colon closing a clause of the report",
      "全市交易成交金额4311.57亿元：2021年的两倍，同比增长16.16%。",
    ],
  ])("%s: no year", (_, first) => {
    expect(periodOf(first)).toBeUndefined();
  });
});
