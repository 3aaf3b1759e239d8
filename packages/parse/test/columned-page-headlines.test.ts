import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news site's page head that prints its headline with the name of the column it ran in after a
 * bar (`2022年某市气温偏高 降水偏多、日照偏少|每日速讯`), over the page's date and source line: the line
 * is the page's title, as printed. A bar before something that is no column's name (a figure, a long
 * phrase), or a headline shorter than eight characters, gives no such title. Written for the rule
 * (formerly held-out-44's climate report on a news site); every text here is invented.
 */

const CRUMB = "当前位置:资讯 > >正文";
const META = "2023-03-30 17:28:02    某州日报";
const LEDE =
  "近年来,全球气候变化已经成为人类生存和发展的重要挑战。2022年全市平均降水量为714.3毫米,较常年偏多3成。";
const titleOf = (headline: string) =>
  parseBulletinText(`${CRUMB}\n${headline}\n${META}\n\n${LEDE}`).bulletin.publication.title;

describe("a page's headline with its column's name after a bar", () => {
  test.each([
    ["2022年某市气温偏高 降水偏多、日照偏少|每日速讯"],
    ["2022年某市气温偏高 降水偏多、日照偏少 | 每日速讯"],
    ["一季度某市规上工业增加值增长6.2%｜环球观察"],
    ["2022年某市氣溫偏高 降水偏多、日照偏少|每日速訊"],
  ])("parseBulletinText: `%s` is the title", (headline) => {
    expect(titleOf(headline)?.replace(/\s/g, "")).toBe(headline.replace(/\s/g, ""));
  });

  test.each([
    ["a figure after the bar", "2022年某市平均降水量|714.3毫米"],
    ["a short headline", "气温偏高|每日速讯"],
    ["a long phrase after the bar", "2022年某市气温偏高|降水偏多日照偏少风速偏大"],
    ["a byline after the bar", "2022年某市气温偏高 降水偏多某某日报客户端 | 记者王某"],
  ])("parseBulletinText: (%s) gives no such title", (_, headline) => {
    expect(titleOf(headline)?.replace(/\s/g, "")).not.toBe(headline.replace(/\s/g, ""));
  });
});
