import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's dateline that prints a kind of paper alone (`晚报讯`, `早报8月21日讯`, `时报5月6日讯`),
 * as `本报讯` does: it names no paper, and the copy has no publisher from it (the corpus README's
 * reading of `晚报讯`). A paper's own name before the kind (`重庆日报讯`, `某某晚报讯`) still names the
 * publisher. The datelines are those of tuning texts (putian-industry-h1, qingdao-soe-2019h1-benchmark,
 * shandong-medicare-fraud-2019-yybnet, yibin-foreign-trade-2018-1-9); the rest is written for the test.
 */

const LEDE = "记者昨日从市统计局了解到，今年上半年全市规模以上工业增加值同比增长8.2%。";
const REST = "其中，国有控股企业增加值增长12.5%，民营企业增长7.1%。";
const publisherOf = (text: string) =>
  parseBulletinText(`${text}\n${REST}`).bulletin.publication.publisher?.name;

describe("a dateline of a bare kind of paper", () => {
  test.each([
    ["晚报讯 ", `晚报讯 ${LEDE}`],
    ["晚报讯 with a reporters' credit", `晚报讯(记者 卓智鸿 通讯员 黄蓓芳)${LEDE}`],
    ["早报 dated", `早报8月21日讯 ${LEDE}`],
    ["时报 dated, a credit", `时报5月6日讯 (记者谢苗苗)${LEDE}`],
    ["晚報 in traditional characters", `晚報訊 ${LEDE}`],
  ])("%s names no publisher", (_, text) => {
    expect(publisherOf(text)).toBeUndefined();
  });
});

describe("datelines that name their paper (near misses)", () => {
  test.each([
    [`重庆日报讯 (记者 陈钧)${LEDE}`, "重庆日报"],
    [`某某晚报讯 ${LEDE}`, "某某晚报"],
    [`滁州日报讯(记者张开兴 李 慧)${LEDE}`, "滁州日报"],
    [`某某时报5月6日讯 ${LEDE}`, "某某时报"],
  ])("`%s` names its paper", (text, paper) => {
    expect(publisherOf(text)).toBe(paper);
  });
});
