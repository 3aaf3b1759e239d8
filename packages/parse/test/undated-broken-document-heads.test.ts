import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A document's head in the GB/T 9704 form with no 发文字号, date or issue number over its addressee: the
 * issuer's line over a `关于…` title broken over lines that closes with the document's kind
 * (`重庆市大数据应用发展管理局` / `关于市五届人大二次会议第0535号` / `建议办理情况的复函`). The head is a
 * document's: the title is read joined and the issuer is the publisher, as under a 发文字号
 * (`chongqing-bigdata-bureau-reply-2020`, formerly `held-out-152`; `jiaozuo-civilization-inspection-2019`,
 * formerly `held-out-109`). A broken `关于…` line that closes with no document's kind (`…的有关情况`) is
 * left as it was; a title on one line was read before.
 */

const view = (lines: readonly string[]) => parsedView(lines.join("\n"), ["title", "publisher"]);

describe("an undated document head whose title is broken over lines", () => {
  test.each([
    {
      lines: [
        "重庆市大数据应用发展管理局",
        "关于市五届人大二次会议第0535号",
        "建议办理情况的复函",
        "郭蓉代表:",
        "您提出的《关于进一步加快区县政务信息资源共享应用建设的建议》收悉。现将办理情况答复如下。",
        "一、市区两级数据资源共享体系建设情况",
      ],
      title: "重庆市大数据应用发展管理局关于市五届人大二次会议第0535号建议办理情况的复函",
      publisher: "重庆市大数据应用发展管理局",
    },
    {
      lines: [
        "焦作市四城联创指挥部",
        "关于印发《焦作市创建全国文明城市2019年",
        "第一次模拟测评情况通报》的通知",
        "为准确掌握全市文明城市创建工作整体情况,进一步查找问题,对标整改,扎实推进我市文明城市创建工作,现将测评情况通报如下。",
        "一、实地测评情况",
      ],
      title:
        "焦作市四城联创指挥部关于印发《焦作市创建全国文明城市2019年第一次模拟测评情况通报》的通知",
      publisher: "焦作市四城联创指挥部",
    },
  ])("$publisher: the joined title and its issuer", ({ lines, title, publisher }) => {
    expect(view(lines)).toEqual({ title, publisher });
  });

  test.each([
    {
      what: "a broken 关于 line closing with no document's kind",
      lines: [
        "重庆市大数据应用发展管理局",
        "关于进一步加快区县政务信息资源共享",
        "应用建设的有关情况",
        "今年以来,我局坚持以需求为导向,推进政务信息资源共享。",
        "一、主要工作情况",
      ],
      expected: { title: "重庆市大数据应用发展管理局", publisher: undefined },
    },
    {
      what: "a title on one line",
      lines: [
        "十堰市茅箭区人民检察院",
        "关于2025年上半年工作情况的报告",
        "今年以来,我院坚持以习近平新时代中国特色社会主义思想为指导,全面履行法律监督职能。",
        "一、主要工作情况",
      ],
      expected: {
        title: "十堰市茅箭区人民检察院关于2025年上半年工作情况的报告",
        publisher: "十堰市茅箭区人民检察院",
      },
    },
  ])("$what: read as before", ({ lines, expected }) => {
    expect(view(lines)).toEqual(expected);
  });
});
