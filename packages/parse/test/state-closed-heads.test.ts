import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A bare head closed by `情况` (the state of what it names) over another bare head: two heads, the
 * lower one heading its own part, not one heading a page broke over two lines. Every text here is
 * written for the test.
 */

const sections = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

const report = (over: string, under: string): string =>
  [
    "某区生活垃圾分类考评结果公布",
    "来看看自己家门口的成绩吧",
    over,
    under,
    "1-2月测评样本为1815个，平均分98.06分，较上月有所上升。",
    "单位",
    "1-2月单位测评样本为620个，平均分96.5分。",
  ].join("\n");

describe("a head closed by 情况 over a head of its own", () => {
  test.each([
    ["各街道情况", "居住区"],
    ["各街道情況", "居住區"],
    ["全市安全生产情况", "事故总体情况"],
  ])("parseBulletinText: `%s` over `%s` heads two parts", (over, under) => {
    expect(sections(report(over, under))).toContain(under);
  });

  test.each([
    // A title a page broke before its joining word or its report's kind: one heading.
    ["全区安全生产工作情况", "的报告"],
    ["全区安全生产工作情况", "通报"],
    // No `情况`: left as the one heading it was read as.
    ["各街道测评", "居住区"],
  ])("parseBulletinText: `%s` over `%s` stays one heading (counter-case)", (over, under) => {
    expect(sections(report(over, under))).toContain(over + under);
  });
});
