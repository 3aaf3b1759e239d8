import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report under its headline that opens by naming the body its news came from (`据国家旅游局消息，…`,
 * `據某省統計局消息,…`): a `…消息` after 据 is no outlet's dateline, and since session 46's corpus
 * reading the body is a source the first sentence names, no publisher (an outlet, `据某某网报道，…`,
 * `据某某新闻网消息，…`, still is). Written for the rule (formerly held-out-16's national 旅行社
 * quarter in traditional characters); the cases are invented.
 */

const headline = "某局公布第一季度全省旅行社统计调查情况";
const publisher = (lede: string) =>
  parseBulletinText(`${headline}\n${lede}\n一、填报情况\n全省旅行社总数为2805家。`).bulletin
    .publication.publisher?.name;

describe("据…消息 opening a report", () => {
  test.each([
    // (An office's news is a source the first sentence names, no publisher: the corpus README's
    // reading of `据X消息`, session 46.)
    ["据国家旅游局消息，现将2016年第一季度全国旅行社统计调查情况公报如下：", undefined],
    ["據某省統計局消息,一季度全省經濟運行平穩。", undefined],
    ["据某市文化和旅游局消息，国庆假期全市接待游客120.5万人次。", undefined],
    ["据某某新闻网消息，国庆假期全市接待游客120.5万人次。", "某某新闻网"],
  ])("`%s` names %s", (lede, name) => {
    expect(publisher(lede)).toBe(name);
  });
});

describe("other openings are read as before", () => {
  test.each([
    [
      "据新华社北京10月31日电 记者从人力资源和社会保障部了解到，全国城镇新增就业1107万人。",
      "新华社",
    ],
    ["据某某网报道，日前全市完成交易项目545个。", "某某网"],
    ["据统计，一季度全省旅行社接待游客12.5万人次。", undefined],
    ["据了解，一季度全省旅行社接待游客12.5万人次。", undefined],
    ["据旅行社电话回访，国庆期间游客满意度达98.5%。", undefined],
  ])("`%s` names %s", (lede, name) => {
    expect(publisher(lede)).toBe(name);
  });
});
