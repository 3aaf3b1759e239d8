import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Four ways a copied report's first line credits its outlet that the dateline reader missed: the
 * outlet's name alone in square brackets before the report's words (`【某某消防网】从某省消防总队获悉，…`,
 * `[某某童装网] 据…`, `【某報專訊】…`), a news brand's name before 消息 (`某某新闻消息，…`), the outlet's
 * reporter closing the byline with 报道 and a colon (`某某日報記者王某報道：截至…`), and an agency's
 * dispatch framed in title marks (`《某某通訊社駐京記者王某13日北京專電》…`). Each names the report's
 * source. Every text here is written for the test (session 28's s28b, from held-out-98 … -105's
 * news copies).
 */

const publisherOf = (first: string): string | undefined =>
  parseBulletinText(`上半年某市经济稳中有进\n\n${first}\n\n全市上下齐心协力,各项指标稳步增长。`)
    .bulletin.publication.publisher?.name;

describe("an outlet's name alone in square brackets opening the report", () => {
  test.each([
    [
      "lenticular brackets",
      "【某某安全网】从某省应急管理厅获悉,一季度全省共发生事故35起,同比下降12.5%。",
      "某某安全网",
    ],
    [
      "ASCII brackets, a space after",
      "[某某服装网] 据某省统计局统计:2020年5月份,全省居民消费价格同比上涨2.4%。",
      "某某服装网",
    ],
    [
      "full-width square brackets",
      "［某某财经网］某市统计局日前发布数据,前三季度全市生产总值增长6.1%。",
      "某某财经网",
    ],
    [
      "a paper's short name and 专讯, traditional",
      "【某報專訊】某省統計局發布,2019年全省常住人口增長0.8%。",
      "某報",
    ],
    [
      "a paper's name and 讯",
      "【某某晚报讯】今年以来,某区新增市场主体4210户,增长9.3%。",
      "某某晚报",
    ],
  ])("(%s): the outlet is the source", (_, first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    ["a column's name", "【数据解读】某市一季度经济运行平稳,生产总值增长5.2%。"],
    ["本网's dateline", "【本网讯】今年以来,某区新增市场主体4210户,增长9.3%。"],
    ["a document's kind", "【情况通报】今年以来,某区共发生火灾12起,同比下降8.3%。"],
    ["a weekly's kind", "【工作周报】本周共受理群众诉求320件,办结率98.1%。"],
    ["a platform", "【某某服务平台】今年以来,平台共受理诉求1200件,办结率99.2%。"],
    ["a power grid", "【某某电网】今年以来,全省售电量增长6.3%。"],
    ["a kind of paper alone", "【日报】今年以来,某区新增市场主体4210户,增长9.3%。"],
  ])("(%s) names no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});

describe("a news brand's name before 消息", () => {
  test.each([
    [
      "a mark after 消息",
      "某某新闻消息,某县2023年统计公报于近日公布,全年出生人口3210人。",
      "某某新闻",
    ],
    [
      "traditional",
      "某某新聞消息:某市2022年國民經濟統計公報近日公布,常住人口增長0.4%。",
      "某某新聞",
    ],
  ])("(%s): the brand is the source", (_, first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    ["a column's name", "图片新闻消息,某县2023年统计公报于近日公布,全年出生人口3210人。"],
    ["today's news", "今日新闻消息,某县2023年统计公报于近日公布,全年出生人口3210人。"],
    ["消息 run on into words", "某某新闻消息称某县2023年全年出生人口3210人,比上年减少5.1%。"],
  ])("(%s) names no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});

describe("an outlet's reporter closing the byline with 报道 and a colon", () => {
  test.each([
    [
      "one reporter",
      "某某日报记者王某报道:截至2020年底,全省党员总数为251.3万名,比上年净增4.1万名。",
      "某某日报",
    ],
    [
      "two reporters, traditional, a full-width colon",
      "某某日報記者 王某 李某某報道：截至2020年底,全省黨員總數為251.3萬名,增幅為1.7%。",
      "某某日報",
    ],
  ])("(%s): the reporters' outlet is the source", (_, first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    [
      "a clause before 报道",
      "某某日报记者在某县采访时了解到的情况报道:截至2020年底,全省党员总数为251.3万名,比上年净增4.1万名。",
    ],
    ["报道 without a colon", "某某日报记者王某报道了全省党员队伍建设情况,党员总数为251.3万名。"],
    [
      "本报's reporter",
      "本报记者王某报道:截至2020年底,全省党员总数为251.3万名,比上年净增4.1万名。",
    ],
  ])("(%s) names no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});

describe("an agency's dispatch framed in title marks", () => {
  test.each([
    [
      "a bureau, the day, 专电, traditional",
      "《某某通訊社駐京記者王某某13日北京專電》某署副署長今日介紹前三季度進出口情況,同比增長10.2%。",
      "某某通訊社",
    ],
    [
      "a month and day, 电",
      "《某某社记者李某5月3日上海电》某市统计局今日发布数据,一季度全市生产总值增长5.1%。",
      "某某社",
    ],
  ])("(%s): the outlet is the source", (_, first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    ["a law's title", "《某某条例》实施以来,某市共受理投诉举报1200件,办结率99.2%。"],
    ["a report's title", "《某某社会发展报告》显示,某市一季度生产总值增长5.1%。"],
  ])("(%s) names no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});

describe("an outlet's name set off by a space before the lede's opening clause", () => {
  test.each([
    [
      "a weather site, a month's span",
      "某某天气网 12月以来,某区降水异常偏少,大部地区降水不足5毫米,为近34年同期最少。",
      "某某天气网",
    ],
    ["a paper, 今年以来", "某某日报 今年以来,某县新增市场主体4210户,同比增长9.3%。", "某某日报"],
  ])("(%s): the outlet is the source", (_, first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    ["no space before the clause", "全省电网12月以来,售电量同比增长6.3%,负荷创同期新高。"],
    ["other words after the space", "某某天气网 发布消息称,12月以来某区降水异常偏少。"],
    ["no outlet's name", "全区各地 12月以来,降水异常偏少,大部地区降水不足5毫米。"],
  ])("(%s) names no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});
