import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A page's date line under its headline with the clock in brackets (`2011-08-31 (16:01)`,
 * `2011年8月31日（16:01:22）`): the date is the page's. A bracket opened and not closed is left.
 * Every text here is written for the test.
 */

const HEADLINE = "某省首7月各类事故死亡929人";
const BODY =
  "\n某省安全监管局通报了全省安全生产情况。今年1月至7月，全省共发生各类事故1142宗，死亡929人。\n\n其中，较大事故59宗，死亡250人。";

const read = (line: string) => parsedView(`${HEADLINE}\n${line}${BODY}`, ["title", "publishedOn"]);

describe("a date line with its clock in brackets", () => {
  test.each([
    { what: "ASCII brackets", line: "2011-08-31 (16:01)", date: "2011-08-31" },
    { what: "full-width brackets, no space", line: "2011-08-31（16:01）", date: "2011-08-31" },
    { what: "a date in words, seconds", line: "2011年8月31日 (16:01:22)", date: "2011-08-31" },
    { what: "slashes", line: "2011/8/31 ( 16:01 )", date: "2011-08-31" },
  ])("parseBulletinText: $what", ({ line, date }) => {
    expect(read(line)).toEqual({ title: HEADLINE, publishedOn: date });
  });

  test.each([
    { what: "a bracket left open", line: "2011-08-31 (16:01" },
    { what: "words in the brackets", line: "2011-08-31 (下午开会)" },
  ])("parseBulletinText: not read: $what", ({ line }) => {
    expect(read(line).publishedOn).not.toBe("2011-08-31");
  });
});
