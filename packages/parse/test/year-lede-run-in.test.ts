import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A flattened page's first line whose headline runs on, after the space the page printed, into a
 * first paragraph that opens with the year it reports on (`2014年，`, `2016年度，`, a template's
 * `20XX年，`): the words before the space are the title. Near-misses keep the line whole: a year with
 * more words before its comma (`2014年全市…，`), a range of years, a paragraph's own words before
 * the space (a comma in them), a head too short.
 */

const rest =
  "甲市政府采购围绕公正公平、优质高效的目标，不断加大改革创新力度，全年采购规模较上年增长一成。二是工程服务比重增大。";
const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a headline run into a paragraph that opens with its year", () => {
  test.each([
    ["a year", "甲市2014年政府采购支出88.3亿元", "2014年，"],
    ["a year with 度", "甲市政府采购工作取得新进展", "2016年度，"],
    ["a template's year in the headline", "某局关于 XX 年上半年工作总结", "2016 年，"],
    ["a template's 20XX year", "某局年度林业生产工作总结", "20XX年，"],
  ])("%s: the headline is the title", (_name, head, opening) => {
    expect(titleOf(`${head} ${opening}${rest}\n`)).toBe(head);
  });

  test.each([
    ["more words before the comma", "甲市政府采购支出创新高 2014年全市采购规模扩大，"],
    ["a range of years", "甲市政府采购支出创新高 2014—2016年，"],
    ["a comma before the space", "据统计，甲市采购支出 2014年，"],
    ["a head too short", "采购 2014年，"],
  ])("%s: no title", (_name, opening) => {
    expect(titleOf(`${opening}${rest}\n`)).toBeUndefined();
  });
});
