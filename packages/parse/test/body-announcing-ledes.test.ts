import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report whose lede opens on the body that gives the news, as the sentence's subject announcing it
 * (`6月3日，某市商务局消息，…`, `某市统计局发布统计公告：…`,
 * `国家统计局某市调查队调查数据显示，…`), the day perhaps before it: the body is the publisher when
 * nothing else on the page names one. A lede whose subject is no body (`全市数据显示，…`), a body that is
 * not the subject announcing (`某市统计局局长说，…`), a body releasing a report or data another outlet
 * writes up (`某市统计局发布了…`, `某市统计局发布数据显示，…`, `某省水利厅近日向媒体公布了…`), a kind of body
 * with no name (`统计局消息，`) or no place in it (`价格监测中心监测数据显示：…`), a credit the copy broke over two lines (`据某省` / `电力调度中心消息，…`) or a short line (a headline) names none. Every text
 * here is written for the test.
 */

const HEADLINE = "上半年全市河流水质总体稳定";
const REST = "其中，Ⅰ～Ⅲ类水质断面比例为86.5%，同比上升2.1个百分点；劣Ⅴ类断面比例为0.8%。";
const publisherOf = (lede: string, headline = HEADLINE) =>
  parseBulletinText(`${headline}\n${lede}\n${REST}`).bulletin.publication.publisher?.name;

describe("a lede opening on the body that announces the news", () => {
  test.each([
    [
      "某省水利廳消息，2021年1-6月全省地表水環境質量狀況總體保持穩定，優良斷面比例上升。",
      "某省水利廳",
    ],
    [
      "6月3日，某市商务局消息，2021年1-5月，全市限额以上单位消费品零售额同比增长5.2%。",
      "某市商务局",
    ],
    [
      "6月3日，某市统计局发布统计公告：今年1-5月，全市完成社会消费品零售总额812.3亿元。",
      "某市统计局",
    ],
    [
      "国家统计局某市调查队调查数据显示，5月份全市居民消费价格同比上涨1.6%，涨幅较上月回落。",
      "国家统计局某市调查队",
    ],
    [
      "近日，某省生态环境厅监测数据显示，2021年上半年全省空气优良天数比例为91.2%，同比上升。",
      "某省生态环境厅",
    ],
  ])("parseBulletinText: `%s` names %s", (lede, publisher) => {
    expect(publisherOf(lede)).toBe(publisher);
  });

  test.each([
    [
      "a subject that is no body",
      "全市监测数据显示，5月份全市河流水质总体稳定，优良断面比例同比上升2.1个百分点。",
    ],
    [
      "a body that is not the subject announcing",
      "某市统计局局长说，5月份全市经济运行总体平稳，主要指标同比均有所上升。",
    ],
    [
      "a body releasing a report",
      "6月3日，某市统计局发布了2021年1-5月全市经济运行情况，主要指标同比均有所上升。",
    ],
    [
      "a body releasing data",
      "某市统计局发布数据显示，5月份全市经济运行总体平稳，主要指标同比均有所上升。",
    ],
    [
      "a body announcing to the press",
      "某省水利厅近日向媒体公布了2021年1-6月全省地表水环境质量状况，总体保持稳定。",
    ],
    [
      "a kind of body, no body's name",
      "6月3日，统计局消息，2021年1-5月，全国限额以上单位消费品零售额同比增长5.2%。",
    ],
    [
      "a body with no place in its name",
      "价格监测中心监测数据显示：5月份全市蔬菜平均零售价格为3.35元/斤，环比下降0.89%。",
    ],
    [
      "a body learnt from",
      "记者近日从某市统计局获悉，5月份全市经济运行总体平稳，主要指标同比均有所上升。",
    ],
  ])("parseBulletinText: %s names no publisher", (_, lede) => {
    expect(publisherOf(lede)).toBeUndefined();
  });

  test("parseBulletinText: a credit the copy broke over two lines names no publisher", () => {
    const text = `据某省\n电力调度中心消息，2021年1-5月全省完成发电量812.3亿千瓦时，同比增长5.2%。\n${REST}`;
    expect(parseBulletinText(text).bulletin.publication.publisher).toBeUndefined();
  });

  test("parseBulletinText: a short line (a headline) naming a body that announces names none", () => {
    expect(publisherOf(REST, "某省水利厅公布上半年水质")).toBeUndefined();
  });
});
