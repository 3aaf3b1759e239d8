import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline that states a count its lede gives with decimals (`…接待游客523万人次…` over
 * `…共接待游客523.36万人次，…。`): the headline rounds the lede's figure off, so it is the title though
 * it holds figures. Other digits before the point, or a unit of another kind, are no such restatement.
 * Every example is written for the rule.
 */

const parse = (text: string) => parseBulletinText(text);
const rest = "\n10月8日，记者从市旅游局获悉，今年黄金周全市未发生重大旅游安全事故。";

describe("a headline rounding its lede's figure", () => {
  test.each([
    [
      "某市“十一”黄金周接待游客412万人次揽金27亿元 同比增长31.5%",
      "“十一”黄金周期间，全市共接待游客412.56万人次，同比增长22.1%；旅游总收入27.18亿元。",
    ],
    ["某县春节假期旅游收入9亿元", "春节假期，全县实现旅游收入9.07亿元，同比增长12.2%。"],
    [
      "某区前三季度完成投资86亿元 增长9.2%",
      "前三季度，全区完成固定资产投资86.4亿元，同比增长9.2%。",
    ],
  ])("parseBulletinText: `%s` is the title", (headline, lede) => {
    const { bulletin } = parse(`${headline}\n${lede}${rest}`);
    expect(bulletin.publication.title?.replace(/\s/g, "")).toBe(headline.replace(/\s/g, ""));
  });
});

describe("figures that are no rounding of the lede's", () => {
  test.each([
    // Other digits before the point, another unit, another scale.
    ["某市黄金周接待游客412万人次", "黄金周期间，全市共接待游客1412.56万人次，同比增长22.1%。"],
    ["某市黄金周接待游客412万人次", "黄金周期间，全市共接待游客412.56万元，同比增长22.1%。"],
    ["某市黄金周接待游客412万人次", "黄金周期间，全市共接待游客412.56亿人次，同比增长22.1%。"],
  ])("parseBulletinText: `%s` over `%s` is no title", (headline, lede) => {
    const { bulletin } = parse(`${headline}\n${lede}${rest}`);
    expect(bulletin.publication.title).toBeUndefined();
  });
});
