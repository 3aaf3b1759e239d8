import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { withoutArticleOrdinal } from "../src/internal/article-ordinal";

/**
 * A document site's count of the articles on its page opening the title (`第1篇 某镇2023年…工作总结`,
 * `第一篇：某县…调查报告`): the title is the name after it. A chapter's word, a short name after the
 * count and counts of other kinds stay. Every text here is written for the test.
 */

const body =
  "一、主要工作\n(一)经济发展稳中有进。全镇完成地区生产总值8.6亿元,同比增长6.1%。\n(二)民生保障持续加强。新增就业岗位420个。\n";

describe("an article's count opening the title", () => {
  test.each([
    ["a number and a space", "第1篇 某镇2023年下半年工作总结及明年工作计划"],
    ["a Chinese number and a colon", "第一篇:某镇2023年下半年工作总结及明年工作计划"],
    ["no separator", "第2篇某镇2023年下半年工作总结及明年工作计划"],
  ])("(%s) is left out of the title", (_, line) => {
    expect(parseBulletinText(`${line}\n${body}`).bulletin.publication.title).toBe(
      "某镇2023年下半年工作总结及明年工作计划",
    );
  });

  test.each([
    ["a chapter's word", "第一篇章 新时代城市建设的实践与探索"],
    ["a short name after it", "第三篇 城市建设"],
    ["an issue's count", "第1期 某镇2023年下半年工作总结"],
    ["a section's count", "第三节 统计执法检查工作情况"],
  ])("(%s) stays", (_, title) => {
    expect(withoutArticleOrdinal(title)).toBe(title);
  });
});
