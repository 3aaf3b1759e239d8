import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's date line closed by the bar the page printed between its date and its source field
 * (`2019-02-13 15:35:15|`, the `来源：…` field on the next line): the date is the page's, and the
 * headline over it stays the title. Near-misses: a bar with words after it on the same line, and a bar
 * after words, give no date. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const headline = "春节假期某市接待游客811.7万人次";
const lede =
  "今年春节“黄金周”某市接待游客数量及旅游总收入均实现同比增长。记者11日从市文化和旅游局获悉,旅游总收入81.85亿元,同比增长12.7%。";

describe("a page's date closed by a bar", () => {
  test.each([
    ["a date, its clock, a bar", "2019-02-13 15:35:15|", "2019-02-13"],
    ["a space before the bar", "2019-02-13 15:35 |", "2019-02-13"],
    ["a full-width bar", "2019/2/13 15:35｜", "2019-02-13"],
    ["a date in words", "2019年2月13日|", "2019-02-13"],
  ])("(%s) dates the page, the headline its title", (_, line, date) => {
    const b = read(`${headline}\n${line}\n来源:某某网\n${lede}`);
    expect(b.issue.publishedOn).toBe(date);
    expect(b.publication.title).toBe(headline);
    expect(b.publication.publisher?.name).toBe("某某网");
  });

  test.each([
    ["words after the bar", "2019-02-13 15:35:15|某某推荐阅读"],
    ["words before the bar", "春节黄金周|"],
  ])("a line of another shape (%s) gives no date", (_, line) => {
    const b = read(`${headline}\n${line}\n${lede}`);
    expect(b.issue.publishedOn).toBeUndefined();
  });
});
