import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report whose first sentence opens with the body that gave the news, then `消息` (`县统计局消息，`,
 * `省应急管理厅7月9日消息，`, its day perhaps between): the body is the publisher, as printed (either
 * script), as `据某局消息，` names it. Written for the rule (formerly held-out-38's and -40's county
 * industry and provincial inspection copies); the cases are invented.
 */

const publisher = (lede: string) =>
  parseBulletinText(`${lede}\n其中，5月份实现工业产值12.99亿元，比上月增长9.9%。`).bulletin
    .publication.publisher?.name;

describe("a lede opened by a body's 消息", () => {
  test.each([
    ["縣統計局消息,今年前5個月,我縣實現工業總產值53.22億元,同比增長25.1%。", "縣統計局"],
    ["县统计局消息，今年前5个月，全县实现工业总产值53.22亿元，同比增长25.1%。", "县统计局"],
    ["省應急管理廳7月9日消息,從5月20日至6月30日,全省共發現事故隱患2365條。", "省應急管理廳"],
    [
      "某市人力资源和社会保障局消息：今年1-6月，全市城镇新增就业3.2万人。",
      "某市人力资源和社会保障局",
    ],
    ["某区市场监督管理局3日消息，上半年共受理投诉举报1203件，同比下降5.1%。", "某区市场监督管理局"],
  ])("`%s` names %s", (lede, name) => {
    expect(publisher(lede)).toBe(name);
  });
});

describe("消息 that names no body (near-misses)", () => {
  test.each([
    // A sentence about news: no body's name before 消息.
    ["好消息，今年前5个月，全县实现工业总产值53.22亿元，同比增长25.1%。"],
    ["最新消息，今年前5个月，全县实现工业总产值53.22亿元，同比增长25.1%。"],
    // A body that released news in the sentence's words, not as the lede's attribution.
    ["县统计局发布消息，今年前5个月，全县实现工业总产值53.22亿元。"],
    ["县统计局最新消息显示，今年前5个月，全县实现工业总产值53.22亿元。"],
    // A name that ends as no body's does.
    ["今年前5个月消息，全县实现工业总产值53.22亿元，同比增长25.1%。"],
  ])("`%s` names none", (lede) => {
    expect(publisher(lede)).toBeUndefined();
  });

  test("an outlet's dateline stays the publisher", () => {
    expect(
      publisher("某某日报消息，今年前5个月，全县实现工业总产值53.22亿元，同比增长25.1%。"),
    ).toBe("某某日报");
  });
});
