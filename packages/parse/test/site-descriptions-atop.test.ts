import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news site's description of itself on a copied page's first line (`某某日報提供某地每日在地新聞、
 * 時事專欄評論、專題報導等!`): when nothing else names the publisher, the outlet that describes itself
 * is the publisher. Near-misses name none: a body's name before 提供, a sentence of the report, a
 * description naming no news. Every text here is written for the test.
 */

const REST =
  "\n\n自動輪播廣告\n行政處表示,民眾進線1999所反映事項包羅萬象,縣府同仁盡心協助,第二季共受理案件1203件。\n\n其中以詢問勞工及商家紓困補助為多,計412件,占34.2%。";
const publisherOf = (top: string) =>
  parseBulletinText(`${top}${REST}`).bulletin.publication.publisher?.name;

describe("a news site's description of itself atop the page", () => {
  test.each([
    [
      "a daily, traditional",
      "某某日報提供某地每日在地新聞、時事專欄評論、縣政新聞、專題報導等!",
      "某某日報",
    ],
    ["a site, simplified", "某某新闻网提供全市最新资讯、便民服务与专题报道。", "某某新闻网"],
  ])("(%s)", (_, top, name) => {
    expect(publisherOf(top)).toBe(name);
  });

  test.each([
    ["a company before 提供", "某某科技公司提供新闻资讯系统建设服务"],
    ["a sentence of the report", "某某网提供的数据显示,全县新闻报道数量增长。"],
    ["no news named", "某某网提供印刷、广告设计服务等!"],
  ])("(%s) names none", (_, top) => {
    expect(publisherOf(top)).toBeUndefined();
  });
});
