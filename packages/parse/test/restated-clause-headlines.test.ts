import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline that opens with a clause of time and its comma, as a report's first sentence
 * does (`1-10月,我市完成外贸进出口总值创历史新高`): read alone it looks like a paragraph's first line
 * that a page's width broke. It is the headline when a later line of sentences says it again word
 * for word (`今年1-10月,我市完成外贸进出口总值创历史新高,达到…。`): a broken paragraph never repeats
 * its own first line. A first line said again only in part, one that closes a sentence, or one
 * that goes on in the next line stays text. Every text here is written for the test.
 */

const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a headline opening with a clause of time, said again in the lede", () => {
  test.each([
    [
      "a month span, a photo's caption between",
      "1-10月,我市完成外贸进出口总值创历史新高\n\n11月13日,员工在某公司生产车间忙出口订单。\n\n日前,记者从市商务局获悉,今年1-10月,我市完成外贸进出口总值创历史新高,达到51.4亿元,同比增长47.1%。",
      "1-10月，我市完成外贸进出口总值创历史新高",
    ],
    [
      "a quarter and a figure, full-width comma",
      "前三季度，全县规上工业增加值增长8.2%\n\n前三季度，全县规上工业增加值增长8.2%，高于全市平均水平1.5个百分点。全县实现工业总产值320亿元，其中高新技术产业产值126亿元。",
      "前三季度，全县规上工业增加值增长8.2%",
    ],
    [
      "since the year began",
      "今年以来,我县新增各类市场主体3200户\n\n今年以来,我县新增各类市场主体3200户,同比增长12.3%,其中企业860户、个体工商户2310户、农民专业合作社30户。",
      "今年以来，我县新增各类市场主体3200户",
    ],
    [
      "a lede right under it, no blank line",
      "1-10月,我市外贸进出口总值创历史新高\n今年1-10月,我市外贸进出口总值创历史新高,达到51.4亿元,同比增长47.1%,比全省平均增幅高46.5个百分点。",
      "1-10月，我市外贸进出口总值创历史新高",
    ],
  ])("%s: the first line is the title", (_, text, title) => {
    expect(titleOf(text)).toBe(title);
  });

  test.each([
    [
      "a paragraph's first line broken by the page's width",
      "1-10月,我市完成外贸进出口总值创历史新高\n达到51.4亿元,同比增长47.1%。全市外贸企业达到320家。\n\n其中,完成出口27.1亿元,同比增长40.2%。",
    ],
    [
      "a first line said again only in part",
      "1-10月,我市外贸进出口总值创历史新高\n\n今年1-10月,我市完成外贸进出口总值51.4亿元,同比增长47.1%。",
    ],
    [
      "a first line that closes a sentence",
      "1-10月,我市外贸进出口总值创历史新高。\n\n今年1-10月,我市外贸进出口总值创历史新高。达到51.4亿元,同比增长47.1%。",
    ],
  ])("%s stays text", (_, text) => {
    expect(titleOf(text)).toBeUndefined();
  });
});
