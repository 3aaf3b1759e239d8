import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A disclosure page's file grid closed by its key words, a list parted by semicolons (`关键字：水质；环境空气；
 * 声环境`), an empty field perhaps before it (`文号： 关键字：…`): the grid's line, so the page's menu
 * over the grid is not taken for the title and the headline under it is. A sentence after a label
 * with a semicolon in it stays the text's. Every text here is written for the test.
 */

const TITLE = "某县2023年环境质量状况公报";
const page = (keywords: string) =>
  [
    "政府信息公开",
    "政府信息公开指南",
    "政府信息公开制度",
    "依申请公开",
    "索引号: 015126183-202401-830829 主题分类: 生态环境",
    "发布机构:  某县人民政府 发布日期: 2024-02-02 08:55",
    `名 称: ${TITLE}`,
    keywords,
    "",
    TITLE,
    "",
    "发布时间:2024-02-02 08:55",
    "一、环境空气质量状况",
    "2023年，环境空气质量有效监测361天，其中优197天，良155天，优良率为97.5%。",
  ].join("\n");

describe("a grid's key words parted by semicolons", () => {
  test.each([
    ["after an empty 文号", "文号: 关键字: 水质;环境空气;声环境"],
    ["full-width semicolons", "文号：关键字：水质；环境空气；声环境"],
    ["alone", "关键词：水质；环境空气"],
  ])("%s: the headline is the title", (_, keywords) => {
    const { bulletin } = parseBulletinText(page(keywords));
    expect(bulletin.publication.title).toBe(TITLE);
    expect(bulletin.publication.publisher?.name).toBe("某县人民政府");
  });

  test("a labelled sentence with a semicolon after the grid stays the text's", () => {
    const { bulletin } = parseBulletinText(
      `${page("文号: 关键字: 水质")}\n名称：某县污水处理厂；处理规模为每日2万吨。`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("某县污水处理厂");
  });
});
