import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A file-information grid whose 文号 numbers the issue with its year (`文号 二〇二四年第十六期`,
 * `文号：2024年第16期`): the issue's number and its year. A 文号 of a document (`某政发〔2024〕16号`)
 * gives neither; a year the masthead or the title states goes first. Every text here is written for
 * the test.
 */

const page = (fileNumber: string, title = "2024年第五次县政府常务会议确定事项落实情况的通报") =>
  parseBulletinText(
    [
      title,
      "",
      "时间:2024-06-18 15:36来源:某县人民政府办公室",
      `文件名称 ${title}`,
      "索引号 zyx/2024-2736 公开目录: 政务督查",
      "公开责任部门 某县政府办公室 公开形式: 主动公开",
      `文号 ${fileNumber} 成文日期: 2024年06月18日`,
      "有效性 有效 公开日期: 2024年06月18日",
      "",
      "各镇人民政府,县政府各工作部门:",
      "现将县政府第五次常务会议确定事项落实情况通报如下。",
    ].join("\n"),
  ).bulletin.issue;

describe("a 文号 that numbers the issue with its year", () => {
  test.each([
    ["in Chinese digits", "二〇二四年第十六期", { number: 16, year: 2024 }],
    ["in Arabic digits", "2024年第16期", { number: 16, year: 2024 }],
    ["without a year", "第十六期", { number: 16, year: undefined }],
  ])("parseBulletinText: %s gives the number and the year", (_, fileNumber, expected) => {
    const issue = page(fileNumber, "县政府常务会议确定事项落实情况的通报");
    expect({ number: issue.number, year: issue.year }).toEqual(expected);
  });

  test("parseBulletinText: a document's 文号 gives no issue", () => {
    const issue = page("某政发〔2023〕16号", "县政府常务会议确定事项落实情况的通报");
    expect({ number: issue.number, year: issue.year }).toEqual({
      number: undefined,
      year: undefined,
    });
  });

  test("parseBulletinText: a year the title states goes first", () => {
    const issue = page("二〇二三年第十六期", "督查通报（2024年第16期）");
    expect(issue.year).toBe(2024);
  });
});
