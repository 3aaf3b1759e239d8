import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's line under its headline: the date and clock time it went up, the outlet's name,
 * then the mark of how the page came (`2019-07-05 11:37 某城派 原创`, `… 某某网 转载`). The date is the
 * page's and the line no heading, so the headline over it stays the title. Near-misses: words after
 * the mark (`…原创稿件征集`), a name of more than eight characters, no clock time (a report's
 * dates print none). Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const headline = "某省13城黑臭水体消除比例低于80%";
const lede =
  "7月5日，某厅通报全省地级及以上城市黑臭水体整治情况，全省黑臭水体数量180个，消除比例72.1%。";
const page = (line: string) => `${headline}\n${line}\n${lede}`;

describe("a dated line marked by its outlet", () => {
  test.each([
    ["an outlet's original", "2019-07-05 11:37 某城派 原创", "2019-07-05"],
    ["a repost, seconds printed", "2019-07-05 11:37:20 某某新闻网 转载", "2019-07-05"],
    ["no spaces", "2019/07/05 11:37某某日报原创", "2019-07-05"],
  ])("(%s) dates the page: `%s`", (_, line, date) => {
    const bulletin = read(page(line));
    expect(bulletin.issue.publishedOn).toBe(date);
    expect(bulletin.publication.title).toBe(headline);
  });

  test.each([
    ["words after the mark", "2019-07-05 11:37 某城派 原创稿件征集"],
    ["a name of more than eight characters", "2019-07-05 11:37 某某省某某市某某区新闻中心 原创"],
    ["no clock time", "2019-07-05 某城派 原创"],
  ])("(%s) gives no date: `%s`", (_, line) => {
    expect(read(page(line)).issue.publishedOn).toBeUndefined();
  });
});
