import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A work report flattened onto one line with no break anywhere: its title (a name closed by
 * `总结`, `汇报` or `报告`) run straight into the heading of its first part (`…工作报告一、2022年工作回顾
 * 2022年是…。`), as a 政府工作报告 or a bureau's 工作总结 copied from a document site prints. The title
 * stands alone. A sentence that names a report before `一、`, or a name of another kind, gives no such
 * title (flattened-summary-heads.test.ts reads the title run into a first sentence). Written for the
 * rule (formerly held-out-45's 街道 report, and the tuning set's county and prefecture summaries); every
 * text here is invented.
 */

const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;
const REST =
  "一、2022年工作回顾2022年是极不平凡的一年。全年实现规上工业总产值135亿元,同比增长1.6%;税收24亿元。二、2023年工作安排全力推进重点项目建设。";

describe("a report's title run straight into its first part's heading", () => {
  test.each([
    ["a government work report", "某街道办事处2023年政府工作报告"],
    ["a bureau's summary", "县教育局过去五年及2016年工作总结"],
    ["a quarter's summary", "某局2023年第一季度工作总结"],
    ["a 汇报", "某镇2021年上半年工作汇报"],
    ["traditional", "某街道辦事處2023年政府工作報告"],
  ])("parseBulletinText: (%s) `%s` is the title", (_, title) => {
    expect(titleOf(`${title}${REST}`)).toBe(title);
  });

  test.each([
    ["a sentence naming a report", "我们认真做好工作总结,现将有关情况报告"],
    ["a name of another kind", "某街道办事处2023年重点工作安排"],
  ])("parseBulletinText: a line of another shape (%s) gives no such title", (_, first) => {
    expect(titleOf(`${first}${REST}`)).not.toBe(first);
  });
});
