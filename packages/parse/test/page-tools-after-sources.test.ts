import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's tool printed after the source on its date line, set off by spaces
 * (`2014年03月18日08:56    来源:解放日报    手机看新闻`, `来源：某网 打印本页`): no part of the source,
 * which is the publisher without it. A source whose own name ends in such words (`某某手机报`,
 * no space) keeps them. Every text here is written for the test.
 */

const page = (line: string) =>
  `某市12345热线已接300万个电话\n\n${line}\n\n  据统计，自2013年热线试运营以来，接听的300万个电话中，咨询类占45.1%，求助类占21.6%。`;

describe("a page's tool after the source on a date line", () => {
  test.each([
    ["2015年04月08日09:12    来源:某某日报    手机看新闻", "某某日报"],
    ["2015年04月08日09:12    來源:某某日報    手機看新聞", "某某日報"],
    ["2015-04-08 09:12 来源：某省人民政府网 打印本页", "某省人民政府网"],
    ["2015-04-08 09:12 来源：某市晚报 分享到", "某市晚报"],
    ["2015-04-08 09:12 来源：某某日报 记者 王明 手机阅读", "某某日报"],
  ])("`%s`: the source without the tool", (line, publisher) => {
    expect(parseBulletinText(page(line)).bulletin.publication.publisher?.name).toBe(publisher);
  });

  test.each([
    ["a source named so", "2015-04-08 09:12 来源：某某手机报", "某某手机报"],
    ["a source with its reporters", "2015-04-08 09:12 来源：某某日报 王明 李华", "某某日报"],
  ])("%s keeps its reading", (_, line, publisher) => {
    expect(parseBulletinText(page(line)).bulletin.publication.publisher?.name).toBe(publisher);
  });
});
