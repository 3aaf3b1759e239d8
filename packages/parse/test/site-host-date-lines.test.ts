import { describe, expect, test } from "vitest";
import { mastheadFacts, parsedView } from "./masthead-facts";

/**
 * A page's metadata line that opens with the site's name and its host, the date and the source after
 * them (`中央政府门户网站 www.gov.cn   2011年10月03日 19时10分   来源：某某局网站`), where a mirror printed its
 * own host in place of the site's (`m.example.com`, `news.example.net`, no `www.`): the line is the
 * page's, its source the publisher and its date the issue's. A host that is a sentence's
 * (`某某水务网 m.example.com 2020年7月1日 起开通汛情查询，…`) or a name that is no site's keeps its line. Written for the shape
 * (formerly held-out-184's mirrored copy of a portal's page); the texts are invented.
 */

const BODY =
  "\n\n某某节假日旅游信息通报（第3号）\n\n10月3日，全国旅游市场平稳有序，重点景区接待游客448万人次，同比增长8.8%。";

describe("a site's name and a mirror's host before the page's date and source", () => {
  test.each([
    [
      "某某办发布国庆节假日旅游信息通报（第三号）\n中央政府门户网站 m.example.com   2011年10月03日 19时10分   来源：旅游局网站",
      "旅游局网站",
      "2011-10-03",
    ],
    [
      "某省一季度工业经济运行平稳\n某某新闻网 news.example.net   2015-04-12 09:30   来源：某省统计局",
      "某省统计局",
      "2015-04-12",
    ],
    [
      "某市召开防汛工作会议\n某某市人民政府 gov.example.cn 2020年7月1日 来源：某市水务局",
      "某市水务局",
      "2020-07-01",
    ],
  ])("mastheadFacts: `%s`", (head, publisher, publishedOn) => {
    const facts = mastheadFacts(`${head}${BODY}`);
    expect([facts.publisher, facts.publishedOn]).toEqual([publisher, publishedOn]);
  });

  test("mastheadFacts: a www. host is read as before", () => {
    const facts = mastheadFacts(
      `某某办发布国庆节假日旅游信息通报（第三号）\n中央政府门户网站 www.gov.cn   2011年10月03日   来源：新华社${BODY}`,
    );
    expect([facts.publisher, facts.publishedOn]).toEqual(["新华社", "2011-10-03"]);
  });

  test("mastheadFacts: a sentence naming a site and its host is the text's", () => {
    const text = `某市召开防汛工作会议${BODY}\n某某水务网 m.example.com 2020年7月1日 起开通汛情查询，欢迎市民登录。`;
    const view = parsedView(text, ["publisher", "text"]);
    expect(view.publisher).toBeUndefined();
    expect(view.text).toContain("m.example.com");
  });
});
