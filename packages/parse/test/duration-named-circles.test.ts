import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `15分钟健身圈`, `1小时经济圈`: a duration that names a circle of services (how far by foot or by
 * road they are) is part of a policy's name, not a figure of the bulletin. It was read as a
 * metric (`建设=15分钟`) in running text and in a table's sentence cells.
 */

const metricsOf = (sentence: string): string[] =>
  parseBulletinText(
    `县体育工作简报\n2025年第3期\n县体育局\n2025年10月8日\n一、总体情况\n${sentence}`,
  ).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("a duration that names a circle is no figure", () => {
  test.each([
    ["全市建成15分钟健身圈，服务群众。"],
    ["发展全民健身事业，建设15分钟健身圈。"],
    ["打造1小时经济圈。"],
    ["构建10分钟就医圈和15分钟生活圈。"],
    ["推进30分钟交通圈建设。"],
    ["形成2小时通勤圈。"],
    ["打造“15分钟便民生活圈”。"],
  ])("%s", (sentence) => {
    expect(metricsOf(sentence).filter((m) => m.endsWith("分钟") || m.endsWith("小时"))).toEqual([]);
  });
});

describe("durations that are figures (near-misses)", () => {
  test.each([
    ["热线平均通话时长15分钟，较上月缩短2分钟。", "15分钟"],
    ["群众平均等待时间缩短至15分钟，圈定重点窗口5个。", "15分钟"],
    ["累计直播时长1200小时，覆盖全市。", "1200小时"],
    ["全市建成健身步道35公里，形成15分钟健身圈。", "35公里"],
  ])("%s: %s is read", (sentence, figure) => {
    expect(metricsOf(sentence)).toContain(figure);
  });
});
