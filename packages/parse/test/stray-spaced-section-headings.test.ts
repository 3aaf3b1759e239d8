import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `二、服务 业 持续恢复，现代服 务业增势 较好`: a section's heading alone on its line, spaces a PDF's
 * extraction strayed into its words (corpus/perturb.ts, `pdf-like`), is the whole heading, not a
 * run-in heading that a space ends. A run-in heading a space sets off from its paragraph (a
 * sentence, or text that opens with a period) still ends at the space.
 */
const HEAD = "某省经济运行情况\n2024年4月16日\n";
const titles = (text: string) =>
  parseBulletinText(HEAD + text).bulletin.sections.map((s) => s.title);

describe("a section heading with stray spaces in its words", () => {
  test.each([
    [
      // national-economy-2022-08-jdzj under pdf-like.
      "spaces inside two phrases",
      "　　一、工业生产平稳，企业利润同比下降。\n\n　　二、服务 业 持续恢复，现代服 务业增势 较好\n\n　　8 月份，全国服务业生产指数同比增长 1.8 %。",
      "服务业持续恢复，现代服务业增势较好",
    ],
    [
      // tianjin-economy-2024q1 under pdf-like.
      "a space after the heading's first word",
      "　　一、农业 生产形势稳定，农产品产量平 稳增长\n　　一季度，农林牧渔业总产值同比增长 4.5%，比上年全年加快3.2 个百分点。\n　　二、工业生产稳中有进，高技术产业较快增长\n　　一季度，全市规模以上工业增加值同比增长5.1%。",
      "农业生产形势稳定，农产品产量平稳增长",
    ],
    [
      // dianjiang-economy-2023q1 under pdf-like.
      "one space inside a word",
      "　　一季度，全县实现地区生产总值123.7亿元，同比增长5.2%。\n\n　　一、农业经济总 体稳定，畜牧生产持续增长\n\n　　一季度，蔬菜播种面积 19.9 万亩，同比增长2.9%。\n\n　　二、工业经济平稳增长，企业效益有所改善\n\n　　一季度，全县规模以上工业增加值同比增长6.2%。",
      "农业经济总体稳定，畜牧生产持续增长",
    ],
  ])("%s: the heading is whole", (_, text, title) => {
    expect(titles(text)).toContain(title);
  });

  test.each([
    [
      "a run-in heading before a sentence",
      "一、综合 全年全县地区生产总值125.6亿元，增长5.2%。\n二、农业、农村经济 全年全县农林牧渔业总产值38.2亿元，增长3.1%。",
      ["综合", "农业、农村经济"],
    ],
    [
      // dingan-stats-2022-05: a paragraph's first line a page broke, its text opening with a period.
      "a run-in heading before a period on a line a page broke",
      "四、社会消费品零售总额 1-5月,全县社会消费品零售总额增长3.2%。\n五、货物进出口总额 1-5月,全县货物进出口总\n额增长12.6%。",
      ["社会消费品零售总额", "货物进出口总额"],
    ],
  ])("%s: the heading ends at the space", (_, text, expected) => {
    const got = titles(text);
    for (const title of expected) expect(got).toContain(title);
  });
});
