import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news site's line under a copied report's headline: the site's name, its web address and the
 * day (`中国网 china.com.cn 时间: 2011-04-15`, the date's label perhaps traditional). The site is the publisher and the headline the
 * title. A line with an address but no site's name, or a name that is no site's, stays as it was.
 * Every text here is written for the test.
 */

const BODY = "年初以来,某县狠抓项目建设,一季度地区生产总值实现19.5亿元,同比增长22.6%。";

const head = (line: string) => {
  const { publication } = parseBulletinText(
    `一季度某县经济实现跨越式发展\n${line}\n|\n${BODY}`,
  ).bulletin;
  return { title: publication.title, publisher: publication.publisher?.name };
};

describe("a site's name and web address on a report's date line", () => {
  test.each([
    ["a labelled date", "中国网 china.com.cn 时间: 2011-04-15", "中国网"],
    ["a date and its time under 日期", "人民网 people.com.cn 日期: 2011-04-15 10:20", "人民网"],
    ["a traditional copy", "某某網 news.mm.com.tw 時間: 2011-04-15", "某某網"],
  ])("%s: the site publishes, the headline is the title", (_, line, site) => {
    expect(head(line)).toEqual({ title: "一季度某县经济实现跨越式发展", publisher: site });
  });

  test.each([
    ["an address without a name", "www.china.com.cn 时间: 2011-04-15"],
    ["a company's name, no site's", "某某科技公司 mmkj.com 时间: 2011-04-15"],
  ])("%s: no site publishes", (_, line) => {
    expect(head(line).publisher).toBeUndefined();
  });
});
