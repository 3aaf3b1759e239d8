import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A rate stated after `率达`, `比例为`, `占比达到` whose `%` runs straight into the next clause
 * (`…比例达99.68%合理设置窗口`, `网办率达89%承诺件平均办理用时0.7个工作日`: a copy that lost the
 * mark between) ends its clause, as it would before a comma: the rate is a figure of the text. A
 * threshold (`达90%以上`, `95%左右`), a target (`达到80%的目标`), a rate joined to another
 * (`为5%和6%`) or one stated without such words (`受理100%全面运用`) keeps its old reading. Every text
 * here is written for the test.
 */

/** The rate in a section of measures, not the first section of figures (where any figure is data). */
const news = (sentence: string) =>
  `某县政务服务中心2024年工作总结\n一、基本情况\n全年共受理事项12.5万件，同比增长8.2%。\n二、主要做法\n（一）优化服务流程\n持续推进政务服务改革，${sentence}办事群众满意度持续提升。`;

const values = (text: string) => parseBulletinText(text).bulletin.metrics.map((m) => m.value);

describe("a rate run into the next clause", () => {
  test.each([
    ["入驻事项“最多跑一次”比例达99.68%合理设置综合窗口，", 99.68],
    ["网办率达89%承诺件平均办理时限明显缩短，", 89],
    ["全程网办率为96.5%群众办事更加便捷，", 96.5],
    ["线上办理占比达到72.3%窗口排队时间大幅减少，", 72.3],
    ["好评率達99.9%差評全部整改，", 99.9],
  ])("`%s` reports the rate", (sentence, value) => {
    expect(values(news(sentence))).toContain(value);
  });

  test.each([
    ["a threshold", "网办率达90%以上事项全部实现网上可办，", 90],
    ["an approximate rate", "网办率达95%左右事项全部实现网上可办，", 95],
    ["a target", "力争网办率达到80%的目标提前实现，", 80],
    ["a rate without 率达", "一窗受理100%全面运用统一平台，", 100],
  ])("%s stays text", (_, sentence, value) => {
    expect(values(news(sentence))).not.toContain(value);
  });
});
