import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news page's line naming the outlet, then the page's date and its time in round brackets
 * (`某某资源网 (2012年7月4日 09:15)`), as a forum's copy of a news page prints its head: the outlet is the
 * source and the date the page's, as when the brackets are left out. Every text here is written for
 * the test (session 34's s34b, from a moved held-out set's forum copy).
 */

const LEDE =
  "本网讯 (王凡)最新数据表明,今年6月,全国共发生地质灾害1120起,致25人死亡,直接经济损失8.12亿元。";

describe("an outlet and the page's date and time in brackets", () => {
  test.each([
    {
      what: "ASCII brackets, atop the page",
      text: `|\n某某资源网 (2012年7月4日 09:15)\n${LEDE}`,
      expected: { publisher: "某某资源网", publishedOn: "2012-07-04" },
    },
    {
      what: "full-width brackets, under a headline",
      text: `6月全国地质灾害情况\n某某日报（2012年7月4日 09:15）\n${LEDE}`,
      expected: { publisher: "某某日报", publishedOn: "2012-07-04" },
    },
  ])("$what", ({ text, expected }) => {
    expect(parsedView(text, ["publisher", "publishedOn"])).toEqual(expected);
  });
});

describe("near-misses: a bracket that holds more than the date", () => {
  test.each([
    {
      what: "a headline with a date and words in its brackets",
      text: `某某资源网 (2012年7月4日 09:15 专稿)\n${LEDE}`,
    },
  ])("$what", ({ text }) => {
    expect(parsedView(text, ["publishedOn"]).publishedOn).toBeUndefined();
  });
});
