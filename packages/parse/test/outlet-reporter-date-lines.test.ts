import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news page's line under its headline naming the outlet, then its reporter, then the page's date
 * in figures (its clock perhaps, `发布` perhaps) and nothing else: `某某网 王某某 2006-07-28发布`. The
 * outlet is the page's publisher and the date the page's; the line is no part of the text.
 * Near-misses keep what the parser read before: an outlet's name going on after its ending
 * (`某某网站`, `某某网友`), a date in words (a masthead's issuer line). Every text here is written for
 * the test.
 */

const HEADLINE = "今年上半年某区接待游客近六十万人次";
const BODY =
  "\n\n区旅游局最新统计显示,随着铁路的通车,入区游客的数量与去年同期相比增加了一倍。\n\n今年上半年,全区共接待海内外游客59.12万人次,实现旅游总收入5.16亿元。";

const read = (line: string) =>
  parsedView(`${HEADLINE}\n\n${line}${BODY}`, ["title", "publisher", "publishedOn"]);

describe("an outlet, its reporter and the page's date on the line under a headline", () => {
  test.each([
    {
      what: "a site, a reporter of four characters, 发布 run on after the date",
      line: "某某网 某某次仁 2006-07-28发布",
      expected: { publisher: "某某网", publishedOn: "2006-07-28" },
    },
    {
      what: "a paper, 记者 before the name, no 发布",
      line: "某某日报 记者 王某 2021-03-05",
      expected: { publisher: "某某日报", publishedOn: "2021-03-05" },
    },
    {
      what: "a media centre, slashes in the date, 发布 set off by a space",
      line: "某某县融媒体中心 李某某 2021/3/5 发布",
      expected: { publisher: "某某县融媒体中心", publishedOn: "2021-03-05" },
    },
  ])("parseBulletinText: $what", ({ line, expected }) => {
    const got = read(line);
    expect({ publisher: got.publisher, publishedOn: got.publishedOn }).toEqual(expected);
    expect(got.title).toBe(HEADLINE);
  });

  test.each([
    {
      what: "a site's name going on (网站)",
      line: "某某网站 王某 2006-07-28发布",
      name: "某某网站",
    },
    { what: "a netizen, no outlet", line: "某某网友 王某 2021-03-05", name: "某某网友" },
    { what: "a date in words", line: "某某网 王某某 2021年3月5日发布", name: "某某网" },
  ])("parseBulletinText: not an outlet's line: $what", ({ line, name }) => {
    expect(read(line).publisher).not.toBe(name);
  });
});
