import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A lede that opens with its byline and the place the report was sent from (`某某日报记者王某 发自北京
 * 2月8日，…`), the outlet perhaps a paper and its site joined by a middle dot (`某某报·某某网记者…`):
 * the outlet is the publisher. A role with no name before 发自 (`…记者发自内心…`), a person's byline
 * with no outlet, or a name that ends as no outlet's does, names none. Every text here is written for
 * the test.
 */

const publisher = (lede: string) =>
  parseBulletinText(
    `${lede}2月8日，某市法院召开院长会议，研究部署今年重点工作。据介绍，去年全市法院收案65万件，同比上升8.3%。`,
  ).bulletin.publication.publisher?.name;

describe("a byline sent from a place opening the lede", () => {
  test.each([
    ["某某妇女报·某某女性网记者王某某 发自北京 ", "某某妇女报·某某女性网"],
    ["某某日报记者 王某 李某 发自某市 ", "某某日报"],
    ["某某晚報記者 王某 發自某市 ", "某某晚報"],
    ["某某新闻网记者王某发自某市，", "某某新闻网"],
  ])("`%s`: %s", (lede, name) => {
    expect(publisher(lede)).toBe(name);
  });

  test.each([
    ["no name before 发自", "某某日报记者发自内心地说，"],
    ["no outlet", "记者 王某 发自某市 "],
    ["a name no outlet's", "某某公司·某某中心记者王某 发自北京 "],
  ])("%s names none", (_, lede) => {
    expect(publisher(lede)).toBeUndefined();
  });
});
