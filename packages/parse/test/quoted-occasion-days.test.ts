import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An occasion's quoted name with its year, followed by `期间` (`2016年“3·15”期间`), and its days
 * without the year in brackets after it (`（3月13日至15日）`): the report covers those days, as it does
 * for a holiday's name (`2021年国庆节期间（10月1日至7日）`). A quoted name not followed by `期间`, or a
 * quote holding a pause, states no days. Every text here is written for the test.
 */

const tail = "，某市12315系统接收登记消费者热线电话2975个，其中咨询2404件、投诉365件。";

describe("a quoted occasion's days", () => {
  test.each([
    ["2017年“3·15”期间（3月12日至15日）", "2017-03-12", "2017-03-15"],
    ["2021年“双十一”期间（11月1日-11日）", "2021-11-01", "2021-11-11"],
    ["2019年「6·18」期間（6月1日至18日）", "2019-06-01", "2019-06-18"],
  ])("`%s` covers its days", (lead, start, end) => {
    const { period } = parseBulletinText(`某市12315指挥中心受理情况\n${lead}${tail}`).bulletin
      .issue;
    expect(period).toEqual({ kind: "range", start, end });
  });

  test.each([
    ["a quoted name without 期间", "2017年“3·15”晚会后（3月12日至15日）"],
    ["a quote holding a pause", "2017年“诚信，消费”期间（3月12日至15日）"],
  ])("%s states no days", (_, lead) => {
    const { period } = parseBulletinText(`某市12315指挥中心受理情况\n${lead}${tail}`).bulletin
      .issue;
    expect(period?.kind).not.toBe("range");
  });
});
