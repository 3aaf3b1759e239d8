import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reporter's byline run on into the lede on one line (`通讯员 某某 2018年，区应急局…`, `记者 某某
 * 通讯员 某某某 2020年，…`): the lede after it opens with the year it reports, as it would on a line of
 * its own (met in held-out-134's 安监 news). Every text here is invented.
 * Near-misses: a byline alone on its line changes nothing, and a word that starts with 通讯员 or 记者
 * before a year with no comma after it (`通讯员队伍建设2019年取得新进展`) is no byline.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a byline run on into the lede", () => {
  test.each([
    [
      "a correspondent's byline",
      "通讯员 林小雨 2019年，区应急管理局将本区86家生产经营单位列为重点监管对象，占年度检查计划总数的70.5%。",
      2019,
    ],
    [
      "a reporter's and a correspondent's",
      "记者 王立 通讯员 陈思远 2020年，全县共完成造林面积1.2万亩，同比增长8.3%。",
      2020,
    ],
    [
      "traditional characters",
      "記者 黃明 2021年，全市共受理法律援助案件1,503件，比上年增長9.1%。",
      2021,
    ],
  ])("%s", (_, text, year) => {
    expect(periodOf(text)).toEqual({ kind: "year", year });
  });

  test.each([
    ["a byline alone on its line", "记者 王立\n全县共完成造林面积1.2万亩，同比增长8.3%。"],
    ["a word starting with 通讯员", "通讯员队伍建设2019年取得新进展，全年发稿1200篇。"],
  ])("near-miss: %s states no year", (_, text) => {
    expect(periodOf(text)).toBeUndefined();
  });
});
