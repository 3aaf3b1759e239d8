import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news site's menu bar run together over a copied report (`中国网首页中国网新闻中心湖北政务荆楚各地
 * 湖北生活`), opening with the link to the site's home page named after the site (`某某网首页`) and
 * going on with the names of its columns: page furniture, as a bar opening with a bare `首页` is, so
 * the headline under it is the title though shorter. A headline that names a site's home page and
 * goes on as a sentence's words, or with `的`, stays the title. Every text here is written for the
 * test.
 */

const HEADLINE = "湖北省4月环境质量公布，全省地表水环境质量总体为优";
const page = (bar: string) =>
  `${bar}\n\n${HEADLINE}\n\n发布时间:2024-05-29 19:40:36  |  来源:某某新闻  |  作者:李某\n\n5月29日，湖北省生态环境厅召开新闻发布会，公布了2024年4月全省环境质量状况。全省17个重点城市平均优良天数比率为95.1%。`;

describe("a menu bar opening with the site's named home link", () => {
  test.each([
    ["中国网首页中国网新闻中心湖北政务荆楚各地湖北生活"],
    ["中國網首頁中國網新聞中心湖北政務荊楚各地湖北生活"],
    ["某某新闻网首页新闻中心要闻时政社会财经体育"],
    ["某某网首页 新闻 政务 地方频道 专题 视频"],
  ])("`%s` is furniture: the headline is the title", (bar) => {
    const { bulletin } = parseBulletinText(page(bar));
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(bulletin.issue.publishedOn).toBe("2024-05-29");
  });

  // Near-misses: headlines that name a site's home page.
  test.each([
    ["某市政府网首页改版上线"],
    ["某某网首页栏目调整情况的通报"],
    ["中国网首页新闻点击量居全国前列"],
  ])("`%s` alone over the metadata line stays the title", (headline) => {
    const text = `${headline}\n\n发布时间:2024-05-29 19:40:36  |  来源:某某新闻\n\n5月29日，某市召开新闻发布会，通报了有关情况。`;
    expect(parseBulletinText(text).bulletin.publication.title).toBe(headline);
  });
});
