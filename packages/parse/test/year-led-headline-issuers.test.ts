import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report's headline that opens with the year it covers, then its issuer (`2024年某市市场监督管理局
 * 投诉举报数据综合分析报告`, `2023年度某县统计局…`): the issuer is the publisher, as when the headline
 * opens with it (level-only-headline-bodies.test.ts); a body named by its level alone still names
 * none. Written for the rule (formerly held-out-40's 12315 report); the cases are invented.
 */

const publisherOf = (headline: string): string | undefined =>
  parseBulletinText(
    `${headline}\n一、总体情况\n2024年，共接收消费者各类诉求6129件，同比增长11.15%。`,
  ).bulletin.publication.publisher?.name;

describe("a year before the headline's issuer", () => {
  test.each([
    ["2024年安康市市场监督管理局投诉举报数据综合分析报告", "安康市市场监督管理局"],
    ["2023年度武城县统计局统计工作总结", "武城县统计局"],
    ["2022年武城县应急管理局安全生产工作报告", "武城县应急管理局"],
  ])("`%s` names %s", (headline, name) => {
    expect(publisherOf(headline)).toBe(name);
  });
});

describe("year-led headlines that name no issuer (near-misses)", () => {
  test.each([
    // A body named by its level alone.
    ["2024年市统计局投诉举报数据分析报告"],
    // No body after the year.
    ["2024年全市消费投诉举报数据综合分析报告"],
    ["2024年第三期消费维权分析报告"],
  ])("`%s` names none", (headline) => {
    expect(publisherOf(headline)).toBeUndefined();
  });
});
