import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A growth rate after its verb (`同比增加16.50%`, `比上年减少7.29%`) whose `%` runs straight into the
 * next clause, a copy having lost the mark between, where that clause states a figure of its own
 * (`…增加16.50%基层医疗卫生机构诊疗55.50万人次`): the rate ends its clause and is a figure of the
 * text, as before a comma. A rate that goes on inside its clause (`增长5%以上`, `左右`, `的目标`, `和`)
 * or is followed by words and no figure keeps its old reading. Written for the rule (formerly
 * held-out-27's 承德 county figures and held-out-28's 宣汉 health quarter); every text here is invented.
 */

/** The sentence in a section of measures (not the first section, where any figure is data). */
const doc = (sentence: string) =>
  `某县2024年一季度卫生健康工作情况\n一、基本情况\n全县共有医疗卫生机构312个。\n二、主要做法\n（一）强化基层服务\n持续推进分级诊疗，${sentence}群众就医更加便捷。`;

const values = (text: string) => parseBulletinText(text).bulletin.metrics.map((m) => m.value);

describe("a growth rate run into the next clause's figure", () => {
  test.each([
    ["医院诊疗39.90万人次，同比增加16.50%基层医疗卫生机构诊疗55.50万人次，", 16.5],
    ["粮食作物播种面积46.63万亩，比上年减少7.29%全年粮食总产量18.99万吨，", 7.29],
    ["医院出院3.32万人次，同比增长24.81%基层医疗卫生机构出院2.71万人次，", 24.81],
    ["門診量同比下降3.5%住院人次1.2萬，", 3.5],
  ])("`%s` reports the rate", (sentence, value) => {
    expect(values(doc(sentence))).toContain(value);
  });

  test.each([
    ["a threshold", "门诊量同比增长5%以上全县12个乡镇全部达标，", 5],
    ["an approximate rate", "门诊量同比增长6%左右全县12个乡镇全部达标，", 6],
    ["a target", "力争门诊量增长8%的目标在12个乡镇实现，", 8],
    ["words and no figure after it", "门诊量同比增长9%群众满意度持续提升，", 9],
    ["a year after it, no figure", "门诊量同比增长7%县卫健委发布2024年就诊指南，", 7],
  ])("%s stays text", (_, sentence, value) => {
    expect(values(doc(sentence))).not.toContain(value);
  });
});
