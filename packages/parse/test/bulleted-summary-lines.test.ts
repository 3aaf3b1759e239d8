import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A summary flattened onto one line, as an aggregator prints it: unnumbered heads, each followed by
 * its bullets, ` - ` before each bullet and a reference's mark (`[1]`) after it
 * (`货运量表现 - …增长3.89% [1] - …增长14% [1] 港口吞吐量表现 - …`). Each head heads a section,
 * each bullet is a paragraph of it, and a figure closed by a reference's mark after a space (`14%
 * [1]`) is reported as one closed by a mark is. Lines with dashes but no reference marks, or too few
 * bullets, are left as they were read. Written for the rule (batch s17b's summary of a 交通运输部
 * release lost its five heads and two rates); every text here is invented.
 */

const SUMMARY = [
  "总体态势 - 前三季度全省交通运输经济运行总体平稳,主要指标同比均实现增长 [1]",
  "- 行业发展韧性持续彰显,为经济社会发展提供了坚实保障 [1]",
  "货运量表现 - 前三季度完成营业性货运量32.5亿吨,同比增长3.9% [1]",
  "- 民航货运量完成74万吨,同比增长14% [1]",
  "人员流动量表现 - 前三季度完成跨区域人员流动量56亿人次,同比增长3.1% [2]",
  "- 国庆假期日均流动0.34亿人次,单日最高0.36亿人次创历史同期新高 [2]",
  "交通投资 - 前三季度完成交通固定资产投资2600亿元 [3]",
].join(" ");

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    sections: bulletin.sections.map((s) => s.title),
    figures: bulletin.metrics.map((m) => `${m.value}${m.unit}`),
  };
};

describe("a bulleted summary flattened onto one line", () => {
  test("its heads head sections, in order", () => {
    expect(read(SUMMARY).sections).toEqual([
      "总体态势",
      "货运量表现",
      "人员流动量表现",
      "交通投资",
    ]);
  });

  test.each([
    ["a rate closed by a spaced reference mark", "14%"],
    ["a rate closed by a spaced reference mark, after a count", "3.1%"],
    ["an amount closing a bullet", "260000000000元"],
    ["a figure that sets a record", "36000000人次"],
  ])("%s is a figure: %s", (_, figure) => {
    const { figures } = read(SUMMARY);
    expect(
      figures.some((f) => f === figure) ||
        parseBulletinText(SUMMARY).bulletin.metrics.some(
          (m) => m.comparison?.change !== undefined && `${m.comparison.change}%` === figure,
        ),
    ).toBe(true);
  });

  test.each([
    [
      "dashes without reference marks",
      "总体态势 - 前三季度总体平稳 - 主要指标增长 货运量 - 完成货运量32.5亿吨 - 同比增长3.9%，民航货运量74万吨。",
    ],
    [
      "two bullets only",
      "总体态势 - 前三季度总体平稳，指标增长 [1] - 行业韧性彰显，保障有力 [1]，全年向好。",
    ],
    [
      "a first part that is a sentence, no head",
      "前三季度，全省完成货运量32.5亿吨 - 同比增长3.9% [1] - 民航74万吨 [1] - 增长14% [1] - 客运平稳 [2]",
    ],
  ])("%s: not cut into sections", (_, text) => {
    expect(read(`一、运行情况\n${text}`).sections).toEqual(["运行情况"]);
  });
});
