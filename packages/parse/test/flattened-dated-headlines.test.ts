import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A web page flattened onto one line, its headline run on into the page's date (numeric,
 * `2019-03-12`, perhaps with its time, or in brackets, `（2019年3月12日）`), then a space and the text.
 * The headline is the title and the date the page's; a date inside a sentence, a date running on
 * into a word, or a line with no sentence after the date gives no such title. Every text here is
 * written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;

const lede =
  "3月4日至10日,全市共发生各类事故5起,同比减少2起。其中道路交通事故3起,死亡2人。(一)较大事故情况 未发生较大事故。";

describe("a headline run into the page's date", () => {
  test.each([
    ["a numeric date, no space before it", "3月4日-10日安全生产简要情况", "2019-03-12 "],
    ["a numeric date and its time", "某市安全生产形势总体平稳", " 2019-03-12 09:30 "],
    ["a bracketed date", "2月份全市经济运行总体平稳", " (2019年3月12日) "],
    ["traditional, full-width brackets", "2月份全市經濟運行總體平穩", "（2019年3月12日） "],
  ])("(%s) is the title, the date the page's", (_, headline, date) => {
    const b = read(`${headline}${date}${lede}`);
    expect(b.publication.title).toBe(headline);
    expect(b.issue.publishedOn).toBe("2019-03-12");
  });

  test.each([
    ["a date inside a sentence", "截至本周全市各类事故情况:2019-03-12 统计显示,"],
    ["a date running on into a word", "某市安全生产形势总体平稳2019-03-12日起"],
    ["a clause before the date", "全市安全生产形势总体平稳,各类事故2019-03-12 "],
  ])("a line of another shape (%s) gives no such title", (_, first) => {
    expect(read(`${first}${lede}`).publication.title).toBeUndefined();
  });

  test("a list of dated links, no sentence after them, gives no such title", () => {
    const links =
      "某市安全生产形势总体平稳 2019-03-12 某市召开安全生产工作会议 2019-03-10 某市开展消防检查 2019-03-08";
    expect(read(links).publication.title).not.toBe("某市安全生产形势总体平稳");
  });
});
