import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A work summary flattened onto one line with no break anywhere, its title run straight into its
 * first sentence, in two shapes the plain summary's rule (flattened-summary-heads.test.ts) did not
 * read: a summary and the plan after it under one title (`某局2022年工作总结和2023年工作计划2022年，…`),
 * and a template's placeholder year opening the first sentence (`某局2021年工作总结XX年，我局…`,
 * `20XX年，`), as document-sharing sites print a 范文. The title stands alone. A plan's title alone,
 * a sentence that names a summary and a name run into words that open no time give no such title.
 * Every text here is written for the test.
 */

const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;
const BODY =
  "一、主要工作(一)民生保障有力。全年发放救助资金1.2亿元,同比增长5.3%。(二)服务水平提升。办结群众来信312件。二、存在问题部分工作推进较慢。";

describe("a summary's title (with the plan after it) run into a first sentence", () => {
  test.each([
    [
      "a summary and a plan",
      "某县教育局2022年工作总结和2023年工作计划",
      "2022年,我局紧紧围绕目标任务,扎实推进各项工作。",
    ],
    [
      "a summary and a plan's 打算",
      "某镇2021年工作总结及2022年工作打算",
      "今年以来,我镇认真落实上级部署。",
    ],
    [
      "a placeholder year",
      "区民政局2021年工作总结",
      "XX年,我局在区委的正确领导下,各项工作稳步推进。",
    ],
    [
      "a placeholder century year",
      "某街道上半年工作汇报",
      "20XX年,街道党工委带领全体干部真抓实干。",
    ],
    [
      "traditional",
      "某縣教育局2022年工作總結和2023年工作計劃",
      "2022年,我局緊緊圍繞目標任務,紮實推進各項工作。",
    ],
  ])("(%s) is the title", (_, title, lede) => {
    expect(titleOf(`${title}${lede}${BODY}`)).toBe(title);
  });

  test.each([
    ["a plan's title alone", "某县教育局2023年工作计划", "2023年,我局将紧紧围绕目标任务推进工作。"],
    [
      "a sentence naming a summary and a plan",
      "我局认真做好工作总结,和2023年工作计划",
      "2022年,我局紧紧围绕目标任务推进工作。",
    ],
    [
      "a placeholder run into no time",
      "区民政局2021年工作总结",
      "XX局在区委的正确领导下,各项工作稳步推进。",
    ],
  ])("a line of another shape (%s) gives no such title", (_, first, lede) => {
    expect(titleOf(`${first}${lede}${BODY}`)).not.toBe(first);
  });
});
