import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An outlet's `…消息` dateline run straight into the report's attribution (`央廣網北京10月8日消息 據四川省
 * 文化和旅游廳消息，…`: the repair joins the Han characters across the space): the outlet is the
 * publisher, as before a colon or a space, and the body the attribution credits (a department, no
 * outlet) does not replace it. Written for the rule (the corpus's shape is the first).
 */

const headline = "国庆假期四川文旅市场持续回暖";
const publisher = (lede: string) =>
  parseBulletinText(`${headline}\n${lede}\n同时，本次假日呈现出文旅消费逐步回暖等五大特点。`)
    .bulletin.publication.publisher?.name;

describe("a 消息 dateline run into 据", () => {
  test.each([
    [
      "央廣網(wǎng)北京10月8日消息 據(jù)四川省文化和旅游廳消息，國慶假期四川省累計接待游客4326.33萬人次。",
      "央廣網",
    ],
    ["央视网消息据国家统计局数据，国庆假期全国接待游客4.22亿人次。", "央视网"],
    ["中国新闻网北京10月8日消息 据交通运输部统计，国庆假期全国发送旅客4.2亿人次。", "中国新闻网"],
  ])("`%s` names %s", (lede, name) => {
    expect(publisher(lede)).toBe(name);
  });
});

test("a dateline's outlet stays the publisher over an outlet or a body it credits", () => {
  // (Since session 46 the dateline's outlet, not the outlet it credits: the corpus facts name it.)
  expect(publisher("某某社北京6月17日电/据某某网报道，国庆假期全国接待游客4.22亿人次。")).toBe(
    "某某社",
  );
  expect(publisher("某某网北京10月8日消息 据某省文化和旅游厅消息，全省接待游客4326万人次。")).toBe(
    "某某网",
  );
});

describe("消息 before 据 that is no dateline (counter-case)", () => {
  test("a sentence about news names no outlet", () => {
    expect(publisher("记者获得的消息据称，国庆假期全省接待游客4326.33万人次。")).toBeUndefined();
  });
});
