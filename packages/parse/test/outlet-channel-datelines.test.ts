import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's dateline naming the outlet and its channel after a middle dot right before 讯
 * (`某某网·某某高新讯 7月20日…`): the outlet with its channel is the publisher. Near-misses: a second
 * outlet after the dot (`某某日报·某某网讯`, the first outlet as before), an app after the dot and a
 * day (`某某晚报社·某某通客户端4月25日讯`, as before). Every text here is written for the test.
 */

const HEADLINE = "某市上半年经济运行保持良好势头";
const BODY =
  "\n\n上半年全市国民经济继续保持了平稳较快增长。据初步核算，全市生产总值完成3154.85亿元。";

const read = (lede: string) =>
  parseBulletinText(`${HEADLINE}\n\n${lede}${BODY}`).bulletin.publication.publisher?.name;

describe("an outlet's channel after a middle dot in the dateline", () => {
  test.each([
    {
      what: "a district channel, a space after 讯",
      lede: "某国网·滨海高新讯 7月20日下午，某市经济社会发展情况新闻发布会召开。",
      name: "某国网·滨海高新",
    },
    {
      what: "a katakana dot, a colon after 讯",
      lede: "某某在线・南湖讯：7月20日，某市经济社会发展情况新闻发布会召开。",
      name: "某某在线・南湖",
    },
  ])("parseBulletinText: $what", ({ lede, name }) => {
    expect(read(lede)).toBe(name);
  });

  test.each([
    {
      what: "a second outlet after the dot",
      lede: "某某日报·某某网讯 7月20日，某市经济社会发展情况新闻发布会召开。",
      name: "某某日报",
    },
    {
      what: "an app and a day after the dot",
      lede: "某某晚报社·某某通客户端4月25日讯 某市经济社会发展情况新闻发布会召开。",
      name: "某某晚报社",
    },
  ])("parseBulletinText: as before: $what", ({ lede, name }) => {
    expect(read(lede)).toBe(name);
  });
});
