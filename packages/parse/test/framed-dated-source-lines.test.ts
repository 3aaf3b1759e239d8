import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's date and source line in another dress: the whole line framed in square brackets, a
 * column's word before its date (`[ 财经 2019-05-21 来源:某某研究院]`); the page's date in round
 * brackets after its address (`www.example.com(2019-05-21)来源:某某网`); or a date and a county
 * media centre's short name (`2019-05-21 某县融媒`). The date is the page's and the source its
 * publisher. A sentence in brackets, a bracketed year that is no day, or a name that ends as no
 * outlet does, changes nothing. Every text here is written for the test.
 */

const page = (line: string) =>
  `某县一季度经济运行情况\n${line}\n一季度，全县地区生产总值完成45.6亿元，同比增长6.2%。规模以上工业增加值同比增长7.1%。`;

const read = (line: string) => {
  const b = parseBulletinText(page(line)).bulletin;
  return { publisher: b.publication.publisher?.name, publishedOn: b.issue.publishedOn };
};

describe("a framed or bracket-dated source line", () => {
  test.each([
    ["[ 财经 2019-05-21 来源:某某产业研究院]", "某某产业研究院", "2019-05-21"],
    ["【要闻 2019-05-21 来源：某某日报】", "某某日报", "2019-05-21"],
    ["[2019-05-21 09:30 来源:某某网]", "某某网", "2019-05-21"],
    ["www.example.com(2019-05-21)来源:某某新闻网", "某某新闻网", "2019-05-21"],
    ["http://www.example.cn （2019-05-21） 来源：某市统计局", "某市统计局", "2019-05-21"],
    ["(2019-05-21 10:15)来源:某某网", "某某网", "2019-05-21"],
    ["2019-05-21 某县融媒", "某县融媒", "2019-05-21"],
    ["2019-05-21 10:20 某某融媒", "某某融媒", "2019-05-21"],
  ])("`%s`: source %s, date %s", (line, publisher, publishedOn) => {
    expect(read(line)).toEqual({ publisher, publishedOn });
  });

  test.each([
    ["a bracketed sentence", "[ 财经 2019-05-21 来源:某某研究院的数据显示，全县增长较快。]"],
    ["a bracketed year", "(2019年)来源:某某网"],
    ["a date and a name no outlet's", "2019-05-21 某县融合"],
  ])("%s gives no source", (_, line) => {
    expect(read(line).publisher).toBeUndefined();
  });
});
