import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Figures of a report's running text (issue 14, held-out-79 … -87 moved to tuning), under a heading
 * whose figures are story, not data:
 * - the level a comparison measures from when the difference follows as `多` and a verb
 *   (`比历年同期10.34亿立方米多蓄水0.57亿立方米`, `比常年33.6毫米多1.4毫米`): no bound (`5万多人`,
 *   since 2026-12-06 a figure with its 多 mark: bounded-amounts.test.ts);
 * - a figure before a closing quote that closes nothing, then the clause's mark (`…，占任务总数的1.6%”。`);
 *   a figure inside a quote (`“全年实现融资210亿元”`) is a quoted task's words and stays text;
 * - a count whose noun is a quoted name closing the clause (`共聘请281名“政务服务体验官”，`), not one
 *   the clause goes on from (`为281名“体验官”的意见…`).
 * A list's count going on into a phrase (`对…等12类重点食品实施…`) stays text, as running-figures.test.ts
 * has it.
 * Every text here is written for the test.
 */

const figuresOf = (paragraph: string): string[] => {
  const text = `我区元旦期间安全生产形势稳定\n提前研判强防范。区安办组织召开专题研判会议。\n严格值守强保障。${paragraph}`;
  return parseBulletinText(text).bulletin.metrics.map((m) => `${m.value}${m.unit}`);
};

describe("figures of running text", () => {
  test.each([
    [
      "the level compared with, `多` and a verb after it",
      "截至月底，全区中型水库蓄水量为3.52亿立方米，比历年同期3.1亿立方米多蓄水0.42亿立方米。",
      ["352000000立方米", "310000000立方米", "42000000立方米"],
    ],
    [
      "the level compared with, `多` alone before the difference",
      "全区平均降水量为52.4毫米，比常年45.8毫米多6.6毫米。",
      ["52.4毫米", "45.8毫米", "6.6毫米"],
    ],
    [
      "a bound with 多 after the scale, the level's 多 beside it",
      "全区共接待游客5万多人次，比上年同期4.2万人次多0.8万人次。",
      ["50000人次", "42000人次", "8000人次"],
    ],
    [
      "a stray closing quote after a rate",
      "能够完成的有3项，分别为“推进老旧小区改造”，“新建停车位500个”，占任务总数的2.5%”。",
      ["3项", "2.5%"],
    ],
    [
      "a count of a quoted name closing its clause",
      "全区共聘请120名“营商环境监督员”，其中街道聘请80名。",
      ["120名", "80名"],
    ],
  ])("%s", (_, paragraph, expected) => {
    expect(figuresOf(paragraph)).toEqual(expected);
  });

  test.each([
    ["a figure inside a quote", "主要是“全年实现各类融资210亿元”，“新增金融机构2家”。"],
    ["a count of a quoted name the clause goes on from", "为120名“监督员”的意见建立工作台账。"],
    ["a list's count going on into a phrase", "执法人员对粮油、肉蛋奶等15类重点食品开展抽检。"],
  ])("%s: stays text", (_, paragraph) => {
    expect(figuresOf(paragraph)).toEqual([]);
  });
});
