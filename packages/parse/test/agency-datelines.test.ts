import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reprinted news agency's dateline opening a report's first paragraph: `据新华社北京10月31日电`
 * (the reprint's 据 before it, no part of the outlet's name) and the agency's undated form,
 * `新华社电` / `据新华社电` / `中新社北京电`. The agency is the publisher. Written for the rule (the
 * corpus's shapes are the first two).
 */

const headline = "前三季度我国基本完成全年新增就业目标";
const publisher = (lede: string): string | undefined =>
  parseBulletinText(`${headline}\n\n${lede}\n就业形势总体稳定。`).bulletin.publication.publisher
    ?.name;

describe("an agency's dateline after 据, or without its date", () => {
  test.each([
    [
      "据新华社北京10月31日电 (记者叶昊鸣)记者31日从人力资源和社会保障部了解到，1至9月全国城镇新增就业1107万人。",
      "新华社",
    ],
    ["据新华社电国家统计局18日发布数据，前三季度，全国城镇新增就业1097万人。", "新华社"],
    ["新华社电 国家统计局18日发布数据，前三季度，全国城镇新增就业1097万人。", "新华社"],
    ["據中新社北京10月8日電 記者從人社部了解到，前三季度全國城鎮新增就業1097萬人。", "中新社"],
    ["中新社北京电 记者8日从人社部获悉，前三季度全国城镇新增就业1097万人。", "中新社"],
  ])("`%s` names %s", (lede, name) => {
    expect(publisher(lede)).toBe(name);
  });
});

describe("words after 据 that are no agency's dateline (counter-cases)", () => {
  test.each([
    "据旅行社电话回访，国庆期间游客满意度达98.5%。",
    "据合作社电商平台统计，前三季度销售农产品1097万元。",
  ])("`%s` names no outlet as the publisher", (lede) => {
    expect(publisher(lede) ?? "").not.toMatch(/^据|旅行社|合作社/);
  });
});
