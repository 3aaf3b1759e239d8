import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news page's byline naming a body, the page's date after it and the page's reading counter run on
 * after the date (`作者:某市疾控中心 2017-12-04阅读:5793次`): the body is the publisher and the date the
 * issue's, as when the date closes the line. Every text here is written for the test (session 34's
 * s34b, from a moved held-out set's copy of a news aggregator's page).
 */

const page = (line: string) =>
  `「某市疫情周报」2019年第12周疫情概况\n\n${line}\n\n2019年第12周,全市共报告法定传染病15种1840例,死亡1例。`;

describe("a body's byline, its date and a counter run on after it", () => {
  test.each([
    {
      what: "the counter run on into the date",
      line: "作者:某市疾病预防控制中心 2019-03-25阅读:4512次",
      expected: { publisher: "某市疾病预防控制中心", publishedOn: "2019-03-25" },
    },
    {
      what: "a clock and a space before the counter",
      line: "作者:某区卫生健康委员会 2019-03-25 10:12 浏览:87",
      expected: { publisher: "某区卫生健康委员会", publishedOn: "2019-03-25" },
    },
    {
      what: "the date closing the line, as before",
      line: "作者:某市疾病预防控制中心 2019-03-25",
      expected: { publisher: "某市疾病预防控制中心", publishedOn: "2019-03-25" },
    },
  ])("$what", ({ line, expected }) => {
    expect(parsedView(page(line), ["publisher", "publishedOn"])).toEqual(expected);
  });
});

describe("near-misses: a person's byline stays no publisher", () => {
  test.each([
    {
      what: "a person's name, its date and a counter",
      line: "作者:王晓明 2019-03-25阅读:4512次",
      expected: { publisher: undefined, publishedOn: "2019-03-25" },
    },
  ])("$what", ({ line, expected }) => {
    expect(parsedView(page(line), ["publisher", "publishedOn"])).toEqual(expected);
  });
});
