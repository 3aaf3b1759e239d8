import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A quotation of clauses with their figures, closed with no sentence mark
 * (`“全省生产总值3799.1亿元、 增长5.3%，全体居民人均可支配收入28587元、增长5.9%”；`, as press reports quote a speaker's
 * summary) is speech: its figures are read as running text's are, its last one too. A quoted name
 * or task with no clause mark inside (`“最多跑1次”`, `“全年实现融资210亿元”`) stays a quote, and so does a
 * quoted target (`“…”的奋斗目标`, `报告提出的“…”`). Examples written for the rule.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("a quotation of clauses with figures", () => {
  test.each([
    [
      "报告说：“全市生产总值1799.1亿元、增长5.3%，居民人均可支配收入28587元、增长5.9%”；",
      ["179910000000元", "5.3%", "28587元", "5.9%"],
    ],
    ["会上提到“2个县脱贫摘帽，67个贫困村退出”。", ["67个"]],
    ["“开行货运班列154列，进出口总值增长20.3%”。", ["154列", "20.3%"]],
  ])("parseBulletinText: %s reads %j", (body, read) => {
    expect(figures(body)).toEqual(expect.arrayContaining(read));
  });

  test.each([
    "推进“最多跑1次”改革。",
    "提出“全年实现融资210亿元”，推进工作。",
    "出台“16条工作意见”，促进复工复产。",
    "力保明年实现“旅游接待人数220万人次，旅游总收入6.5亿元”的奋斗目标。",
    "报告提出的“事项达到300项以上，网办事项达到100项以上”。",
  ])("parseBulletinText: a quote of no clauses stays a quote: %s", (body) => {
    expect(figures(body)).toEqual([]);
  });
});
