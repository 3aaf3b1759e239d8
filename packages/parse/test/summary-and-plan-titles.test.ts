import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A year's summary and the next year's plan under one title (`2024年工作总结及2025年工作计划`, `…总结
 * 和…工作思路`, `…总结暨…工作安排`): the title ends as a summary's does, so an issuer's line over it
 * is the title's first part and, when it opens with its place, names the publisher (as the line
 * over a letter-spaced `通 告` does). A line that goes on as a sentence (`…工作计划如下：`) and a
 * numbered heading inside the text stay as they were. Every text here is written for the test.
 */

const body =
  "\n一、2024年工作回顾\n（一）持续推进政务服务改革\n一是加快推动改革落地。全年办理事项176项，满意率97%。";

describe("a summary-and-plan title", () => {
  test.each([
    ["某市某区人民政府政务服务办公室", "2024年工作总结及2025年工作计划"],
    ["某省农业农村厅", "2023年工作总结和2024年工作思路"],
    ["某县人民政府办公室", "2022年工作总结暨2023年工作安排"],
    ["某市统计局", "2021年度工作总结及2022年工作要点"],
    ["某区政务服务管理局", "2023年工作总结及下一步工作打算"],
    ["某自治州市场监督管理局", "2024年工作總結與2025年工作計劃"],
  ])("`%s` over `%s` is the title's first part and the publisher", (issuer, name) => {
    const { bulletin } = parseBulletinText(`${issuer}\n${name}${body}`);
    expect(bulletin.publication.title).toBe(`${issuer}${name}`);
    expect(bulletin.publication.publisher?.name).toBe(issuer);
  });

  test("an issuer's line naming no place (`县政务服务办公室`) is the title's first part, no publisher", () => {
    const { bulletin } = parseBulletinText(
      `县政务服务办公室\n2023年上半年工作总结和下半年工作思路${body}`,
    );
    expect(bulletin.publication.title).toBe("县政务服务办公室2023年上半年工作总结和下半年工作思路");
    expect(bulletin.publication.publisher).toBeUndefined();
  });

  test("a line going on as a sentence (`…工作计划如下：`) is no part of the title", () => {
    const { bulletin } = parseBulletinText(
      `某区政务服务管理局\n2024年工作总结及2025年工作计划如下：${body}`,
    );
    expect(bulletin.publication.title).toBe("某区政务服务管理局");
  });

  test("a numbered heading `一、…总结及…计划` under the issuer stays a section", () => {
    const { bulletin } = parseBulletinText(
      "某区政务服务管理局\n一、2024年工作总结及2025年工作计划\n全年办理事项176项，满意率97%。",
    );
    expect(bulletin.publication.title).toBe("某区政务服务管理局");
    expect(bulletin.sections.map((s) => s.title)).toContain("2024年工作总结及2025年工作计划");
  });
});
