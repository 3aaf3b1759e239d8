import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's line under its headline giving when the page went up: the day (in digits or with
 * 年月日), its clock time perhaps, then 发布 (`2013年03月14日 发布`, `2020-11-18 14:50发布`). The date is
 * the page's and the line no heading. Near-misses: a sentence going on after 发布 (`…发布会召开`,
 * `…发布了某某报告`), more than a place after 于, a month without its day. Every text here is written
 * for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const headline = "某省完成全省爱国卫生月资料汇总工作";
const lede =
  "按照全国爱卫办的总体部署，全省从4月份起开展爱国卫生月活动，共清理垃圾1.2万吨，覆盖人口350万人。";
const page = (line: string) => `${headline}\n${line}\n${lede}`;

describe("a news page's posted-date line", () => {
  test.each([
    ["a day with 年月日", "2013年03月14日 发布", "2013-03-14"],
    ["a day and clock time", "2020-11-18 14:50发布", "2020-11-18"],
    ["a day, clock time and seconds", "2020-11-18 14:50:06 发布", "2020-11-18"],
    ["traditional characters", "2013年3月14日 發布", "2013-03-14"],
  ])("(%s) dates the page: `%s`", (_, line, date) => {
    const bulletin = read(page(line));
    expect(bulletin.issue.publishedOn).toBe(date);
    expect(bulletin.publication.title).toBe(headline);
  });

  test.each([
    ["a sentence after 发布", "2013年03月14日 发布会召开"],
    ["words after 发布", "2020-11-18 14:50发布了年度报告"],
    ["more than a place after 于", "2020-11-18 14:50发布于本网站首页栏目"],
    ["a month without its day", "2013年03月 发布"],
  ])("(%s) gives no date: `%s`", (_, line) => {
    expect(read(page(line)).issue.publishedOn).toBeUndefined();
  });
});
