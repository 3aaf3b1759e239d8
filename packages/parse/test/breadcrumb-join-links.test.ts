import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A breadcrumb closed by `> 正文` and, on the same line, the platform's link for writers to join
 * it (`某某网 > 某某号 > 正文 申请入驻`, `… > 正文 我要投稿`): the line is the page's, so the headline
 * under it is the title. A line that goes on after `正文` with other words, or a path that ends in
 * the link word without `正文`, stays what it was. Every example here is written for the rule, not taken from a page.
 */

const headline = "8月份全市经济持续恢复 主要指标总体改善";
const body =
  "8月份，全市规模以上工业增加值同比增长4.2%，比上月加快0.4个百分点。\n\n1-8月份，全市固定资产投资同比增长5.8%。";

const titleUnder = (head: string) =>
  parseBulletinText(`${head}\n\n${headline}\n\n${body}`).bulletin.publication.title;

describe("a `> 正文` breadcrumb with the platform's join link after it", () => {
  test.each([
    "某某之家 > 某某号 > 正文 申请入驻",
    "某某网 > 某某号 > 正文  申请入驻",
    "某某新闻 > 财经 > 正文 我要投稿",
    "首页 > 某某号 > 正文 申请入驻",
  ])("`%s` is the page's: the headline under it is the title", (head) => {
    expect(titleUnder(head)).toBe(headline.replace(" ", ""));
  });

  test("without the link the breadcrumb was the page's already", () => {
    expect(titleUnder("某某之家 > 某某号 > 正文")).toBe(headline.replace(" ", ""));
  });
});

describe("other paths over a headline", () => {
  // Not breadcrumbs with a link, but a site's path is no headline either (since session 38, s38a):
  // the headline under it is the title.
  test.each(["某某之家 > 某某号 > 申请入驻", "某某之家 > 某某号 > 正文 8月份全市经济持续恢复"])(
    "`%s` is a site's path: the headline under it is the title",
    (head) => {
      expect(titleUnder(head)).toBe(headline.replace(" ", ""));
    },
  );
});
