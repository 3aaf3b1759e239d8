import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A weekly price report opens with its week's number and days in brackets, the note `,下同` ("the
 * same below") closing the brackets: `2021年第34周(2021年8月23日-2021年8月29日,下同)` (formerly
 * held-out-229's national-farm-wholesale-weekly pages, read with no period). The days before the
 * note are the week's. Near-misses: the week without the note (read as before), a `下同` note after
 * days without their year (`本周(10.8-10.12,下同)`) or after a sum (`(人民幣,下同)`): no week's days.
 * The lines are short excerpts of corpus texts.
 */

const periodOf = (line: string) =>
  parseBulletinText(`农业部监测:批发市场猪肉蔬菜价格小幅下跌\n${line}`).bulletin.issue.period;

describe("a week's days in brackets before the note 下同", () => {
  test.each([
    [
      "据农业农村部监测,2021年第34周(2021年8月23日-2021年8月29日,下同)“农产品批发价格200指数”为112.94(以2015年为100),比前一周降0.65个百分点",
      ["2021-08-23", "2021-08-29"],
    ],
    [
      "據農業農村部監測,2024年第20周(2024年5月13日~5月19日,下同)“農產品批發價格200指數”為119.20(以2015年為100),比前一周降1.19個點",
      ["2024-05-13", "2024-05-19"],
    ],
    [
      "2017年第45周(2017年11月6日至2017年11月12日),全省报告流感样病例暴发疫情1起。",
      ["2017-11-06", "2017-11-12"],
    ],
  ])("parseBulletinText: `%s` reports on the days %j", (line, [start, end]) => {
    expect(periodOf(line)).toEqual({ kind: "range", start, end });
  });

  test.each([
    "监测情况来看,本周(10.8-10.12,下同)全市猪肉平均价为19.35元。",
    "今年1月—7月,中國共完成交通投資17957億元(人民幣,下同),同比增長8.5%。",
  ])("parseBulletinText: `%s` states no week (counter-case)", (line) => {
    expect(periodOf(line)).toBeUndefined();
  });
});
