import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A text that opens with the first of parallel sub-heads (a miss of the tenth blind set read as a
 * family): short heading lines that end with the same word, each over its paragraphs, are the
 * text's sections; the first of them is not its title. Every example here is written for the
 * rule, not taken from a page.
 */

const parse = (text: string) => parseBulletinText(text);
const para = (what: string) =>
  `上周${what}零售均价11.95元/500克，较前周上涨1.23%，各区县中最高的为12.00元/500克，最低的为11.50元/500克。`;

describe("a text that opens with the first of parallel sub-heads", () => {
  test.each([
    ["猪肉和鸡蛋价格", "粮食和食用油价格", "蔬菜价格"],
    ["城区空气质量", "县域空气质量", "地表水质量"],
    ["工业生产形势", "固定资产投资形势", "消费市场形势"],
  ])("parseBulletinText: `%s` / … / `%s` / … / `%s` are sections, no title", (a, b, c) => {
    const { bulletin } = parse(
      `${a}\n${para("猪肉")}\n${b}\n${para("大米")}\n${c}\n${para("白菜")}`,
    );
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.sections.map((s) => s.title)).toEqual([a, b, c]);
  });

  test.each([
    // A report's kind closes the first line: a title over sub-heads.
    ["全市物价监测情况", "猪肉价格情况", "蔬菜价格情况"],
    // A first line naming the whole scope or its week: a title over parallel sub-heads.
    ["全市重要民生商品价格", "猪肉价格", "蔬菜价格"],
    ["第28周民生商品价格", "猪肉价格", "蔬菜价格"],
    // Other sub-heads end with other words.
    ["全市重要民生商品价格", "猪肉和鸡蛋", "蔬菜和水果"],
  ])("parseBulletinText: `%s` over `%s` and `%s` stays the title", (title, b, c) => {
    const { bulletin } = parse(
      `${title}\n${para("猪肉")}\n${b}\n${para("大米")}\n${c}\n${para("白菜")}`,
    );
    expect(bulletin.publication.title).toBe(title);
  });
});
