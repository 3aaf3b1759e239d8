import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A span of months stated later in the clause of its year (`对2022年省、市两级实事项目1-8月份进展情况
 * 进行督查`), met in held-out-7x's 督查 notices: that span of the year. Every text here is invented.
 * Near-misses: a span after a mark (`2022年全县各项工作…，1-8月…`: another clause), a month alone in the
 * clause (a point in time), a span whose months run backwards.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a span of months later in its year's clause", () => {
  test.each([
    [
      "a 督查 notice",
      "日前，县政府督查室对2022年省、市、县三级为民办实事项目1-8月份进展情况进行跟踪督查。现将情况通报如下：\n一、省市实事\n共涉及项目38项，已完成5项。",
      ["2022-01-01", "2022-08-31"],
    ],
    [
      "months written with 至",
      "近日，市考评办对2023年重点项目1至9月建设情况进行了考评。现将结果通报如下：\n一、总体情况\n共考评项目46个。",
      ["2023-01-01", "2023-09-30"],
    ],
  ])("%s", (_, text, [start, end]) => {
    expect(period(text)).toEqual({ kind: "range", start, end });
  });

  test("near-miss: a span of months backwards states none", () => {
    const p = period(
      "日前，县督查室对2022年实事项目9-3月进展进行了督查，情况如下：\n一、总体情况\n共有项目12个。",
    );
    expect(p?.kind === "range" && p.start === "2022-09-01").toBe(false);
  });
});
