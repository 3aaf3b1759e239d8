import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A figure run straight into `其中`, the words that open its breakdown, where a copy lost the comma
 * between (`同比增长5.2%其中第一产业…`, `增长8.2%其中能繁母猪…`): the figure ends its clause, as before a
 * comma, and is reported in a section of measures too. A figure followed by other words (`5.2%左右`,
 * `8.2%其余…`) keeps its reading. Every text here is written for the test.
 */

/** The sentence in a section of measures, not the first section of figures (where any figure is data). */
const report = (sentence: string) =>
  `某县2024年上半年经济运行情况\n一、总体情况\n上半年，全县地区生产总值88.6亿元。\n二、主要做法\n（一）稳住农业基本盘\n${sentence}农业生产总体稳定。`;

const values = (text: string) => parseBulletinText(text).bulletin.metrics.map((m) => m.value);

describe("a figure run into 其中", () => {
  test.each([
    [
      "a growth rate",
      "全县实现地区生产总值123.7亿元，同比增长5.2%其中第一产业增加值16.34亿元，",
      5.2,
    ],
    ["a rate, traditional", "全縣生豬存欄同比增長8.2%其中能繁母豬存欄2.9萬頭，", 8.2],
    ["a count", "全年共受理群众诉求14351件其中咨询类6021件，", 14351],
  ])("%s before 其中 is reported", (_, sentence, value) => {
    expect(values(report(sentence))).toContain(value);
  });

  test.each([
    ["an approximate rate", "力争全县生产总值同比增长5.2%左右推动农业提质增效，", 5.2],
    ["other words opening with 其", "全县生猪存栏同比增长8.2%其余畜禽存栏基本持平，", 8.2],
  ])("%s stays text", (_, sentence, value) => {
    expect(values(report(sentence))).not.toContain(value);
  });
});
