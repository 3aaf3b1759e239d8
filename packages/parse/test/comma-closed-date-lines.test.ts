import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news aggregator's date alone on its line, closed by a comma its template left (`2026-01-28,`), over
 * the outlet's name and the lede: the page's date, as when it prints none. Every text here is written for
 * the test (session 34's s34b, from a moved held-out set's copies of an aggregator's pages).
 */

const LEDE = "1月27日,记者从全省残联工作会议上获悉,今年全省新增1.2万名残疾人就业。";

describe("a date closed by a comma alone on its line", () => {
  test.each([
    {
      what: "an ASCII comma, atop the page",
      text: `2024-03-16,\nPeople Daily\n${LEDE}`,
      on: "2024-03-16",
    },
    {
      what: "slashes, a space before the comma",
      text: `2024/03/16 ,\nXinhua\n${LEDE}`,
      on: "2024-03-16",
    },
    { what: "no comma, as before", text: `2024-03-16\nPeople Daily\n${LEDE}`, on: "2024-03-16" },
  ])("$what", ({ text, on }) => {
    expect(parsedView(text, ["publishedOn"]).publishedOn).toBe(on);
  });
});

describe("near-misses: a date opening a clause stays the text's", () => {
  test.each([
    { what: "a date and words after the comma", text: `2024-03-16,全省残联工作会议召开\n${LEDE}` },
  ])("$what", ({ text }) => {
    expect(parsedView(text, ["publishedOn"]).publishedOn).toBeUndefined();
  });
});
