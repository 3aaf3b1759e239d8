import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline over a page's metadata line that cries out a figure clause before its main
 * words (`1—8月完成投资超147亿元！某省一批重大水利工程取得关键进展`): the lead is longer than the few
 * cried-out words a headline usually opens with (`步伐加快！`), but it states a figure, so the line
 * is the title. A long lead without a figure (a banner's slogan), a lead closing a sentence, or a
 * line with three exclamation marks stays no title. Every text here is written for the test.
 */

const page = (first: string) =>
  `${first}\n\n发布时间:2025-09-26 17:20 来源:某某客户端 打印\n\n今年以来，全省实施水务项目396个，完成投资147.3亿元。\n\n其中，城乡供水项目完成投资61.59亿元，同比增长5.3%。`;

describe("a figure cried out before the headline's main words", () => {
  test.each([
    [
      "1—8月完成投资超147亿元!某省一批重大水利工程取得关键进展",
      "1—8月完成投资超147亿元！某省一批重大水利工程取得关键进展",
    ],
    [
      "1—8月完成投资超147亿元！某省一批重大水利工程取得关键进展→",
      "1—8月完成投资超147亿元！某省一批重大水利工程取得关键进展→",
    ],
    [
      "前三季度全省水利投资增长12.5%！重点工程建设提速",
      "前三季度全省水利投资增长12.5%！重点工程建设提速",
    ],
    [
      "某市完成造林种草38.6万亩！生态建设再上新台阶",
      "某市完成造林种草38.6万亩！生态建设再上新台阶",
    ],
    ["步伐加快！某省一批重大水利工程取得关键进展", "步伐加快！某省一批重大水利工程取得关键进展"],
  ])("`%s` is the title", (first, title) => {
    expect(parseBulletinText(page(first)).bulletin.publication.title).toBe(title);
  });

  test.each([
    ["a long lead without a figure", "热烈庆祝中华人民共和国成立七十五周年！祝愿伟大祖国繁荣昌盛"],
    ["a site's greeting", "欢迎访问某某省水务厅网站！今天是2025年9月26日"],
    ["three exclamation marks", "完成投资超147亿元！水利工程取得进展！一批项目开工！"],
    ["a lead that closes a sentence", "全省完成投资147亿元。某省一批重大水利工程取得关键进展！"],
  ])("%s is no title", (_, first) => {
    expect(parseBulletinText(page(first)).bulletin.publication.title).toBeUndefined();
  });
});
