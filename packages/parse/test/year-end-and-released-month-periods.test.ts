import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two shapes of a report's period met in held-out-88…97's yearly reviews and news copies (every text
 * here is invented):
 * - a line opening with a year's end and a comma (`2014年末，`, `截至2012年底，`, `截止2019年末，`, after a
 *   hearsay lead-in perhaps) whose sentence gives a count: a yearly report's stock, the year;
 * - a span of whole years whose last year's end is named (`从2011年至2015年年底，`): those years;
 * - a news copy saying a body released the figures of a year's months from January
 *   (`发布2022年1至6月全国…数据`): those months.
 * Near-misses: a deadline (`2020年底前，`), a target (`到2025年底，`), a plan's words before the count
 * (`力争`, `将`), a year's end with no count; a released span not from January (`2022年3至6月`).
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a year's end opening a yearly report", () => {
  test.each([
    [
      "a bare year's end",
      "2016年末，全区有养老机构86家，床位1.2万张，比上年增加860张。\n全年新增社区养老服务站12个。",
      2016,
    ],
    [
      "a cutoff at the year's end after a hearsay lead-in",
      "某地储蓄余额创新高\n据某银行统计，截至2018年底，某地储蓄存款余额达562.3亿元，较年初增长8.1%。\n其中个人存款增长较快。",
      2018,
    ],
    [
      "traditional characters",
      "截止2019年末，全縣共有公共圖書館3個，藏書量42萬冊。\n全年舉辦講座56場。",
      2019,
    ],
  ])("%s", (_, text, year) => {
    expect(period(text)).toEqual({ kind: "year", year });
  });

  test.each([
    ["a deadline", "2020年底前，各镇街要完成12个村的改造任务。\n请各单位抓好落实。"],
    ["a target", "到2025年底，全市建成充电桩3000个。\n各区要按时完成。"],
    ["a plan's words", "2023年底，力争全县新建公厕45座。\n各乡镇要认真落实。"],
    ["no count", "2021年底，某村召开村民大会，选举产生新一届村委会。\n会议气氛热烈。"],
  ])("near-miss: %s states no year", (_, text) => {
    expect(period(text)).toBeUndefined();
  });
});

describe("a span of whole years to the last one's end", () => {
  test.each([
    [
      "年年底",
      "从2011年至2015年年底，全县共建成农村公路860公里，新改建桥梁42座。\n全县通车里程大幅增加。",
    ],
    ["年末", "2011—2015年末，全县共建成农村公路860公里，新改建桥梁42座。\n全县通车里程大幅增加。"],
  ])("%s", (_, text) => {
    expect(period(text)).toEqual({ kind: "range", start: "2011-01-01", end: "2015-12-31" });
  });

  test("near-miss: a month of the last year is no whole year", () => {
    expect(
      period(
        "从2011年至2015年6月，全县共建成农村公路860公里，新改建桥梁42座。\n全县通车里程大幅增加。",
      ),
    ).not.toEqual({ kind: "range", start: "2011-01-01", end: "2015-12-31" });
  });
});

describe("a news copy of a year's months released", () => {
  test.each([
    [
      "months from January",
      "某报讯 某部今天发布2021年1至9月全国某类案件主要数据，共受理案件3.2万件，同比下降4.5%。",
      { kind: "range", start: "2021-01-01", end: "2021-09-30" },
    ],
    [
      "a dash and 月份",
      "某局近日公布了2019年1-4月份全省某行业运行情况，累计完成产值52.6亿元，增长7.3%。",
      { kind: "range", start: "2019-01-01", end: "2019-04-30" },
    ],
  ])("%s", (_, text, span) => {
    expect(period(text)).toEqual(span);
  });

  test("near-miss: months not from January are no months from January", () => {
    expect(
      period(
        "某报讯 某部今天发布2021年3至9月全国某类案件主要数据，共受理案件3.2万件，同比下降4.5%。",
      ),
    ).not.toEqual({ kind: "range", start: "2021-01-01", end: "2021-09-30" });
  });
});
