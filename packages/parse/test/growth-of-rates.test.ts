import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A growth stated as a noun after its rate (`信息产业增加值实现42.4%的高速增长，`, `保持了8.5%的较快增长。`):
 * the rate is a figure of the text, as `增长42.4%，` is. A rate of a target (`实现5%的增长目标`), of
 * a part (`42.4%的企业实现增长`) or a growth that goes on into more words keeps its old reading.
 * Every text here is written for the test.
 */

/** The rate in a section of measures, not the first section of figures (where any figure is data). */
const news = (sentence: string) =>
  `某省2025年一季度经济运行情况\n一、总体情况\n一季度全省地区生产总值同比增长6.5%。\n二、主要特点\n（一）工业经济加速发展\n重点产业彰显引领作用，${sentence}冶金建材、纺织工业稳中有进。`;

const values = (text: string) => parseBulletinText(text).bulletin.metrics.map((m) => m.value);

describe("a rate before the growth it names", () => {
  test.each([
    ["信息产业增加值实现42.4%的高速增长，", 42.4],
    ["装备制造业保持了18.5%的较快增长；", 18.5],
    ["高技术产业实现12.3%的增长，", 12.3],
    ["外贸进出口实现9.6%的增幅，", 9.6],
    ["電子信息產業實現31.2%的快速增長，", 31.2],
  ])("`%s` reports the rate", (sentence, value) => {
    expect(values(news(sentence))).toContain(value);
  });

  test.each([
    ["a target", "全年力争实现5.5%的增长目标，", 5.5],
    ["a part that grew", "全省42.4%的企业实现增长，", 42.4],
    ["a growth that goes on", "信息产业实现42.4%的增长态势良好，", 42.4],
  ])("%s stays text", (_, sentence, value) => {
    expect(values(news(sentence))).not.toContain(value);
  });
});
