import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A department's site names itself as the host in its footer (`主办单位:某市生态环境局`), alone on its
 * line or among the footer's fields: when nothing else names the publisher, the host does. A
 * portal's general office (`某市人民政府办公室`) hosts every department's pages and names none; a
 * publisher the text names itself still wins. Every text here is written for the test.
 */

const HEADLINE = "1-3月我市规模以上服务业主要情况";
const BODY =
  "\n1-3月份，全市规模以上服务业营业收入1344.24亿元，比去年同期下降18.5%。\n其中，信息传输、软件和信息技术服务业营业收入250.23亿元，同比增长5.3%。\n";

const read = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("the host a site's footer names", () => {
  test.each([
    {
      what: "alone on its line under the text",
      text: `${HEADLINE}${BODY}主办单位:某某新区统计局\n推荐使用IE8及以上版本浏览器浏览\n网站标识码:1201160029`,
      name: "某某新区统计局",
    },
    {
      what: "among the footer's fields, glued after a record's number",
      text: `${HEADLINE}${BODY}站点地图 网站标识码:4207000018 某ICP备05017375号 信息系统安全等级保护备案证书编号42071499007-00001 主办单位:某州市生态环境局 联系人:王某 联系电话:(027)60281828 |`,
      name: "某州市生态环境局",
    },
    {
      what: "after a bar, a full-width colon",
      text: `${HEADLINE}${BODY}版权所有：某市农业农村局 | 主办单位：某市农业农村局 | 网站标识码：1201160029`,
      name: "某市农业农村局",
    },
  ])("parseBulletinText: $what", ({ text, name }) => {
    expect(read(text)).toBe(name);
  });

  test.each([
    {
      what: "a portal's general office",
      text: `${HEADLINE}${BODY}网站标识码:5117000005\n主办单位:某市人民政府办公室`,
    },
    {
      what: "a sentence naming a host",
      text: `${HEADLINE}${BODY}本次活动主办单位：某市商务局，承办单位为某协会。`,
    },
  ])("parseBulletinText: no publisher: $what", ({ text }) => {
    expect(read(text)).toBeUndefined();
  });

  test("parseBulletinText: the page's 来源 wins over the host", () => {
    const text = `${HEADLINE}\n来源：某市统计局 发布时间：2021-04-20${BODY}主办单位:某某新区统计局\n网站标识码:1201160029`;
    expect(read(text)).toBe("某市统计局");
  });
});
