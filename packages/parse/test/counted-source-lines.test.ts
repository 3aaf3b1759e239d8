import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A web page's line under its headline that prints the page's date (its clock perhaps), whoever put
 * the page up, then its reading count: bare digits after an office's or an outlet's name
 * (`2021-01-21 某某市市场监督管理局4550`) or a counter's label with its colon, its count perhaps
 * left out (`2022-07-28 某某质量网 点击:次`). The name is the page's publisher and the date the
 * page's; the line is no part of the text. And a page's clocked date closed by a count in 次 alone
 * (`2025-06-28 06:20:45 5次`) dates the page. Near-misses keep what the parser read before. Every
 * text here is written for the test.
 */

const HEADLINE = "某市市场监督管理局关于2020年全市食品安全抽检情况的通告";
const BODY =
  "\n\n2020年，全市市场监管系统共监督抽检食品3293批次，其中合格样品3246批次，总体合格率98.58%。\n\n今年以来，各局在全市范围内抽检发现的主要问题是农兽药残留超标。";

const read = (line: string) =>
  parsedView(`${HEADLINE}\n\n${line}${BODY}`, ["title", "publisher", "publishedOn"]);

describe("a page's date, its source and its reading count under the headline", () => {
  test.each([
    {
      what: "an office and bare digits glued on",
      line: "   2021-01-21 某市市场监督管理局4550",
      expected: { publisher: "某市市场监督管理局", publishedOn: "2021-01-21" },
    },
    {
      what: "an office and bare digits spaced, the clock printed",
      line: "2021/01/21 09:30 某县农业农村局  87",
      expected: { publisher: "某县农业农村局", publishedOn: "2021-01-21" },
    },
    {
      what: "a site's name of no office's ending, a counter's label with no count",
      line: "2022-07-28 某某质量行 点击:次",
      expected: { publisher: "某某质量行", publishedOn: "2022-07-28" },
    },
    {
      what: "a counter's label in traditional characters, a full-width colon and a count",
      line: "2022-07-28 某某質量行 瀏覽次數：126",
      expected: { publisher: "某某質量行", publishedOn: "2022-07-28" },
    },
    {
      what: "a date in words, an outlet and 阅读量",
      line: "2021年3月5日 某某日报 阅读量：56次",
      expected: { publisher: "某某日报", publishedOn: "2021-03-05" },
    },
  ])("parseBulletinText: $what", ({ line, expected }) => {
    const got = read(line);
    expect({ publisher: got.publisher, publishedOn: got.publishedOn }).toEqual(expected);
    expect(got.title).toBe(HEADLINE);
  });

  test.each([
    {
      what: "bare digits after a name of no office's or outlet's ending",
      line: "2021-01-21 某某质量行 4550",
      not: "某某质量行",
    },
    {
      what: "a count of things after the digits",
      line: "2021-01-21 某区卫生健康局抽检4550批次",
      not: "某区卫生健康局抽检",
    },
    {
      what: "a field's label in the name's place",
      line: "2021-01-21 发布时间信息 点击:12",
      not: "发布时间信息",
    },
    {
      what: "a sentence after the date",
      line: "2021-01-21，某区卫生健康局抽检食品4550批次。",
      not: "某区卫生健康局",
    },
  ])("parseBulletinText: not a counted source line: $what", ({ line, not }) => {
    expect(read(line).publisher).not.toBe(not);
  });
});

describe("a page's clocked date closed by its count in 次", () => {
  test.each([
    { what: "seconds in the clock", line: "2025-06-28 06:20:45 5次", date: "2025-06-28" },
    { what: "no seconds, a wide count", line: "2024/11/02 18:05   1203次", date: "2024-11-02" },
  ])("parseBulletinText: $what", ({ line, date }) => {
    const got = read(line);
    expect(got.publishedOn).toBe(date);
    expect(got.title).toBe(HEADLINE);
  });

  test.each([
    { what: "no clock (a table's row may count so)", line: "2025-06-28 5次" },
    { what: "a count of meetings", line: "2025-06-28 06:20:45 5次会议" },
  ])("parseBulletinText: kept as the text's: $what", ({ line }) => {
    expect(read(line).publishedOn).not.toBe("2025-06-28");
  });
});
