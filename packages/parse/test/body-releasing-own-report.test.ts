import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report whose lede opens on the body releasing its own periodical report, named by its kind
 * (`11月5日，某市水文中心发布11月雨水情月报，…`, `10月1日晚，全国某某协调会议办公室发布…第1号旅游信息通报。`,
 * `3月2日上午，某省防汛抗旱指挥部办公室发布第5期汛情简报，…`), the day and the hour perhaps before it: the
 * body is the publisher when nothing else on the page names one. A body that released something
 * another outlet writes up (`发布了…`, `发布的…显示`), a release that names no report's kind
 * (`发布2021年1-5月全市经济运行情况，`) or a lede that is no sentence names none. Every text here is
 * written for the test.
 */

const HEADLINE = "全市雨水情总体平稳";
const REST = "其中，城区平均降雨量24.6毫米，比历年同期偏多5.3毫米；大中型水库蓄水量同比偏少8%。";
const publisherOf = (lede: string) =>
  parseBulletinText(`${HEADLINE}\n${lede}\n${REST}`).bulletin.publication.publisher?.name;

describe("a lede opening on the body releasing its own report", () => {
  test.each([
    [
      "11月5日，某市水文中心发布11月雨水情月报，11月1日8时至12月1日8时全市平均降雨量27.1毫米。",
      "某市水文中心",
    ],
    [
      "10月1日晚，全国某某旅游部际协调会议办公室发布2010年“十一”黄金周第1号旅游信息通报。",
      "全国某某旅游部际协调会议办公室",
    ],
    [
      "3月2日上午，某省防汛抗旱指挥部办公室发布第5期汛情简报，全省主要江河水位平稳，无险情报告。",
      "某省防汛抗旱指挥部办公室",
    ],
    [
      "7月1日，某縣統計局發布2021年上半年經濟運行快報，全縣地區生產總值同比增長8.1%。",
      "某縣統計局",
    ],
    [
      "10月3日晚7時，全國某某旅遊部際協調會議辦公室發布2011年國慶節第3號假日旅遊信息通報。",
      "全國某某旅遊部際協調會議辦公室",
    ],
  ])("parseBulletinText: `%s` names %s", (lede, publisher) => {
    expect(publisherOf(lede)).toBe(publisher);
  });

  test.each([
    [
      "a report released, written up by another",
      "11月5日，某市水文中心发布了11月雨水情月报，全市平均降雨量27.1毫米，比去年同期偏少。",
    ],
    [
      "a report quoted",
      "11月5日，某市水文中心发布的11月雨水情月报显示，全市平均降雨量27.1毫米，比去年同期偏少。",
    ],
    [
      "a release that names no report's kind",
      "11月5日，某市水文中心发布11月全市雨水情况，全市平均降雨量27.1毫米，比去年同期偏少。",
    ],
    ["a line that is no sentence", "某市水文中心发布11月雨水情月报"],
  ])("parseBulletinText: %s names no publisher", (_, lede) => {
    expect(publisherOf(lede)).toBeUndefined();
  });
});
