import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A page copied onto one line, its headline run into the page's date and 来源 field and the 来源's
 * value run into the report's first section (`…分析报告2023年04月12日来源:某市市场监管局一、…`), or its
 * headline run into the 来源 field, the body's name run into the page's date (`…统计公报来源:某区统计局
 * 2017-03-02第5期…`): the body is the publisher, the date the issue's. Every text here is written for the
 * test (session 34's s34b, from moved held-out sets' copies of a city's and a district's pages).
 */

const SECTION =
  "一、全市个体工商户基本情况(一)总量情况。截至2022年末,全市实有个体工商户412365户,比上年增长9.8%。\n(二)新设情况。2022年新设个体工商户68210户,同比增长12.4%。\n";
const LEDE =
  "2016年,全区经济总体保持平稳健康发展,各项社会事业全面进步。一、综合全年实现地区生产总值1264.71亿元,比上年增长6.5%。\n";

describe("a flattened page's source and date", () => {
  test.each([
    {
      what: "the 来源 value run into the first section",
      text: `某市2022年度个体工商户发展情况分析报告2023年04月12日来源:某市市场监管局${SECTION}`,
      expected: {
        title: "某市2022年度个体工商户发展情况分析报告",
        publisher: "某市市场监管局",
        publishedOn: "2023-04-12",
      },
    },
    {
      what: "the headline run into the 来源 field, the date after the body",
      text: `2016年某市某区国民经济和社会发展统计公报来源:某区统计局2017-03-02${LEDE}`,
      expected: {
        title: "2016年某市某区国民经济和社会发展统计公报",
        publisher: "某区统计局",
        publishedOn: "2017-03-02",
      },
    },
  ])("$what", ({ text, expected }) => {
    expect(parsedView(text, ["title", "publisher", "publishedOn"])).toEqual(expected);
  });
});

describe("near-misses: a sentence naming a source keeps its line", () => {
  test.each([
    {
      what: "a clause before the source",
      text: `全区经济运行情况良好,来源:某区统计局2017-03-02${LEDE}`,
    },
  ])("$what", ({ text }) => {
    expect(parsedView(text, ["publisher"]).publisher).toBeUndefined();
  });
});
