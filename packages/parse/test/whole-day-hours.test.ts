import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A daily report whose first sentence opens with a day's whole hours (`2022年4月10日0—24时,某县无新增
 * 确诊病例…`, `2021年8月3日0时至24时,…`): the span reported is that day. A day without its hours, a
 * part of a day, or hours without the year state no such span. Every text here is written for the test.
 */

const periodOf = (first: string) =>
  parseBulletinText(`通 告\n${first}\n全县上下齐心协力共抗疫情。`).bulletin.issue.period;

describe("a day's whole hours opening a daily report", () => {
  test.each([
    [
      "a dash between the hours",
      "2022年4月10日0—24时,雞澤無新增確診病例,新增無症狀感染者19例。",
      "2022-04-10",
    ],
    [
      "至 between the hours, each with 时",
      "2021年8月3日0时至24时,某市新增本土确诊病例2例。",
      "2021-08-03",
    ],
    ["traditional 時", "2022年5月1日0-24時,某縣新增無症狀感染者3例。", "2022-05-01"],
  ])("%s: that day", (_, first, date) => {
    expect(periodOf(first)).toEqual({ kind: "day", date });
  });

  test.each([
    ["part of a day", "2022年4月10日8—18时,某县开展全员核酸检测,共采样12万人次。"],
    ["hours without the year", "4月10日0—24时,某县无新增确诊病例,新增无症状感染者19例。"],
  ])("%s: no such day", (_, first) => {
    expect(periodOf(first)).toBeUndefined();
  });
});
