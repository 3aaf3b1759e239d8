import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A title holding a year alone in Chinese numerals (`某署发表二〇二三年工作简报`) names the year it
 * reports on, as `某署发表2023年工作简报` does, when nothing else states the period. Every text here
 * is written for the test.
 */

const body = "公署今日发表工作简报，全年共接获查询9,812宗及投诉4,530宗，与过去数年相若。";

describe("a title's year in Chinese numerals", () => {
  test.each([
    ["某某专员发表二〇二三年工作简报", 2023],
    ["某某公署發表二○二二年工作簡報", 2022],
    ["某区二零二一年政府信息公开工作报告", 2021],
  ])("`%s` states %i", (title, year) => {
    const { period } = parseBulletinText(`${title}\n\n${body}`).bulletin.issue;
    expect(period).toEqual({ kind: "year", year });
  });

  test.each([
    ["a count since", "某某专员发表二〇二三年以来工作简报"],
    ["a year's end", "某某专员发表二〇二三年底工作简报"],
  ])("%s states no year", (_, title) => {
    const { period } = parseBulletinText(`${title}\n\n${body}`).bulletin.issue;
    expect(period?.kind === "year").toBe(false);
  });
});
