import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news app's or site's line over a copied report's headline, its name and the page's date and
 * nothing else (`ZAKER贵阳 2021-11-13`, `某某新闻网 2021-11-13`): the outlet and the date, no title;
 * the headline under it is the title even when it states a figure (`…同比增长5.7%`), as under a
 * breadcrumb. A text that opens with such a headline and no page line over it, or a name that is
 * no outlet's, keeps its reading. Written for the rule (the corpus's shape, a Guizhou 前三季度
 * item copied from a news app, is the first).
 */

const headline = "某省前三季度市县经济发展情况公布 某州地区生产总值同比增长5.7%";
const body = [
  "index_new5.html",
  "据某省统计局消息，今年前三季度，我省主要经济指标总体处于合理区间，延续了上半年稳定恢复的良好趋势。",
  "统计显示，今年前三季度，我省地区生产总值 13985.53 亿元，同比增长 8.7%，两年平均增长 5.9%。",
  "甲市地区突破 3000 亿元 同比增速位居首位",
  "分市州看，今年前三季度，甲市地区生产总值为 3102.44 亿元，占全省的比重为 22.2%。",
].join("\n\n");

const facts = (head: string) => {
  const b = parseBulletinText(`${head}\n${body}`).bulletin;
  return {
    title: b.publication.title,
    publisher: b.publication.publisher?.name,
    publishedOn: b.issue.publishedOn,
  };
};

describe("an app's or site's name and date over a headline", () => {
  test.each([
    ["ZAKER贵阳 2021-11-13", "ZAKER贵阳"],
    ["ZAKER南宁 2022-03-08 10:21", "ZAKER南宁"],
    ["某某新闻网 2021-11-13", "某某新闻网"],
  ])("`%s`: the outlet %s and the date; the headline is the title", (line, outlet) => {
    const got = facts(`${line}\n${headline}`);
    // (The repair joins the Han text across the headline's space.)
    expect(got.title?.replace(/\s/g, "")).toBe(headline.replace(/\s/g, ""));
    expect(got.publisher).toBe(outlet);
    expect(got.publishedOn).toMatch(/^20\d\d-\d\d-\d\d$/);
  });
});

describe("lines that are no such outlet's (counter-cases)", () => {
  test("a headline stating a figure with no page line over it heads no title", () => {
    expect(facts(headline).title).toBeUndefined();
  });

  test("a measure before a date is no app's name", () => {
    expect(facts(`PM 2021-11-13\n${headline}`).publisher).not.toBe("PM");
  });
});
