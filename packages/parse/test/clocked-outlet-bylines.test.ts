import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news page's line under its headline that prints the page's date with its clock time, the
 * outlet (a paper, a site, an agency, a station; digits may lead its name, its app may follow it),
 * then its reporters' names and nothing else: `2019-11-01 14:16   某某日报   王某`. The outlet is the
 * page's publisher and the date the page's; the line is no part of the text. Near-misses keep
 * what the parser read before: a name that ends as no outlet's, a sentence after the clock. Every
 * text here is written for the test.
 */

const HEADLINE = "某市二十个县农村户厕改建任务基本完成";
const BODY =
  "\n\n农村改厕是人居环境整治的重要内容。记者从市农业农村局获悉,截至9月30日,全市已改建农村户厕25.4万户。\n\n今年以来,全市新建公共厕所120座,改造提升86座。";

const read = (line: string) =>
  parsedView(`${HEADLINE}\n\n${line}${BODY}`, ["title", "publisher", "publishedOn"]);

describe("a page's clocked date, its outlet and the reporters' names under the headline", () => {
  test.each([
    {
      what: "a paper and one reporter, wide spaces",
      line: "2019-11-01 14:16   某某日报   王某",
      expected: { publisher: "某某日报", publishedOn: "2019-11-01" },
    },
    {
      what: "a site, two reporters after a comma, seconds in the clock",
      line: "2022/03/05 09:30:12 某某新闻网 李某某,张某",
      expected: { publisher: "某某新闻网", publishedOn: "2022-03-05" },
    },
    {
      what: "a date in words, digits leading the outlet's name, its app, two reporters",
      line: "2021年08月30日 16:30   12世纪某某报道 某某APP   赵某某，孙某",
      expected: { publisher: "12世纪某某报道", publishedOn: "2021-08-30" },
    },
    {
      what: "an agency's name whole (社 after 报), one reporter",
      line: "2020-05-06 08:00 某某日报社 刘某某",
      expected: { publisher: "某某日报社", publishedOn: "2020-05-06" },
    },
    {
      what: "a media centre and three reporters, enumeration commas",
      line: "2023-07-01 10:05 某县融媒体中心 王某、李某、赵某某",
      expected: { publisher: "某县融媒体中心", publishedOn: "2023-07-01" },
    },
  ])("parseBulletinText: $what", ({ line, expected }) => {
    const got = read(line);
    expect({ publisher: got.publisher, publishedOn: got.publishedOn }).toEqual(expected);
    expect(got.title).toBe(HEADLINE);
  });

  test.each([
    {
      what: "a company's name, no outlet's ending",
      line: "2019-11-01 14:16   某某建材公司   王某",
    },
    {
      what: "a sentence after the clock",
      line: "2019-11-01 14:16 某某日报记者从市农业农村局获悉全市已改建户厕。",
    },
    {
      what: "a name too long for a reporter's",
      line: "2019-11-01 14:16 某某日报 关于农村改厕工作",
    },
  ])("parseBulletinText: not a clocked byline: $what", ({ line }) => {
    const got = read(line);
    expect(got.publisher === "某某日报" || got.publisher === "某某建材公司").toBe(false);
  });
});
