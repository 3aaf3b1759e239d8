import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's deck under its headline, which the repair joins to the report's first paragraph
 * (it closes no sentence), the paragraph opening with a dateline of two outlets parted by a dot
 * and a dated 讯 (batch s16b's misses: `泉州晚报社·泉州通客户端4月25日讯`). The first outlet is the
 * publisher. Every text here is written for the test.
 */

const publisher = (deck: string, dateline: string): string | undefined =>
  parseBulletinText(
    `某市财政收入实现一季度“开门红”\n${deck}\n${dateline}(某某晚报记者 蔡某 通讯员 陈某)今年以来,全市财政收入增长12.6%。`,
  ).bulletin.publication.publisher?.name;

const DECK = "一般公共预算总收入312.74亿元,所有县(市、区)财政收入全面实现增收";

describe("a dateline under a deck", () => {
  test.each([
    ["two outlets parted by a dot, a dated 讯", "某某晚报社·某某通客户端4月25日讯", "某某晚报社"],
    ["two outlets parted by a slash", "某某日报/某某网4月25日讯", "某某日报"],
    ["one outlet, a dated 讯", "某某晚报4月25日讯", "某某晚报"],
    ["one outlet and its place", "某某日报某市讯", "某某日报"],
  ])("%s: the first outlet", (_, dateline, name) => {
    expect(publisher(DECK, dateline)).toBe(name);
  });
});

describe("near misses: no dateline after the deck", () => {
  test.each([
    ["a sentence naming a paper", "记者从某某晚报社获悉"],
    ["a body, not an outlet", "某市财政局4月25日讯"],
  ])("%s: no publisher from it", (_, opening) => {
    expect(publisher(DECK, opening)).toBeUndefined();
  });
});
