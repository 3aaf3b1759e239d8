import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A work report a document-sharing site or a template copied without its line breaks, so that a
 * section's heading runs straight into its first point: `…汇报如下。一、重点工作开展情况（一）管好…`,
 * `…工作总结 一、过去五年工作回顾1.协调发展实现新跨越。…`, `…工作总结报告 一、上半年主要工作 （一）…`. A
 * section's marker after a sentence's end, a colon, or a report's title (`总结`, `计划`, `报告`) and a
 * space, or opening a line, whose heading (32 characters at most, no mark of a sentence or a colon in
 * it) runs into the first point of the level under it (`（一）`, `1.` after no digit): the heading is a
 * section, the point starts a line (an item with its run-in title). An enumeration's `一是` after the
 * heading's words is left: the cut would split a run of words in two. (A marker glued to a
 * summary-and-plan title's words, `…工作计划一、…`, was left too until session 24, whose title rule
 * cuts the title there.) Written for held-out-43–46's work reports (教育局, 人社局, 政务中心, 文旅局); every
 * text here is invented.
 */

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    sections: bulletin.sections.map((s) => s.title),
    items: bulletin.sections.flatMap((s) => s.items.map((i) => i.title).filter(Boolean)),
  };
};

const BODY = "全年投入资金1.2亿元，新建学校3所，改造校舍2.4万平方米。";

describe("a section's heading run into its first point", () => {
  test.each([
    [
      "a report's title and a space, then an item",
      `某县教育局2022年工作总结及2023年工作计划 一、2022年工作总结（一）优先发展得到有力保障。${BODY}（二）各类教育得到协调发展。${BODY}`,
      "2022年工作总结",
      ["优先发展得到有力保障", "各类教育得到协调发展"],
    ],
    [
      "a report's title, then a numbered point",
      `某县教育局过去五年及2016年工作总结 一、过去五年工作回顾1.协调发展实现新跨越。${BODY}2.民生工程呈现新亮点。${BODY}`,
      "过去五年工作回顾",
      ["协调发展实现新跨越", "民生工程呈现新亮点"],
    ],
    [
      "a report's title and spaces",
      `某市教育局上半年工作总结报告 一、上半年主要工作及成效 （一）以项目促发展，全力推进项目建设。${BODY}`,
      "上半年主要工作及成效",
      ["以项目促发展，全力推进项目建设"],
    ],
    [
      "a sentence's end, then an item",
      `区人社局围绕稳就业开展工作，现将相关工作开展情况汇报如下。一、重点工作开展情况（一）管好用好公益性岗位，促进就近就业。${BODY}`,
      "重点工作开展情况",
      ["管好用好公益性岗位，促进就近就业"],
    ],
    [
      "a colon, then an item",
      `上半年中心受理事项1.2万件，现将工作情况汇报如下：一、创先争优，真诚服务群众（一）精简流程，提升效率。${BODY}`,
      "创先争优，真诚服务群众",
      ["精简流程，提升效率"],
    ],
    [
      "quoted slogans and commas",
      `某州文旅局一季度接待游客544万人次，现将工作总结如下。一、紧扣“两大提升”，实施“四大行动”，全力推动产业化进程（一）扩大投资稳中有进。${BODY}`,
      "紧扣“两大提升”，实施“四大行动”，全力推动产业化进程",
      ["扩大投资稳中有进"],
    ],
    [
      // Since session 24 a summary-and-plan title run into its first part's marker is cut there
      // (summary-and-plan-titles-run-into-ledes.test.ts), so the part's heading is read.
      "a summary-and-plan title glued to the marker",
      `某县教育局2022年工作总结及2023年工作计划一、2022年工作总结（一）优先发展得到有力保障。${BODY}`,
      "2022年工作总结",
      ["优先发展得到有力保障"],
    ],
    [
      "a line opening with the section",
      `某局2022年工作总结\n一、重点工作开展情况（一）管好用好公益性岗位，促进就近就业。${BODY}`,
      "重点工作开展情况",
      ["管好用好公益性岗位，促进就近就业"],
    ],
  ])("%s: the heading is a section, its points start lines", (_, text, section, items) => {
    const got = read(text);
    expect(got.sections).toContain(section);
    for (const item of items) expect(got.items).toContain(item);
  });

  test.each([
    [
      "a list of ordinals after a summary",
      `我局认真总结一、二季度工作经验（一）做法。${BODY}`,
      "二季度工作经验",
    ],
    [
      "a heading that a sentence's mark ends first",
      `现将工作情况汇报如下：一、全年受理诉求1.2万件。办结率98%（一）受理情况。${BODY}`,
      "全年受理诉求1.2万件。办结率98%",
    ],
    [
      "a heading longer than a heading is",
      `现将工作情况汇报如下：一、全县坚持以人民为中心的发展思想持续深化改革扩大开放推动经济社会高质量发展取得明显成效（一）做法。${BODY}`,
      "全县坚持以人民为中心的发展思想持续深化改革扩大开放推动经济社会高质量发展取得明显成效",
    ],
    [
      "a heading run into an enumeration's first point",
      `现将工作情况汇报如下：一、创先争优，真诚服务群众一是精简流程，提升效率。${BODY}`,
      "创先争优，真诚服务群众",
    ],
    [
      "a decimal, not a numbered point",
      `现将工作情况汇报如下：一、同比增长1.5个百分点。${BODY}`,
      "同比增长",
    ],
  ])("near-miss: %s is no section", (_, text, section) => {
    expect(read(text).sections).not.toContain(section);
  });
});
