import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news brand's reporter learning the news in the first sentence (`10月21日，上游新闻记者从重庆海关了解到，…`,
 * `大象新聞記者從河南省農業農村廳了解到，…`) is running text, no credit of the copy: the corpus README reads
 * `X新闻记者从…获悉` as giving no publisher, and both tuning texts with the shape (formerly of
 * held-out-231 and -133) read `null`. A paper's, site's or agency's reporter learning the news
 * (`某某日报记者从…获悉`, `某某新闻网记者…`) still names its outlet, as does a news brand's standing
 * byline over the text (`上游新闻记者 王某`). The ledes are the two texts' openings, their figures
 * shortened.
 */

const REST = "前三季度，重庆进出口总值4138.2亿元人民币，较去年同期增长12.3%。";
const MORE = "其中，出口2637.4亿元，增长12.1%；进口1500.8亿元，增长12.6%。";
const parse = (text: string) => parseBulletinText(text).bulletin;
const publisherOf = (lede: string) =>
  parse([`${lede}${REST}`, MORE].join("\n")).publication.publisher?.name;

describe("a news brand's reporter learning the news names no publisher", () => {
  test.each([
    ["10月21日，上游新闻记者从重庆海关了解到，"],
    ["大象新聞記者從河南省農業農村廳了解到，"],
    ["5日，某某新闻记者从某市统计局获悉，"],
  ])("`%s`", (lede) => {
    expect(publisherOf(lede)).toBeUndefined();
  });
});

describe("near misses that still name the outlet", () => {
  test.each([
    // A paper's, a site's or an agency's reporter learning the news: its outlet.
    ["10月21日，某某日报记者从重庆海关了解到，", "某某日报"],
    ["某某新闻网记者从某市统计局获悉，", "某某新闻网"],
    ["新京报记者近日从某市统计局获悉，", "新京报"],
  ])("`%s` names %s", (lede, outlet) => {
    expect(publisherOf(lede)).toBe(outlet);
  });

  test("a news brand's standing byline over the lede names it", () => {
    const bulletin = parse(["上游新闻记者 王某", `记者从重庆海关了解到，${REST}`, MORE].join("\n"));
    expect(bulletin.publication.publisher?.name).toBe("上游新闻");
  });
});
