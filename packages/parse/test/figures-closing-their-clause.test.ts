import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Words right after a figure that close its clause, though no mark stands between: `分产业看`,
 * `分行业看`, `分地区看` (the breakdown by kind opening the next sentence, where a copy lost the mark:
 * `同比增长7.6%分产业看，…`), `等` before a mark (a list of figures summed up: `增长56.2%等。`), and a
 * multiple closing a list of growth rates (`分别增长15.1%、33.4%、18.4%和2倍`). The figure is reported
 * in a section of measures too, as before a comma. A rate followed by other words (`分别`, `等项目`,
 * `和2个`) keeps its reading. Written for the rule (formerly held-out-43–46's 江苏 electricity half
 * year, 重庆 fiscal quarter and a traditional copy of a city's investment half year); every text
 * here is invented.
 */

/** The sentence in a section of measures, not the first section of figures (where any figure is data). */
const report = (sentence: string) =>
  `某县2024年上半年经济运行情况\n一、总体情况\n上半年，全县地区生产总值88.6亿元。\n二、主要做法\n（一）稳住工业基本盘\n${sentence}工业生产总体稳定。`;

const values = (text: string) => parseBulletinText(text).bulletin.metrics.map((m) => m.value);

describe("a figure closed by the words after it", () => {
  test.each([
    [
      "a rate before 分产业看",
      "工业用电量2694.1亿千瓦时，同比增长7.6%分产业看，一产用电增长5%，",
      7.6,
    ],
    ["a rate before 分行业看", "规上工业增加值同比增长6.3%分行业看，装备制造业增长9.1%，", 6.3],
    ["a rate before 分地区看 (traditional)", "全縣用電量同比增長4.2%分地區看，東部增長3%，", 4.2],
    ["a rate before 分类型看", "固定资产投资同比下降3.8%分类型看，工业投资增长2%，", 3.8],
    ["a rate before 等 and a full stop", "节能环保支出19.9亿元，增长56.2%等。", 56.2],
    ["a rate before 等 and a semicolon", "教育支出12.1亿元，增长8.4%等；", 8.4],
    [
      "the last rate of a list closed by a multiple",
      "工业、民间和社会领域投资分别比上年同期增长15.1%、33.4%、18.4%和2倍。",
      18.4,
    ],
    [
      "a rate of a list closed by a multiple (traditional)",
      "三項投資分別比上年同期增長15.1%、18.4%及1.5倍。",
      18.4,
    ],
  ])("%s is reported", (_, sentence, value) => {
    expect(values(report(sentence))).toContain(value);
  });

  test.each([
    ["a rate before 分别", "门诊量同比增长7.6%分别由各乡镇卫生院承担，", 7.6],
    ["a rate before 等 and a noun", "技改投资增长56.2%等项目带动明显，", 56.2],
    ["a rate before 和 and a count", "技改投资同比增长18.4%和2个新项目投产有关，", 18.4],
    ["a rate before words and no breakdown", "门诊量同比增长9%分流患者效果明显，", 9],
  ])("%s stays text", (_, sentence, value) => {
    expect(values(report(sentence))).not.toContain(value);
  });
});
