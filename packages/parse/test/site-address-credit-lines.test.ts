import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A portal's credit line that opens with the site's name and its address before the page's date
 * and source (`中央政府门户网站 www.gov.cn 2013年04月15日 10时45分 来源：统计局网站`, as the central
 * portal printed its pages, mirrors swapping the address for their own): the line is the page's, its
 * date and source read. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;

const page = (line: string) =>
  `当前位置: 首页>> 工作动态>> 部门信息\n国家统计局公布2013年3月份消费品市场情况\n${line}\n\n2013年3月份,社会消费品零售总额17641亿元,同比名义增长12.6%。\n`;

describe("a site's name and address before the page's date and source", () => {
  test.each([
    [
      "the central portal",
      "中央政府门户网站 www.gov.cn 2013年04月15日 10时45分 来源：统计局网站",
      "2013-04-15",
      "统计局网站",
    ],
    [
      "traditional, wide spaces",
      "中央政府門戶網站 www.gov.cn   2013年04月15日 10時45分   來源:統計局網站",
      "2013-04-15",
      "統計局網站",
    ],
    [
      "a mirror's address",
      "中央政府门户网站 www.example.com   2013年04月15日 10时45分   来源:统计局网站",
      "2013-04-15",
      "统计局网站",
    ],
    [
      "a city's portal, a full address, a date in digits",
      "某市人民政府 http://www.example.gov.cn 2020-05-06 09:00 来源：市统计局",
      "2020-05-06",
      "市统计局",
    ],
    ["a news site", "某某网 www.example.com 2021-03-01 来源:某某日报", "2021-03-01", "某某日报"],
  ])("(%s) is the page's line: its date and source read", (_, line, date, source) => {
    const b = read(page(line));
    expect(b.publication.title).toBe("国家统计局公布2013年3月份消费品市场情况");
    expect(b.issue.publishedOn).toBe(date);
    expect(b.publication.publisher?.name).toBe(source);
  });

  test.each([
    [
      "a sentence naming the site",
      "据中央政府门户网站 www.gov.cn 消息，2013年04月15日起施行，来源：统计局网站。",
    ],
    ["the site and address alone", "中央政府门户网站 www.gov.cn"],
    ["the site, address and a slogan", "中央政府门户网站 www.gov.cn 欢迎访问"],
  ])("a line of another shape (%s) gives no date", (_, line) => {
    expect(read(page(line)).issue.publishedOn).toBeUndefined();
  });
});
