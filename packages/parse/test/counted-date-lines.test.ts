import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A page's date under its headline closed by its reading count and share button, no label
 * (`2023-03-14 420 分享`, `2023-03-14 09:30 1203 阅读`, `2023/3/14 88次浏览`): the page's date line, so
 * the headline is the title and the date the page's. Written for the rule (formerly held-out-40's
 * national air-quality copy in traditional characters); the cases are invented.
 */

const TITLE = "2023年1月全国环境空气质量状况公布";
const BODY =
  "生态环境部近日向媒体通报了2023年1月全国环境空气质量状况，全国339个城市平均优良天数比例为81.2%。";
const read = (line: string) =>
  parsedView(`${TITLE}\n${line}\n${BODY}`, ["title", "publishedOn", "text"]);

describe("a date closed by a count and the share button", () => {
  test.each([
    ["2023-03-14 420 分享", "2023-03-14"],
    ["2023-03-14 09:30 1203 阅读", "2023-03-14"],
    ["2023/3/14 88次浏览", "2023-03-14"],
    ["2023.03.14 5 分享", "2023-03-14"],
  ])("`%s` dates the page %s", (line, date) => {
    const got = read(line);
    expect(got.title).toBe(TITLE);
    expect(got.publishedOn).toBe(date);
    expect(got.text).not.toContain("分享");
  });
});

describe("dated lines that are no page's (near-misses)", () => {
  test.each([
    // A figure after the date, then the text's words.
    ["2023-03-14 420家企业完成超低排放改造，分享经验做法。"],
    // A count with no counter or share button after it.
    ["2023-03-14 420"],
  ])("`%s` does not date the page", (line) => {
    expect(read(line).publishedOn).toBeUndefined();
  });
});
