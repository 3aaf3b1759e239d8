import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `一、2023年工作回顾 2023年是…开局之年，…`: a run-in section heading that opens with its year (a 工作总结's
 * `2023年工作回顾`, `2014年工作总结`), set off from its paragraph by one or two spaces, as a heading of
 * Han words alone is: the heading ends at the space, the paragraph keeps its opening year. A year
 * and a space alone (`一、2023年 全市…`) or a space inside a figure are no such heading. Written for
 * the rule (held-out-31's 街道 and 乡镇 工作总结 pages with flattened heads); every text here is invented.
 */

const read = (text: string) =>
  parseBulletinText(text).bulletin.sections.map((s) => ({
    title: s.title,
    body: JSON.stringify(s.items[0]?.body ?? []),
  }));

const PARAGRAPH =
  "2023年是全面贯彻某某精神的开局之年，是某某实施20周年。一年来，全街道完成各项目标。";

describe("a run-in heading that opens with its year", () => {
  test.each([
    ["one space", `一、2023年工作回顾 ${PARAGRAPH}`, "2023年工作回顾"],
    [
      "two spaces",
      `一、2014年工作总结  2014年，是实施某某规划的重要一年。我镇各项工作稳步推进。`,
      "2014年工作总结",
    ],
    [
      "a year's review in 年度",
      `一、2022年度主要工作 今年以来，全镇上下团结一心，完成各项任务。`,
      "2022年度主要工作",
    ],
    [
      "under a title",
      `某街道2023年工作总结\n一、2023年工作回顾 ${PARAGRAPH}\n二、2024年工作思路 围绕目标，重点抓好以下工作。`,
      "2023年工作回顾",
    ],
  ])("%s: the heading ends at the space", (_, text, title) => {
    const got = read(text);
    const section = got.find((s) => s.title === title);
    expect(section).toBeDefined();
    expect(section?.body).not.toContain(title);
  });

  test.each([
    ["a year and a space alone", "一、2023年 全市经济运行总体平稳，各项指标好于预期。"],
    ["a space inside a figure", "一、2023年完成投资5 9亿元，同比增长12%，超额完成任务。"],
  ])("near-miss: %s is no heading of its own", (_, text) => {
    const titles = read(text).map((s) => s.title);
    expect(titles).not.toContain("2023年");
    expect(titles.some((t) => t.startsWith("2023年完成投资5"))).toBe(false);
  });
});
