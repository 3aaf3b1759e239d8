import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A document-sharing site's numbered notices over a report it hosts (`1、本文档共12页，可阅读全部内容。`,
 * `2、…网站文档一经付费…`, `5、该文档为VIP文档…`): the site's, not the report's, so the report's masthead
 * under them is read. A numbered point of the report itself that speaks of documents and downloads,
 * under its first sentence, stays the report's. Every text here is written for the test.
 */

const NOTICES = [
  "- 1、本文档共12页,可阅读全部内容。",
  "- 2、某某文档网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用,侵权必究。",
  "- 3、本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!",
  "- 4、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等,请点击“版权申诉”(推荐)。",
  "- 5、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
];
const MASTHEAD = [
  "某省消费者咨询投诉举报",
  "数据分析报告",
  "2015年第1期",
  "某省工商局12315指挥中心 2015年1月30日",
  "一、基本情况",
  "2014年全省12315系统处理消费者诉求共计516633件，同比增长12.3%。",
];

describe("a document site's notices over the report it hosts", () => {
  test.each([
    ["bulleted with `- `", NOTICES],
    ["without bullets", NOTICES.map((l) => l.slice(2))],
    ["two of them", NOTICES.slice(0, 2)],
  ])("%s: the masthead under them is read", (_, notices) => {
    const { bulletin } = parseBulletinText([...notices, ...MASTHEAD].join("\n"));
    expect(bulletin.publication.title).toBe("某省消费者咨询投诉举报数据分析报告");
    expect(bulletin.issue.number).toBe(1);
    expect(bulletin.issue.publishedOn).toBe("2015-01-30");
    expect(bulletin.publication.publisher?.name).toBe("某省工商局12315指挥中心");
    expect(JSON.stringify(bulletin.sections)).not.toContain("VIP");
  });

  test("a point of the report on documents and downloads stays the report's", () => {
    const text = [
      ...MASTHEAD,
      "二、工作措施",
      "1、推进电子文档下载服务，本站全年上传政策文件1200份。",
    ].join("\n");
    const { bulletin } = parseBulletinText(text);
    expect(JSON.stringify(bulletin.sections)).toContain("推进电子文档下载服务");
  });
});
