import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reporter's credit in brackets whose outlet an app's or a group's brand opens, joined by a middle
 * dot (`（某某云·某某新闻网首席记者 王某）`, `本网讯(某某云•某某新闻网记者 王某)`), names that outlet, brand
 * and all, as the publisher, as a credit naming the outlet alone does. Near-misses: a credit naming a
 * body or people only (`（某某局·某某中心 王某）`, no reporter's role), `本报` in a brand's place.
 */

const publisher = (text: string): string | undefined =>
  parseBulletinText(text).bulletin.publication.publisher?.name;

const REST = "\n一方面，印发了《关于优化12345热线诉求工单处办工作的通知》，全年受理诉求1200万件。";

describe("a credit whose outlet a brand and a middle dot open", () => {
  test.each([
    [
      "(草原云·北疆新闻网首席记者 王某某)11月20日，记者从自治区政府新闻办召开的新闻发布会上了解到，全区热线运行平稳。",
      "草原云·北疆新闻网",
    ],
    [
      "本网讯(草原云•北疆新闻网记者 王某)记者从某市医疗保障局了解到，全市检查定点药店75家。",
      "草原云•北疆新闻网",
    ],
    [
      "（天府眼·锦城日报记者 李某 通讯员 张某）近日，记者从某市政务服务中心获悉，全市办件量增长12%。",
      "天府眼·锦城日报",
    ],
  ])("`%s` names %s", (lede, name) => {
    expect(publisher(`${lede}${REST}`)).toBe(name);
  });
});

describe("dotted names that are no outlet's credit (near-misses)", () => {
  test.each([
    "(某市数据局·政务服务中心 王某某)11月20日，记者从自治区政府新闻办召开的新闻发布会上了解到，全区热线运行平稳。",
    "（本报·北疆新闻网）近日，记者从某市政务服务中心获悉，全市办件量增长12%。",
  ])("`%s` names none", (lede) => {
    expect(publisher(`${lede}${REST}`)).toBeUndefined();
  });
});
