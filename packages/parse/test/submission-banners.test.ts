import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's banner of links over a copied report's headline, closed by its link for contributors
 * (batch s16c's misses: `… 投稿须知` over the headline was joined into the title). Every text here
 * is written for the test.
 */

const HEADLINE = "3月14日全国物流保通保畅运行情况";
const parse = (banner: string) =>
  parseBulletinText(
    `${banner}\n${HEADLINE}\n来源:某某部 时间:2023-03-15\n\n根据监测汇总数据,3月14日,全国货运物流有序运行,货物吞吐量3527万吨。`,
  );

describe("a banner of links closed by a contributors' link", () => {
  test.each([
    ["a fair's name, an ad and 投稿须知", "2023世界交通运输大会 傲杀除草       投稿须知"],
    ["words and 我要投稿", "首页   新闻中心   我要投稿"],
    ["a site's name and 在线投稿", "某某交通网    在线投稿"],
    ["the link alone", "投稿指南"],
  ])("%s: dropped, the headline alone is the title", (_, banner) => {
    const { bulletin, warnings } = parse(banner);
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(
      warnings.filter((w) => w.code === "web-line-dropped").map((w) => w.position.line),
    ).toContain(1);
  });
});

describe("near misses: lines that name contributions and are the text's", () => {
  test.each([
    ["a heading's number", "五、投稿须知"],
    ["a sentence", "欢迎各单位积极投稿,来稿请发投稿邮箱。"],
    ["a notice's title", "关于征集2023年度简报稿件的通知"],
  ])("%s is kept", (_, line) => {
    const text = `某市交通运输简报\n${line}\n全市货运物流有序运行,货物吞吐量3527万吨。`;
    const dropped = parseBulletinText(text)
      .warnings.filter((w) => w.code === "web-line-dropped")
      .map((w) => w.position.line);
    expect(dropped).not.toContain(2);
  });
});
