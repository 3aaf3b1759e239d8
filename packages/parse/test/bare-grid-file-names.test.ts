import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A disclosure page's grid printed without colons whose title row is labelled `文件名称` (`文件名称
 * 2024年…的通报`), under the page's headline and date line: the grid's row, so the headline is the
 * title (without the label) and the grid's 文号 gives the issue. A table's head cell `名称` stays a
 * table's. Every text here is written for the test.
 */

const TITLE = "2024年第五次县政府常务会议确定事项落实情况的通报";
const page = (row: string) =>
  [
    TITLE,
    "",
    "时间:2024-06-18 15:36来源:某县人民政府办公室",
    row,
    "索引号 zyxzfzyxzfbgs/2024-2736 公开目录: 政务督查",
    "公开责任部门 某县政府办公室 公开形式: 主动公开",
    "文号 二〇二四年第十六期 成文日期: 2024年06月18日",
    "",
    "按照相关规定，县政府督查室对确定事项落实情况开展了专项督查，现通报如下。",
    "一、总体情况",
    "确定事项43件，已完成16件，占37%；正在办理27件，占63%。",
  ].join("\n");

describe("a bare grid's 文件名称 row", () => {
  test.each([
    ["文件名称, a space after it", `文件名称 ${TITLE}`],
    [
      "文件名称, the title broken by a space",
      "文件名称 2024年第五次县政府常务会议确定事项 落实情况的通报",
    ],
  ])("%s: the headline is the title", (_, row) => {
    const { bulletin } = parseBulletinText(page(row));
    expect(bulletin.publication.title).toBe(TITLE);
    expect(bulletin.issue.number).toBe(16);
  });

  test("a table's head cell 名称 stays the table's", () => {
    const { bulletin } = parseBulletinText(
      "一、总体情况\n确定事项43件，已完成16件。\n名称 | 数量 | 占比\n已完成 | 16 | 37%\n正在办理 | 27 | 63%",
    );
    expect(JSON.stringify(bulletin.sections)).toContain("名称");
  });
});
