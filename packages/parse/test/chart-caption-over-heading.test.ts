import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A chart's or a table's caption left alone on its line where the page's picture was dropped
 * (`按投诉问题性质分类情况表`, `商品大类投诉量变化表`, `各月受理量走势图`), right over the next part's
 * heading: the caption closes whatever it is, and the heading under it stands alone, not as the
 * caption's second line. Every text here is written for the test.
 */

const titles = (text: string) =>
  (parseBulletinText(text).bulletin.sections ?? []).map((s) => s.title);

const report = (caption: string, heading: string) =>
  `某市消协2024年第三季度投诉分析\n\n2024年第三季度全市消协组织共受理消费者投诉4974件,解决3260件。\n\n投诉性质分析\n\n根据投诉性质,售后服务问题占31.68%,合同问题占21.04%。\n\n${caption}\n\n${heading}\n\n在所有投诉中,商品类投诉共2485件,占投诉总量的49.97%。\n`;

describe("a chart's caption over a heading", () => {
  test.each([
    ["a table of a kind's figures", "按投诉问题性质分类情况表", "商品和服务类别分析"],
    ["a table of changes", "商品大类投诉量变化表", "服务类别分析"],
    ["a trend chart", "各月受理量走势图", "商品和服务类别分析"],
    ["a distribution chart, traditional", "投訴地區分布圖", "商品和服務類別分析"],
  ])("(%s) is no first line of the heading under it", (_, caption, heading) => {
    const got = titles(report(caption, heading));
    expect(got).toContain(heading);
    expect(got.some((t) => t.includes(caption) && t.includes(heading))).toBe(false);
  });

  test.each([
    ["a heading broken before its last word", "关于全市人大代表", "建议办理情况"],
    ["a heading of two phrases", "绘就发展新蓝图", "商品和服务类别分析"],
  ])("a heading's first line of another shape (%s) goes on into the next", (_, first, second) => {
    expect(titles(report(first, second))).toContain(`${first}${second}`);
  });
});
