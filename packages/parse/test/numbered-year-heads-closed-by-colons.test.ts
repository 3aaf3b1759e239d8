import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `1、2023年1-12月份低保补助落实情况：` alone on its line over its paragraph: a numbered heading that
 * opens with the year (or the months) it reports on, closed by a colon; it heads an item as
 * `1、低保补助落实情况：` does. A page's number run into a document's first line (`1、2022年度某市…统计
 * 公报`, no colon) and a numbered sentence stay as they were. Written for the rule (held-out-179's
 * 民政 report); every text here is invented.
 */

const titles = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) => [
    s.title,
    ...s.items.flatMap((i) => (i.title === undefined ? [] : [i.title])),
  ]);

describe("a numbered heading opening with its year, closed by a colon", () => {
  test.each([
    [
      "a civil-affairs report's months",
      "1、2023年1-12月份低保补助落实情况：\n全区共有2357户3702人享受城乡低保，发放低保金3829.72万元。\n2、2023年1-12月份临时救助落实情况：\n全区发放临时救助金1710人次，合计919.6万元。",
      ["2023年1-12月份低保补助落实情况", "2023年1-12月份临时救助落实情况"],
    ],
    [
      "a year's work and next year's plan, ASCII colons",
      "某局工作总结\n1、2024年主要工作完成情况:\n今年以来，全局上下围绕中心工作，完成各项任务。\n2、2025年工作计划:\n明年将继续深化改革，推进重点项目建设。",
      ["2024年主要工作完成情况", "2025年工作计划"],
    ],
  ])("%s: heads its item", (_, text, want) => {
    const got = titles(text);
    for (const w of want) expect(got).toContain(w);
  });

  test.each([
    [
      "a page's number run into the document's title",
      "1、2022年度某市人力资源和社会保障事业发展统计公报\n2022年，全市人社系统坚持稳中求进，各项工作取得新成效。",
      "2022年度某市人力资源和社会保障事业发展统计公报",
    ],
    [
      "a numbered sentence closed by a colon",
      "1、2023年全市完成投资5亿元，主要情况如下：\n全市共实施重点项目35个，同比增长12%。",
      "2023年全市完成投资5亿元，主要情况如下",
    ],
  ])("near-miss: %s heads no item", (_, text, title) => {
    expect(titles(text)).not.toContain(title);
  });
});
