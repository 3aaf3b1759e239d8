import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline printed on one line as its kicker (引题: clauses stating the figures, parted by
 * commas) and its main line after a dash (`1至9月份，全市生产总值1068.1亿元，同比增长6.0%——前三季度
 * 我市经济运行稳中向好`), over the report's running text: the main line is the title and the
 * kicker stays in the text, as it does when the two are printed on lines of their own. A headline
 * with a subtitle after its dash (`…稳中向好——访市统计局局长`: no clause before the dash), a main
 * line of clauses, or a sentence before the dash is no such headline. Every example here is
 * written for the rule, not taken from a page.
 */

const lede =
  "记者从10月26日召开的新闻发布会上获悉，前三季度全市经济运行呈现稳中加固、稳中提质的良好态势。\n根据地区生产总值统一核算结果，前三季度全市生产总值1068.1亿元，同比增长6.0%。";

const parse = (headline: string) => parseBulletinText(`${headline}\n${lede}`).bulletin;

describe("a kicker and its main line on one line, parted by a dash", () => {
  test.each([
    [
      "1至9月份，全市生产总值1068.1亿元，同比增长6.0%，生产需求持续恢复——前三季度我市经济运行稳中加固稳中提质",
      "前三季度我市经济运行稳中加固稳中提质",
    ],
    [
      "上半年全区生产总值增长5.2%，消费市场稳步回暖——上半年全区经济运行稳中向好",
      "上半年全区经济运行稳中向好",
    ],
    [
      "1-8月，全县规上工业增加值增长7.1%，固定资产投资增长9.3%—— 全县经济发展势头良好",
      "全县经济发展势头良好",
    ],
  ])("`%s`: the main line is the title", (headline, title) => {
    const b = parse(headline);
    expect(b.publication.title).toBe(title);
    // The kicker stays in the text (its words; its figures are metrics).
    const text = JSON.stringify(b.sections);
    const kicker = headline
      .slice(0, headline.indexOf("——"))
      .replace(/[\d.]+%?(?:[万亿]?元)?/g, "|");
    for (const words of kicker.match(/[\u4e00-\u9fff]{2,}/g) ?? []) expect(text).toContain(words);
  });
});

describe("near-misses that keep the title they had", () => {
  test.each([
    [
      "前三季度我市经济运行稳中向好——访市统计局局长张某",
      "前三季度我市经济运行稳中向好——访市统计局局长张某",
    ],
    ["全市经济运行稳中向好，主要指标好于预期——生产持续恢复，需求稳步回升", undefined],
    ["前三季度，全市生产总值1068.1亿元。——前三季度我市经济运行稳中向好", undefined],
  ])("`%s`", (headline, title) => {
    expect(parse(headline).publication.title).toBe(title);
  });
});
