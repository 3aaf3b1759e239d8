import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A year's summary and the plan after it under one title (`…工作总结及…工作计划`, `…总结和…安排`), a
 * flattened copy running the title straight on into its first sentence, which opens with its time
 * (`2022年，…`). The title stands alone; the plan's word alone, with no summary before it, ends no
 * title. Every text here is written for the test.
 */

const title = (text: string) => parseBulletinText(text).bulletin.publication.title;

const rest =
  "一、主要工作(一)抓好救助保障。全年发放低保金1200万元,惠及困难群众3000人。(二)抓好养老服务。新建养老服务站5个。";

describe("a summary-and-plan title run into its first sentence", () => {
  test.each([
    [
      "及 and 计划",
      "某县民政局2022年工作总结及2023年工作计划",
      "2022年,我局紧紧围绕中心工作,扎实推进各项任务。",
    ],
    [
      "和 and 安排",
      "某中心上半年度工作总结和下半年度安排",
      "2023年,某中心围绕工作主题,提升服务效能。",
    ],
    ["暨 and 打算", "某街道2021年工作总结暨2022年工作打算", "今年以来,街道上下凝心聚力,攻坚克难。"],
    [
      "traditional, 與 and 要點",
      "某縣2020年工作總結與2021年工作要點",
      "2020年,全縣上下團結一心,推進各項工作。",
    ],
  ])("(%s) is the title", (_, head, lede) => {
    expect(title(`${head}${lede}${rest}`)).toBe(head);
  });

  test.each([
    [
      "a plan with no summary before it",
      "某县民政局2023年工作计划2022年,我局紧紧围绕中心工作,扎实推进各项任务。",
    ],
    [
      "no time after the plan",
      "某县民政局2022年工作总结及2023年工作计划我局紧紧围绕中心工作,扎实推进各项任务。",
    ],
    [
      "a sentence naming a summary and a plan",
      "我局认真做好工作总结和工作计划,2022年,我局紧紧围绕中心工作推进任务。",
    ],
  ])("a line of another shape (%s) gives no such title", (_, first) => {
    expect(title(`${first}${rest}`)).toBeUndefined();
  });
});
