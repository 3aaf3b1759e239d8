import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A page's 来源 field filled with no body's name: the template's `Administrator`, a visitor
 * (`网友`, `网友分享`), the network (`網絡`, a traditional page's `网络`), or the publishing system
 * itself (`信息发布系统`). None is the page's publisher. A body's or an outlet's name there still is.
 * Every text here is written for the test.
 */

const HEADLINE = "我局认真落实第一季度市政府常务会议任务";
const BODY =
  "\n\n日前，市政府督查室印发通报，肯定了市民政局落实第一季度会议任务的进度。\n\n一是狠抓社会救助工作。第一季度，城市低保救助4282人，救助资金559万元。";

const read = (line: string) =>
  parsedView(`${HEADLINE}\n\n${line}${BODY}`, ["publisher", "publishedOn"]);

describe("a 来源 value that names no body", () => {
  test.each([
    { what: "the template's Administrator", line: "来源: Administrator    发布日期: 2015-05-13" },
    { what: "a visitor's share", line: "2015-05-13 15:50 来源:网友分享" },
    { what: "a visitor", line: "来源：网友    发布时间：2015-05-13" },
    { what: "the network, traditional", line: "2015-5-13 11:36:00 來源:網絡 編輯:56885" },
    { what: "the publishing system", line: "来源:信息发布系统   发布时间:2015-05-13 23:10:51" },
  ])("parseBulletinText: no publisher: $what", ({ line }) => {
    const got = read(line);
    expect(got.publisher).toBeUndefined();
    expect(got.publishedOn).toBe("2015-05-13");
  });

  test.each([
    { what: "an office", line: "来源: 某市民政局    发布日期: 2015-05-13", name: "某市民政局" },
    { what: "a news site", line: "来源：某某新闻网 发布时间：2015-05-13", name: "某某新闻网" },
    {
      what: "an outlet's Latin capitals",
      line: "来源: CCTV    发布日期: 2015-05-13",
      name: "CCTV",
    },
  ])("parseBulletinText: still the publisher: $what", ({ line, name }) => {
    expect(read(line).publisher).toBe(name);
  });
});
