import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A document-sharing site's numbered notices over a report it hosts, of another site's wording: the
 * page's list number perhaps before the notice's own (`1. 1、`), notices of what a buyer checks before
 * downloading, of a refund (`可反馈申请退款`) and of the site's customer service (`请联系客服反馈`). They
 * are the site's, so the report's masthead under them (its title printed again, its issue, issuer and
 * date) is read. A numbered point of the report that speaks of documents and a refund or a service
 * desk, under its first sentence, stays the report's. Every text here is written for the test.
 */

const NOTICES = [
  "1、下载文档前请自行核对文档内容的完整性,本站不提供额外的编辑、内容补充等附加服务。",
  '2、"仅部分预览"的文档,不可在线预览部分如有问题,可反馈申请退款(可完整预览的文档除外)。',
  "3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(客服工作时间:8:30-17:30)。",
];
const MASTHEAD = [
  "重点项目推进情况通报",
  "",
  "第3期",
  "",
  "某县产业园区项目推进办公室2011年4月18日",
  "",
  "4月以来，园区各单位对照年度计划，加快项目建设，一季度完成投资4.6亿元。",
];

describe("a document site's notices of refunds and service over the report it hosts", () => {
  test.each([
    ["the page's list number before each", NOTICES.map((l, k) => `  ${k + 1}. ${l}`)],
    ["bulleted with `- `", NOTICES.map((l) => `- ${l}`)],
    ["the refund's and the service's notices alone", NOTICES.slice(1)],
  ])("%s: the masthead under them is read", (_, notices) => {
    const text = ["重点项目推进情况通报", "", ...notices, "", ...MASTHEAD].join("\n");
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication.title).toBe("重点项目推进情况通报");
    expect(bulletin.issue.number).toBe(3);
    expect(bulletin.issue.publishedOn).toBe("2011-04-18");
    expect(bulletin.publication.publisher?.name).toBe("某县产业园区项目推进办公室");
    expect(JSON.stringify(bulletin.sections)).not.toContain("退款");
  });

  test.each([
    ["a refund", "1、规范电子文档收费，对重复缴费的群众及时办理退款，全年退款36笔。"],
    ["a service desk", "2、完善文档查阅服务，开通客服热线，受理群众咨询1200件次。"],
  ])("a point of the report on documents and %s stays the report's", (_, point) => {
    const text = [...MASTHEAD, "二、主要措施", point].join("\n");
    const { bulletin } = parseBulletinText(text);
    expect(JSON.stringify(bulletin.sections)).toContain(point.slice(2, 12));
  });
});
