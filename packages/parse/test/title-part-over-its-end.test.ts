import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A title naming a part of the year without its year (`今年上半年…`, `1-9月…`) over a narrower span
 * found elsewhere that ends where the part ends (the release of the half's second quarter,
 * `《2024年2季度民政統計數據》`; a month `2018年9月，…`): the period is the title's part in that span's
 * year. Near-misses keep the span found: a part ending elsewhere (`今年一季度…` over the second
 * quarter, `1-8月…` over September), another year's part (`去年上半年…`), a title naming no part.
 * Written for tuning text `national-marriage-2024h1-dosane-trad` (its first lines, a converter's
 * pinyin readings kept as printed); the month cases are invented.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const range = (start: string, end: string) => ({ kind: "range", start, end });
/** The release's lines under the headline (national-marriage-2024h1-dosane-trad, lines 3-5). */
const RELEASE =
  "今年上半年結(jié)婚登記數(shù)已獲官方披露。\n民政部官網(wǎng)8月2日發(fā)布的《2024年2季度民政統(tǒng)計數(shù)據(jù)》顯示,今年一、二季度,全國結(jié)婚登記343萬對,離婚登記127.4萬對。\n澎湃新聞注意到,2023年上半年,全國共辦理結(jié)婚登記392.8萬對,辦理離婚登記131.7萬對。相較而言,今年上半年結(jié)婚登記數(shù)較去年同比減少49.8萬對,離婚登記數(shù)同比減少4.3萬對。";
const MONTH = "2018年9月，某市外贸进出口总值达85.6亿元，同比增长8%，其中出口52.3亿元。";

describe("a title's part of the year over a narrower span ending with it", () => {
  test.each([
    {
      title: "今年上半年結(jié)婚登記數(shù)再創(chuàng)新低,較去年同期減少49.8萬對",
      body: RELEASE,
      period: range("2024-01-01", "2024-06-30"),
    },
    {
      title: "1-9月某市外贸进出口稳中有进",
      body: MONTH,
      period: range("2018-01-01", "2018-09-30"),
    },
  ])("parseBulletinText: `$title` takes its part of the year", ({ title, body, period }) => {
    expect(periodOf(`-\n${title}\n${body}`)).toEqual(period);
  });

  test.each([
    {
      what: "a quarter ending before the span found",
      title: "今年一季度結(jié)婚登記數(shù)再創(chuàng)新低,較去年同期減少49.8萬對",
      body: RELEASE,
      period: range("2024-04-01", "2024-06-30"),
    },
    {
      what: "another year's half",
      title: "去年上半年結(jié)婚登記數(shù)再創(chuàng)新低,較前年同期減少49.8萬對",
      body: RELEASE,
      period: range("2024-04-01", "2024-06-30"),
    },
    {
      what: "months ending before the month found",
      title: "1-8月某市外贸进出口稳中有进",
      body: MONTH,
      period: { kind: "month", month: "2018-09" },
    },
    {
      what: "no part of the year",
      title: "某市外贸进出口稳中有进",
      body: MONTH,
      period: { kind: "month", month: "2018-09" },
    },
  ])("parseBulletinText: $what keeps the span found", ({ title, body, period }) => {
    expect(periodOf(`-\n${title}\n${body}`)).toEqual(period);
  });
});
