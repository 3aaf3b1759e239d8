import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A headline that a social-media copy opens with a short exclaimed teaser (`快来看!全国12358价格监管
 * 平台11月分析报告`, `亮点速览！…`, `重磅！…`: two to six Han characters and `!`): the title, teaser
 * and all, as a headline without it would be. Written for the rule (formerly held-out-16's national
 * 12358 month and a provincial 1-11月 graphic of batch s10c); the cases are invented.
 */

const BODY =
  "2018年11月，某平台受理各类价格举报、投诉、咨询共计52608件。\n一、总体情况\n本月受理量环比下降11.2%。";
const title = (headline: string) =>
  parseBulletinText(`${headline}\n${BODY}`).bulletin.publication.title;

describe("a headline opened by an exclaimed teaser", () => {
  test.each([
    "快来看!全国12358价格监管平台11月分析报告",
    "重磅！某省前三季度经济运行情况发布",
    "亮点速览!某市1-11月经济数据出炉",
  ])("`%s` is the title", (headline) => {
    // (The repair writes the mark full-width in Chinese text.)
    expect(title(headline)).toBe(headline.replace("!", "！"));
  });
});

describe("lines that are no teased headline", () => {
  test.each([
    // An exclamation that closes a sentence, then more sentence: a paragraph.
    "注意！本月起，某平台受理各类价格举报、投诉、咨询的方式有变。",
    // A teaser too long to be one: words of a sentence.
    "请各单位务必高度重视!认真做好价格举报受理工作",
    // A teaser before a sentence: a paragraph's first line.
    "速看！2018年11月，某平台受理各类价格举报、投诉、咨询共计52608件。",
  ])("`%s` is not the title", (line) => {
    expect(title(line)).not.toBe(line.replace("!", "！"));
  });
});
