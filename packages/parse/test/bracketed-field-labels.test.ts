import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A file-information list whose labels stand in square brackets, one field a line
 * (`[ 索引号 ] …`, `[ 发布机构 ] 某区政务服务办`, `[ 成文日期 ] 2026-01-12`), as some provinces'
 * government portals print it: read as the list with colons (`发布机构：…`) is read, so no field
 * is the title, and the issuing body and date are the page's. A line that opens with a bracket
 * holding no field's label (`[1]`, `[ 专栏 ]`) keeps its old reading. Every text
 * here is written for the test.
 */

const grid = (open: string, close: string) =>
  [
    `${open}索引号${close}11500000MB1511000X/2025-00012`,
    `${open}发文字号${close}`,
    `${open}主题分类${close}法制`,
    `${open}体裁分类${close}政府网站工作年度报表`,
    `${open}发布机构${close}某县政务服务办`,
    `${open}有效性${close}`,
    `${open}成文日期${close}2025-01-10`,
    `${open}发布日期${close}2025-01-10`,
  ].join("\n");

const report =
  "\n\n某县政务服务管理办公室关于2024年法治政府建设情况的报告\n\n日期:2025-01-10 来源:某县政务服务办\n\n现将县政务服务办2024年法治政府建设情况报告如下：\n一、主要举措和成效\n全县共办理政务服务事项27.9万件，网办率达89%。";

describe("a file-information list with its labels in square brackets", () => {
  test.each([
    ["[ ", " ] "],
    ["[", "] "],
    ["[ ", " ]"],
    ["［", "］"],
  ])("`%s发布机构%s…`: the headline is the title, the 发布机构 the publisher", (open, close) => {
    const { bulletin } = parseBulletinText(`${grid(open, close)}${report}`);
    expect(bulletin.publication.title).toBe(
      "某县政务服务管理办公室关于2024年法治政府建设情况的报告",
    );
    expect(bulletin.publication.publisher?.name).toBe("某县政务服务办");
    expect(bulletin.issue.publishedOn).toBe("2025-01-10");
    expect(bulletin.sections.map((s) => s.title).join()).not.toMatch(/[[［]/);
  });

  test.each([
    ["a footnote's number", "[1] 某市统计局2024年统计公报"],
    ["a bracketed column word", "[ 专栏 ] 某市统计局2024年统计公报"],
  ])("%s opening a line is not read as a field", (_, first) => {
    const { bulletin } = parseBulletinText(
      `${first}\n一、主要指标\n全市地区生产总值5000亿元，增长5.2%。`,
    );
    expect(bulletin.publication.title).toBe(first);
  });
});
