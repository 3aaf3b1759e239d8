import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { headlineLabelEnd } from "../src/internal/headline-shapes";

/**
 * `名  称: …` (a file-information grid's first field), `主题: …` (a forum thread's subject),
 * `文档介绍:…` (a document site's description): the label of the field a page prints its headline
 * in is no part of the title. Lines from `binhai-audit-2024`, `guangxi-health-2020-forum` and
 * `national-tourism-2013-spring-festival-taodocs` (whose titles kept the label), cut short; the
 * near misses are invented.
 */

const title = (lines: readonly string[]): string | undefined =>
  parseBulletinText(lines.join("\n")).bulletin.publication.title;

describe("a headline printed in a titled field", () => {
  test.each([
    [
      [
        "名  称: 关于滨海新区2024年度本级预算执行和其他财政收支的审计工作报告",
        "索引号: 128-9797-2025-00020",
        "发布机构: 区审计局",
        "成文日期: 2025-09-16",
        "",
        "区人大常委会:",
        "根据审计法及相关法律法规,区审计局对2024年度本级预算执行和其他财政收支情况进行了审计。",
      ],
      "关于滨海新区2024年度本级预算执行和其他财政收支的审计工作报告",
    ],
    [
      [
        "主题: 权威发布!广西人均预期寿命公布.....",
        "",
        "  • 以心换心",
        "楼主回复",
        "  • 阅读:329",
        "  • 发表于:2021/8/4 13:09:22",
        "  1. 楼主",
        "8月3日",
        "2020年广西人均预期寿命达到78.06岁,比2015年提高1.18岁。",
      ],
      "权威发布！广西人均预期寿命公布.....",
    ],
    [
      [
        "文档介绍:2013年春节黄金周旅游统计报告(含各省统计数据)",
        "2013年春节黄金周旅游统计报告",
        "春节黄金周期间,全国共接待游客2.02亿人次,同比增长15.5%。",
      ],
      "2013年春节黄金周旅游统计报告（含各省统计数据）",
    ],
  ])("parseBulletinText: %j: the label is no part of the title", (lines, headline) => {
    expect(title(lines)).toBe(headline);
  });
});

describe("headlines that open with a label's words but no field (near misses)", () => {
  test.each([
    ["名  称: 关于滨海新区2024年度审计工作报告", 6],
    ["主题：权威发布！广西人均预期寿命公布", 3],
    ["文档介绍:2013年春节黄金周旅游统计报告", 5],
    ["主题教育开展情况通报", undefined],
    ["主题分类：财政审计", undefined],
    ["名称变更登记情况", undefined],
    ["标题：", undefined],
  ])("headlineLabelEnd(%j) is %j", (text, at) => {
    expect(headlineLabelEnd(text)).toBe(at);
  });

  test("parseBulletinText: a headline opening with 主题 and no colon is the title as printed", () => {
    expect(
      title([
        "主题教育开展情况通报",
        "2023年,全县共开展主题教育学习126场次,参加党员3200人次。",
        "一、基本情况",
      ]),
    ).toBe("主题教育开展情况通报");
  });
});
