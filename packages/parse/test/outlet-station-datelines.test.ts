import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's dateline naming an outlet's local station after the outlet (`某网某区站讯 今年以来,…`):
 * the station is part of the outlet's name, which is the publisher, as a channel is (`某某在线某城频道消息：`).
 * Near-misses keep their older reading: an outlet and a place (`某某网某市讯`), a station with no
 * outlet before it. Every text here is written for the test.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const REST =
  " 今年以来,全区公共财政收入完成7.43亿元,同比增收0.89亿元,增长13.7%。\n全区税收收入完成5.2亿元,同比增长12.1%。";

describe("an outlet's local station in a dateline", () => {
  test.each([
    ["a site's district station, 讯", "某网某区站讯", "某网某区站"],
    [
      "a news site's county station, its reporter's credit",
      "某某新闻网某县站讯(记者 王某)",
      "某某新闻网某县站",
    ],
    ["a site's station, traditional", "某網某區站訊", "某網某區站"],
    ["a paper's station, the day", "某某日报某镇站5月2日讯", "某某日报某镇站"],
  ])("(%s) names the publisher", (_, dateline, name) => {
    expect(publisherOf(`${dateline}${REST}`)).toBe(name);
  });

  test.each([
    ["an outlet and a place", "某某新闻网某市讯", "某某新闻网"],
    ["a channel, as before", "某国在线某城频道消息:", "某国在线某城频道"],
  ])("(%s) reads as before", (_, dateline, name) => {
    expect(publisherOf(`${dateline}${REST}`)).toBe(name);
  });

  test("a station with no outlet before it names no publisher", () => {
    expect(publisherOf(`某区站讯${REST}`)).toBeUndefined();
  });
});
