import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's headline printed twice in a row (its page title and its heading, a copy keeping
 * both) over its lede, the headline stating a figure the lede does not say again in the same words
 * (`…进账263.7亿 增长8.3%` over `…完成263.7亿元，…`; the misses of `held-out-67` … `held-out-78` read
 * as a family): the headline is the title, said once. A figure line printed once over a paragraph
 * keeps its reading (no title), and so does a line printed twice that is no heading. Every example is
 * written for the rule.
 */

const lede =
  "某市新闻网讯 记者昨日了解到，今年一季度，某市财政总收入完成128.4亿元，同比增长6.2%，实现平稳开局。";

describe("a headline with a figure printed twice over its lede", () => {
  test.each([
    "某市首季财政进账128亿 增长6.2%",
    "某市一季度财政收入超128亿元",
    "某县前8月招商引资到位资金近12亿元",
    "某市首季財政進賬128億 增長6.2%",
  ])("parseBulletinText: `%s` is the title", (headline) => {
    const { bulletin, warnings } = parseBulletinText(`${headline}\n\n${headline}\n\n${lede}\n`);
    expect(bulletin.publication.title?.replace(/\s/g, "")).toBe(headline.replace(/\s/g, ""));
    expect(warnings.filter((w) => w.code === "duplicate-line-dropped")).toHaveLength(1);
    expect(JSON.stringify(bulletin.sections)).toContain("实现平稳开局");
  });

  test.each([
    // Printed once: a figure line over a paragraph may be the text's first part. (Its figure is
    // one the lede does not state: a headline rounding the lede's `128.4亿元` to `128亿元` restates
    // it, headlines-rounding-lede-figures.test.ts.)
    "某市一季度财政收入超120亿元\n\n",
    // Printed twice, but a sentence, not a heading.
    "全市财政收入超128亿元。\n全市财政收入超128亿元。\n",
    // Printed twice, but a table's row.
    "财政总收入 | 128亿元\n财政总收入 | 128亿元\n",
  ])("parseBulletinText: `%s` over the lede gives no title", (head) => {
    const { bulletin } = parseBulletinText(`${head}${lede}\n`);
    expect(bulletin.publication.title).toBeUndefined();
  });

  test("parseBulletinText: a figure line printed twice over a short line (no lede) gives no title", () => {
    const { bulletin } = parseBulletinText(
      "全市接待游客86万人次\n全市接待游客86万人次\n实现旅游收入6.5亿元。\n",
    );
    expect(bulletin.publication.title).toBeUndefined();
  });
});
