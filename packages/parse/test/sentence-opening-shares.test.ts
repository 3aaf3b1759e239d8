import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A share opening its sentence as the part of a whole the sentence is about (`89.4%的政务大厅推行
 * “两集中、两到位”改革`, after `。` or `；` or at a paragraph's start): a figure the text reports, in a
 * section of measures too. A share inside a clause (`全省42.4%的企业实现增长`) and a target opening a
 * sentence (`5%的增长目标已提前实现`) keep their reading. Every text here is written for the test.
 */

/** The sentence in a section of measures, not the first section of figures (where any figure is data). */
const report = (sentence: string) =>
  `某省政务大厅普查报告\n一、总体情况\n全省共设立政务大厅305个。\n二、主要做法\n（一）推进集中审批\n各地持续推进审批服务改革。${sentence}`;

const values = (text: string) => parseBulletinText(text).bulletin.metrics.map((m) => m.value);

describe("a share opening its sentence", () => {
  test.each([
    ["after 。", "89.4%的政务大厅推行“两集中、两到位”改革，走向“一站式”审批服务。", 89.4],
    ["traditional", "89.4%的政務大廳推行“兩集中、兩到位”改革。", 89.4],
    ["after ；, spaced", "全省推进集中审批；  62%的县区实现“一窗受理”。", 62],
  ])("%s: the share is reported", (_, sentence, value) => {
    expect(values(report(sentence))).toContain(value);
  });

  test("the share is labelled by what it is a share of", () => {
    const { metrics } = parseBulletinText(
      report("89.4%的政务大厅推行“两集中、两到位”改革。"),
    ).bulletin;
    expect(metrics.find((m) => m.value === 89.4)?.label).toBe("政务大厅推行“两集中");
  });

  test("at a paragraph's start: the share is reported", () => {
    expect(values(`${report("")}\n75.5%的事项实现网上可办。`)).toContain(75.5);
  });

  test.each([
    ["a share inside a clause", "全省42.4%的企业实现增长。", 42.4],
    ["a target opening a sentence", "5%的增长目标已提前实现。", 5],
    ["a limit opening a sentence", "3%的控制线全年未突破。", 3],
  ])("%s stays text", (_, sentence, value) => {
    expect(values(report(sentence))).not.toContain(value);
  });
});
