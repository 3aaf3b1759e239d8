import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy of a quarter's routine press conference (`舉行2020年第一季度例行發布會`, held in January)
 * names the quarter it is held in, not the span it reports: the year its title or lede states is the period
 * (national-marriage-2019-qqstock, national-ip-2018h1-fx361). A quarter's conference without `例行`
 * names the quarter it reports on and is still read (national-hrss-2023q3-release,
 * chongqing-hrss-2023q1-xy178). The texts are short excerpts, their figures written for the test.
 */

describe("the quarter of a routine press conference", () => {
  test.each([
    [
      "民政部：2019年全國共辦理結婚登記947.1萬對離婚登記415.4萬對\n\n民政部今日（1月19日）舉行2020年第一季度例行發布會。\n會上指出，2019年全國婚姻登記機關共辦理結婚登記947.1萬對，離婚登記415.4萬對。",
      { kind: "year", year: 2019 },
    ],
    [
      "某局召开2018年第三季度例行新闻发布会。\n2018年上半年，全国专利授权量为120万件，同比增长3.2%。",
      { kind: "range", start: "2018-01-01", end: "2018-06-30" },
    ],
  ])("`%s` reports %j", (text, span) => {
    expect(parseBulletinText(text).bulletin.issue.period).toEqual(span);
  });

  test.each([
    [
      "a quarter's conference without 例行",
      "人力资源社会保障部召开2023年三季度新闻发布会\n\n三季度就业形势保持总体稳定，城镇新增就业300万人。",
      { kind: "range", start: "2023-07-01", end: "2023-09-30" },
    ],
    [
      "a quarter's conference held, its quarter reported",
      "今日，某市人社局2023年一季度新闻发布会举行。一季度全市城镇新增就业16.14万人。",
      { kind: "range", start: "2023-01-01", end: "2023-03-31" },
    ],
    [
      "a quarter's figures",
      "某省统计局：2023年第一季度全省生产总值增长5.2%，规模以上工业增加值增长4.1%。",
      { kind: "range", start: "2023-01-01", end: "2023-03-31" },
    ],
  ])("%s is still read", (_, text, span) => {
    expect(parseBulletinText(text).bulletin.issue.period).toEqual(span);
  });
});
