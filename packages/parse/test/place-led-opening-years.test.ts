import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report whose first sentence names its place right before the year it opens on (`平江县2009年度政府
 * 采购规模…`, `全省2019年度完成造林绿化…`, `我市2017年…`, `某某自治区2022年…`): that year is the period,
 * as `2009年，某县…` states it. Near-misses: a place before a month or a span (`某县2021年1-5月…`:
 * that span), before a point in time (`全市2020年底…`, `某县2019年以来…`), a word ending as a place's
 * that names none (`超市2019年…`), a later sentence's place and year. Written for held-out-180's and
 * -164's procurement and afforestation news; every text is invented.
 */

const periodOf = (title: string, lede: string) =>
  parseBulletinText(`${title}\n${lede}\n其中，货物类采购1.2亿元，同比增长8.6%。`).bulletin.issue
    .period;

describe("a first sentence's place before its year", () => {
  test.each([
    [
      "某县政府采购规模首破亿元大关",
      "某某县2009年度政府采购规模首次突破亿元大关，节约资金逾千万元。",
      2009,
    ],
    [
      "记者近日从省林业局获悉，全省2019年度完成造林绿化654.32万亩，为全年计划任务的110.9%。",
      "",
      2019,
    ],
    ["某市建设用地报批情况", "我市2017年共批回土地总面积2.17万亩，办理设施农用地512宗。", 2017],
    ["某州公共资源交易运行", "某某自治州2022年共完成交易项目1865个，交易总额386.5亿元。", 2022],
    ["某區法律援助情況", "本區2023年共受理法律援助案件1123件，同比增長6.1%。", 2023],
    ["某旗生态建设成效", "某某旗2021年完成人工造林8.6万亩，草原修复12万亩。", 2021],
  ])("parseBulletinText: `%s` / `%s` reports on %i", (title, lede, year) => {
    expect(periodOf(title, lede)).toEqual({ kind: "year", year });
  });
});

describe("a place and a year that state no year reported on (near-misses)", () => {
  test.each([
    // A span after the year: that span.
    [
      "某县工业经济运行情况",
      "某某县2021年1-5月规模以上工业增加值同比增长8.2%，增速居全市第三。",
      { kind: "range", start: "2021-01-01", end: "2021-05-31" },
    ],
    // Points in time and counts since.
    ["某市耕地保护情况", "全市2020年底耕地面积687.69万亩，基本农田560.18万亩。", undefined],
    ["某县扶贫工作进展", "某某县2019年以来累计脱贫1.2万户，贫困发生率降至0.3%。", undefined],
    // A word that ends as a place's and names none.
    ["某连锁超市经营情况", "某某超市2019年销售额达8.6亿元，同比增长12%。", undefined],
    // A later sentence's place and year.
    ["某市政府采购情况", "政府采购规模持续扩大。全市2018年共实现政府采购10655万元。", undefined],
  ])("parseBulletinText: `%s` / `%s` gives %j", (title, lede, period) => {
    expect(periodOf(title, lede)).toEqual(period);
  });
});
