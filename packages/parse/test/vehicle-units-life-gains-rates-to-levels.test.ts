import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Figures of session 30 (s30d), invented variants of the corpus's shapes and near-misses:
 * - a port's vehicles of every kind counted together (`列辆架次`) and city buses in standard buses
 *   (`标台`) are units;
 * - a life expectancy reached `提高至`/`延长到` a level, and its gain against a year after the level
 *   (`寿命为77.52岁，比2015年提高0.59岁`), are in 岁;
 * - a growth rate before `至`/`到` and the level it moved to (`上升30%至544宗`) is reported;
 * - the level a change starts from, before a level it went past (`由825家增长到突破1.2万家`), is reported.
 */

const metrics = (text: string) =>
  parseBulletinText(`${text}\n`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("units, life expectancy gains, rates to levels", () => {
  test.each([
    ["前三季度全市口岸出入境交通工具为12.3万列辆架次，同比增长4.1%。", "123000列辆架次"],
    ["上半年全区口岸進出境交通工具為5.6萬列輛架次，同比增長2.1%。", "56000列辆架次"],
    ["节日期间城市公交日均投入运力1.8万标台，日运送乘客120.5万人次。", "18000标台"],
    ["全縣公交日均投入運力350標臺，運送乘客3.2萬人次。", "350标台"],
    ["到2020年末，全市人均预期寿命提高至78.3岁，婴儿死亡率降至3.1‰。", "78.3岁"],
    ["全區人均期望壽命延長到72.4歲，健康水平明顯提高。", "72.4岁"],
    ["2022年，全省人均预期寿命为78.6岁，比2015年提高1.2岁。", "1.2岁"],
    ["全市居民人均預期壽命達79.1歲，較上年提高0.3歲。", "0.3岁"],
    ["受大案影响，年内相关投诉显著上升25%至612宗。", "25%"],
    ["全年旅游收入增长12.5%到3.6亿元，接待游客120万人次。", "12.5%"],
    ["规上工业企业由312家增长到突破1000家，居全省第3位。", "312家"],
    ["高新技术企业数量由1200家增加到突破5000家。", "1200家"],
  ])("%s reads %s", (text, figure) => {
    expect(metrics(text)).toContain(figure);
  });

  test.each([
    // A range of growth rates: the first rate is no level's change.
    ["预计明年各项收入增长5%至10%，稳步推进。", "5%"],
    // A rate before a year: a span, no level.
    ["力争研发投入年均增长8%至2025年末，推动转型。", "8%"],
    // An age bound after a gain's words, a clause's mark between.
    ["人均预期寿命稳步提高，比2015年提高，60岁以上老人达12万人。", "60岁"],
    // An age that is no life expectancy.
    ["为辖区65岁以上老年人免费体检，共1200人次。", "65岁"],
  ])("near-miss: %s does not read %s", (text, figure) => {
    expect(metrics(text)).not.toContain(figure);
  });
});
