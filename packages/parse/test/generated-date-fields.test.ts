import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A file-information list printing two fields on a line, the record's 生成日期 after the issuing
 * body (`发布机构: 某县审计局 生成日期: 2024-03-15 10:20`): the body's name ends before the label,
 * and the date is the record's. Lines whose second field is one the page already knew, and a
 * 成文日期 beside the 生成日期, keep their old reading. Every text here is written for the test.
 */

const page = (fields: string) =>
  `索引号: 1136xxxx/2024-00012 主题分类: 综合政务\n${fields}\n文件编号: 有效性: 有效\n关于2023年度县本级预算执行和其他财政收支的审计报告\n根据《中华人民共和国审计法》的规定，某县审计局对县本级预算执行情况进行了审计。\n一、基本情况\n2023年，全县一般公共预算收入12.5亿元，增长3.1%。`;

describe("a 生成日期 printed after the issuing body on its line", () => {
  test.each([
    ["发布机构: 某县审计局 生成日期: 2024-03-15 10:20", "某县审计局", "2024-03-15"],
    ["发布机构：某市统计局　生成日期：2023-01-05", "某市统计局", "2023-01-05"],
    ["发文机关: 某区财政局 公文生成日期: 2022-11-30 09:00:00", "某区财政局", "2022-11-30"],
    ["發佈機構: 某縣審計局 生成日期: 2021-06-08 16:45", "某縣審計局", "2021-06-08"],
  ])("`%s`: the body alone is the publisher", (fields, publisher, date) => {
    const { publication, issue } = parseBulletinText(page(fields)).bulletin;
    expect(publication.publisher?.name).toBe(publisher);
    expect(issue.publishedOn).toBe(date);
  });

  test.each([
    [
      "a 发布日期 after the body",
      "发布机构: 某县审计局 发布日期: 2024-03-15",
      "某县审计局",
      "2024-03-15",
    ],
    ["the body alone on its line", "发布机构: 某县审计局", "某县审计局", undefined],
    [
      "a 成文日期 beside the 生成日期 (the signed date wins)",
      "发布机构: 某县审计局 成文日期: 2024-03-10 生成日期: 2024-03-15",
      "某县审计局",
      "2024-03-10",
    ],
  ])("%s keeps its reading", (_, fields, publisher, date) => {
    const { publication, issue } = parseBulletinText(page(fields)).bulletin;
    expect(publication.publisher?.name).toBe(publisher);
    expect(issue.publishedOn).toBe(date);
  });
});
