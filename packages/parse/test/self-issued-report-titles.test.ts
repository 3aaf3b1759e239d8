import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An issuer's line over a report's name that names its issuer itself before its year
 * (`某市某区人民政府政务服务办公室` / `区政务服务办2020年度行政执法工作报告`): the name alone is the title
 * (the line over it stays the issuer's). A name that opens with its year
 * (`某市某区人民政府政务服务办公室` / `2024年工作总结及2025年工作计划`) goes on from the issuer's line,
 * one title. Every example is written for the rule.
 */

const body =
  "某区人民政府：\n一、本机关行政执法工作基本情况\n本机关有行政许可权153项，2020年度作出行政许可4190件。\n二、经验做法和取得成效\n一是继续深化改革。推出“马上办”事项337项。";

const parse = (text: string) => parseBulletinText(text);

describe("a report's name that names its issuer under the issuer's line", () => {
  test.each([
    ["某市某区人民政府政务服务办公室", "区政务服务办2020年度行政执法工作报告"],
    ["某市某县统计局", "县统计局2023年上半年工作总结"],
    ["某市某区市场监督管理局", "区市场监管局2021年度法治政府建设情况报告"],
  ])("parseBulletinText: `%s` / `%s`: the second line is the title", (issuer, name) => {
    const { bulletin } = parse(`${issuer}\n${name}\n${body}`);
    expect(bulletin.publication.title).toBe(name);
    expect(JSON.stringify(bulletin)).toContain(issuer);
  });
});

describe("a report's name that goes on from the issuer's line", () => {
  test.each([
    ["某市某区人民政府政务服务办公室", "2024年工作总结及2025年工作计划"],
    ["某市某县统计局", "关于2023年上半年统计工作的报告"],
  ])("parseBulletinText: `%s` / `%s`: one title", (issuer, name) => {
    const { bulletin } = parse(`${issuer}\n${name}\n${body}`);
    expect(bulletin.publication.title?.replace(/\s/g, "")).toBe(`${issuer}${name}`);
  });
});
