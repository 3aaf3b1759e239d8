import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A count the text says was cut down to another (`窗口数量由迁建164个精简至70个`, `由120项压减至45项`,
 * `由36个整合为12个`): the level the change starts from, a figure the text reports, as one that
 * `下降至` or `压缩到` another is. A count that goes on into its noun before the verb
 * (`164个窗口精简至70个`) keeps its old reading. Every text here is written for the test.
 */

/** The count in a section of measures, not the first section of figures (where any figure is data). */
const report = (sentence: string) =>
  `某县政务服务中心2024年工作总结\n一、基本情况\n全年共受理事项12.5万件，同比增长8.2%。\n二、主要做法\n（一）优化窗口设置\n合理设置分领域和无差别综合窗口，${sentence}窗口整合率57.3%。`;

const values = (text: string) => parseBulletinText(text).bulletin.metrics.map((m) => m.value);

describe("a count cut down to another", () => {
  test.each([
    ["窗口数量由迁建164个精简至70个，", 164],
    ["审批事项由120项压减至45项，", 120],
    ["办事环节由36个整合为12个，", 36],
    ["收费项目由58项削减到20项，", 58],
    ["證明材料由96份精簡至31份，", 96],
    // The level it fell to, now (`降至现在的29户`).
    ["贫困户由最初的377户降至现在的29户，", 377],
    ["办理时限由20个工作日压缩至现在的5个，", 20],
  ])("`%s` reports the count it starts from", (sentence, value) => {
    expect(values(report(sentence))).toContain(value);
  });

  test("a count going on into its noun before the verb stays text", () => {
    expect(values(report("迁建后164个窗口精简至70个，"))).not.toContain(164);
  });
});
