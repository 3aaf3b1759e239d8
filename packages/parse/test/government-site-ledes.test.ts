import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied report whose lede opens by crediting a government's site, an office's official site or
 * an office (`据河北省政府网站消息,`, `據黔東南政府網消息 `, `据新疆发改委官网消息:`, `据北京市水务局消息，`):
 * the source is one the first sentence names, no publisher of the copy (the corpus README's reading of `据X消息`), which then has
 * none unless another line names it. A lede crediting a news outlet (`据某某新闻网消息`) or reporting
 * with `报道` (`据某州政府网报道`) keeps its old reading. The credits are those of tuning texts
 * (hebei-industry-2024-1-8, qiandongnan-investment-2012-03-trad, xinjiang-power-generation-1-5,
 * beijing-rain-2019-07-spamalyser-trad, national-transport-2023-04-syphgy); the rest is written for the
 * test. A news site's copy of such news names its site where its breadcrumb opens with the site's
 * name (`您现在的位置:某某网 > 旅游 > 正文`, national-travel-agencies-2016q1-trad); a copy-site's path
 * over a lede crediting no office names none.
 */

const HEAD = "1至8月某省经济运行总体平稳";
const LEDE = "9月20日，省统计局发布了1至8月全省经济运行情况。全省规模以上工业增加值同比增长7.1%。";
const REST = "固定资产投资同比增长4.2%，社会消费品零售总额同比增长6.0%。";
const publisherOf = (lede: string) =>
  parseBulletinText(`${HEAD}\n${lede}\n${REST}`).bulletin.publication.publisher?.name;

describe("a lede crediting a government's site or an office", () => {
  test.each([
    [`据河北省政府网站消息,${LEDE}`],
    [`據黔東南政府網消息 ${LEDE}`],
    [`据新疆发改委官网消息:${LEDE}`],
    [`据某市人民政府门户网站消息，${LEDE}`],
    [`据北京市水务局消息，${LEDE}`],
    [`据中华人民共和国交通运输部消息，${LEDE}`],
  ])("`%s` names no publisher", (lede) => {
    expect(publisherOf(lede)).toBeUndefined();
  });
});

describe("ledes crediting an outlet, or a site's report (near misses)", () => {
  test.each([
    [`据某某新闻网消息，${LEDE}`, "某某新闻网"],
    [`据某州政府网报道，${LEDE}`, "某州政府网"],
    [`据新华社消息，${LEDE}`, "新华社"],
    // (A department's site, which one tuning text's facts take for the publisher of a copy naming no other.)
    [`据市场监管总局网站消息，${LEDE}`, "市场监管总局网站"],
  ])("`%s` names its source", (lede, name) => {
    expect(publisherOf(lede)).toBe(name);
  });
});

describe("a news site's breadcrumb over an office's news", () => {
  const page = (lede: string) =>
    parseBulletinText(
      `您现在的位置:海峽網 > 旅游 > 旅游資訊 > 正文\n某局公布第一季度全省旅行社统计调查情况\n${lede}\n${REST}`,
    ).bulletin.publication.publisher?.name;

  test("names the site where the lede credits an office", () => {
    expect(page(`据国家旅游局消息，${LEDE}`)).toBe("海峽網");
  });

  test("names none over a lede that credits no office (near miss)", () => {
    expect(page(LEDE)).toBeUndefined();
  });
});
