import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A group's average age in 岁 (`结婚登记平均年龄为31.04岁`) and its breakdown by sex right after it in
 * the same sentence (`其中男性31.68岁、女性30.4岁`), as marriage, civil-service and delegates' reports
 * print it: each a figure in 岁, as the whole is and as a life expectancy's breakdown is
 * (life-expectancy-by-sex.test.ts). An age by sex with no average age before it in its sentence stays
 * text. Every sentence is invented.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("average age by sex after the whole", () => {
  test.each([
    [
      "全省结婚登记平均年龄为31.04岁，其中男性31.68岁、女性30.4岁。",
      ["31.04岁", "31.68岁", "30.4岁"],
    ],
    ["新录用公务员平均年龄27.5岁，男性为27.9岁，女性为27.1岁。", ["27.5岁", "27.9岁", "27.1岁"]],
    ["結婚登記平均年齡為31.04歲，其中男性31.68歲、女性30.4歲。", ["31.04岁", "31.68岁", "30.4岁"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // An age bound after the breakdown's sex stays text.
    ["代表平均年龄45岁，其中男性60岁以上的有12人。"],
    // No average age before it in its sentence: an age bounding a group.
    ["男性30岁以下、女性28岁以下的青年可报名。"],
    // An average age in another sentence states nothing for this one.
    ["代表平均年龄45岁。女性35岁以下的代表另行统计。"],
  ])("%s holds no age by sex in 岁", (body) => {
    expect(figures(body).filter((f) => f.endsWith("岁") && f !== "45岁")).toEqual([]);
  });
});
