import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A file-information grid flattened into rows of `label:value |` cells whose title row opens with
 * the title's field (`名 称:2024年7月某省水环境质量状况 | 文件编号: |`, letter-spaced or not) and whose
 * last row holds only empty fields (`内容摘要: | 时 效: |`): both rows are the grid's, so the title
 * field (or the title line under the grid) is the title, not a section. A 内容摘要 that states a
 * sentence, and a table whose head cell is `名称` without a colon, keep their reading. Every text
 * here is written for the test.
 */

const TITLE = "2024年7月某省水环境质量状况";
const grid = (titleRow: string) =>
  [
    "索引号:014000999/2024-01017 | 组配分类:地表水水质月报 |",
    "发布机构:监测中心 | 发文日期:2024-08-21 |",
    titleRow,
    "内容摘要: | 时 效: |",
    TITLE,
    "发布时间:2024-08-21 11:55浏览次数:",
    "2024年7月，全省地表水环境质量同比总体保持稳定。国考断面水质优Ⅲ比例为38.1%，劣Ⅴ类比例为7.1%；省考断面水质优Ⅲ比例为60.4%。",
  ].join("\n");

const body = (text: string) =>
  JSON.stringify(parseBulletinText(text).bulletin.sections.map((s) => [s.title, s.items]));

describe("a flattened grid's title row and its empty last row", () => {
  test.each([
    ["a letter-spaced 名 称", `名 称:${TITLE} | 文件编号: |`],
    ["名称, full-width colon", `名称：${TITLE} | 文号： |`],
    ["a letter-spaced 标 题", `标 题:${TITLE} | 文件编号: |`],
  ])("%s: the title is the grid's, no section", (_, row) => {
    const { bulletin } = parseBulletinText(grid(row));
    expect(bulletin.publication.title).toBe(TITLE);
    expect(bulletin.publication.publisher?.name).toBe("监测中心");
    expect(bulletin.sections.map((s) => s.title)).toEqual(["正文"]);
    expect(body(grid(row))).not.toMatch(/内容摘要|时效/);
  });

  test("a 内容摘要 stating a sentence stays the text's", () => {
    const text =
      "某省2024年7月水环境质量状况\n内容摘要：本月全省地表水水质总体稳定，环比有所下降。\n2024年7月，全省国考断面水质优Ⅲ比例为38.1%，劣Ⅴ类比例为7.1%。";
    expect(body(text)).toContain("内容摘要：本月全省地表水水质总体稳定");
  });

  test.each([
    ["内容概述:", "…"],
    ["内容摘要：", "..."],
    ["内容概览: ", "……"],
  ])(
    "a grid's `%s` summary cut short (`%s`) repeats the text: the grid's, the title under it the title",
    (label, cut) => {
      const text = [
        "索引号: 014309260/2017-00171 信息分类: 重大项目,",
        "发布机构: 某县人民政府办公室 发文日期: 2017-05-24",
        `${label}为加快重点工作推进，近期县督查办对全县重点工程项目进展情况进行了跟踪督查。一、工程项目概况全县重点工程项目总计62个，其中建设工程23个${cut}`,
        "",
        "全县1-4月份重点工程项目推进情况督查通报",
        "",
        "为加快重点工作推进，近期县督查办对全县重点工程项目进展情况进行了跟踪督查。",
        "一、工程项目概况",
        "全县重点工程项目总计62个，其中建设工程23个、产业项目14个。",
      ].join("\n");
      const { bulletin } = parseBulletinText(text);
      expect(bulletin.publication.title).toBe("全县1-4月份重点工程项目推进情况督查通报");
      expect(bulletin.sections.map((s) => s.title)).toEqual(["正文", "工程项目概况"]);
    },
  );

  test.each([
    [
      "a short summary ending in an ellipsis",
      "内容摘要：本月全省地表水水质总体稳定，环比有所下降……",
    ],
    [
      "a long summary ending whole",
      "内容摘要：本月全省地表水水质总体稳定，国考断面水质优Ⅲ比例为38.1%，劣Ⅴ类比例为7.1%，省考断面水质优Ⅲ比例为60.4%，环比有所下降。",
    ],
    [
      "a long sentence cut without the label",
      "本月全省地表水水质总体稳定，国考断面水质优Ⅲ比例为38.1%，劣Ⅴ类比例为7.1%，省考断面水质优Ⅲ比例为60.4%，环比……",
    ],
  ])("%s stays the text's", (_, line) => {
    const text = `某省2024年7月水环境质量状况\n${line}\n2024年7月，全省国考断面水质优Ⅲ比例为38.1%。`;
    expect(body(text)).toContain("本月全省地表水水质总体稳定");
  });

  test("a table whose head cell is 名称 without a colon stays a table", () => {
    const text =
      "2024年7月，全省国考断面水质优Ⅲ比例为38.1%，劣Ⅴ类比例为7.1%。\n名称 | 断面数 | 优Ⅲ比例 |\n| --- | --- | --- |\n国考断面 | 104 | 38.1% |\n省考断面 | 380 | 60.4% |";
    expect(parseBulletinText(text).bulletin.metrics.length).toBe(4);
    // Its head row too: `名称 | 断面数 | 优Ⅲ比例` is the table's, no grid's title row.
    expect(JSON.stringify(parseBulletinText(text).bulletin.sections)).toContain("断面数");
  });
});
