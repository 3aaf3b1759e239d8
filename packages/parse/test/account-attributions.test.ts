import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied report that opens crediting a body's account on a network and the day of its news
 * (`據國家市場監督管理總局微信公眾號6日消息`, batch s16c's misses): an account names no outlet of
 * the copy; the day is no part of a name 据 credits. Every text here is written for the test.
 */

const publisher = (lede: string): string | undefined =>
  parseBulletinText(`某县2021年食品安全监督抽检不合格率2.69%\n\n2022-05-08 08:45:35\n\n${lede}`)
    .bulletin.publication.publisher?.name;

describe("an account credited by 据", () => {
  test.each([
    [
      "a WeChat account and a day",
      "据某市市场监督管理局微信公众号6日消息,全年共抽检食品1200批次。",
    ],
    ["a public account (traditional)", "據某市市場監督管理局公眾號消息,全年共抽檢食品1200批次。"],
    ["an official microblog", "据某市市场监督管理局官方微博消息,全年共抽检食品1200批次。"],
  ])("%s: no publisher", (_, lede) => {
    expect(publisher(lede)).toBeUndefined();
  });
});

describe("near misses: an outlet credited by 据", () => {
  test.each([
    ["an outlet and a day", "据某某日报6日报道,全年共抽检食品1200批次。", "某某日报"],
    ["an outlet", "据某某新闻网报道,全年共抽检食品1200批次。", "某某新闻网"],
  ])("%s: the outlet", (_, lede, name) => {
    expect(publisher(lede)).toBe(name);
  });
});
