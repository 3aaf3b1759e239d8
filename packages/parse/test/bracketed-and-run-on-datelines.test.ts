import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two ways a report's first line prints an outlet's dateline that the plain reader missed: the
 * dateline and its reporter's credit in one pair of brackets (`(安康新网讯 记者 王某)今年以来,…`), and
 * a dated `消息` run straight on into the report with no mark after it (`中广网北京6月19日消息民政部今日
 * 发布…`). Either names the report's source. Every text here is written for the test.
 */

const publisherOf = (first: string): string | undefined =>
  parseBulletinText(`上半年某市经济稳中有进\n\n${first}\n\n全市上下齐心协力,各项指标稳步增长。`)
    .bulletin.publication.publisher?.name;

describe("a dateline and its reporter's credit in one pair of brackets", () => {
  test.each([
    [
      "ASCII brackets",
      "(安康新网讯 记者 王某)今年以来,我市安全生产形势平稳向好,事故同比下降13.7%。",
      "安康新网",
    ],
    [
      "full-width brackets, a correspondent too",
      "（某州日报讯 记者 王某 通讯员 李某）今年以来,某县规上工业增加值增长8.2%。",
      "某州日报",
    ],
    [
      "square brackets, a dated 讯",
      "【某某网3月5日讯 记者 张某】一季度,某地实现生产总值120亿元。",
      "某某网",
    ],
    [
      "traditional, a converter's reading",
      "(安康新網(wǎng)訊 記者 王某)今年以來,我市安全生產(chǎn)形勢平穩(wěn)向好,事故同比下降13.7%。",
      "安康新網",
    ],
  ])("(%s): the outlet is the source", (_, first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    ["本报's", "(本报讯 记者 王某)今年以来,某县规上工业增加值增长8.2%。"],
    ["a place's", "(某县讯 记者 王某)今年以来,某县规上工业增加值增长8.2%。"],
    ["a note naming a site", "(注:数据来自某某网)今年以来,某县规上工业增加值增长8.2%。"],
    [
      "a sentence in brackets",
      "(某某网讯,记者王某报道,今年以来各项指标稳步增长。)某县规上工业增加值增长8.2%。",
    ],
  ])("(%s) names no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});

describe("a dated 消息 run straight on into the report", () => {
  test.each([
    [
      "a network's dateline",
      "中广网北京6月19日消息民政部今日发布《2012年社会服务发展统计公报》,公报显示,全国共有城市低保对象1114.9万户。",
      "中广网",
    ],
    [
      "traditional, a converter's reading",
      "中廣網(wǎng)北京6月19日消息民政部今日發(fā)布《2012年社會服務(wù)發(fā)展統計公報》,全國共有城市低保對象1114.9萬戶。",
      "中廣網",
    ],
    [
      "a paper's, no place",
      "某某日报6月19日消息某市统计局发布数据,上半年全市生产总值增长5.1%。",
      "某某日报",
    ],
  ])("(%s): the outlet is the source", (_, first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    [
      "a sentence's date and 消息",
      "今年6月19日消息传出后,某市统计局发布数据,上半年全市生产总值增长5.1%。",
    ],
    ["an outlet's undated 消息 in a sentence", "某某网消息显示,上半年全市生产总值增长5.1%。"],
  ])("(%s) names no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});
