import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `县农业农村局2020年工作总结暨2021年工作打算 一、2020年工作总结 （一）…`: a document-sharing site's
 * copy flattened into one line, its title (a summary with the plan after it, ending in the plan's
 * kind: 计划, 打算) run into its first section `一、` after a space. Near misses: a figure after
 * the heading's year, a title ending in other words (`…工作安排`). Every text here is invented.
 */

const read = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

const BODY =
  "（一）积极调整农业产业结构。全年粮食播种面积32.5万亩，总产量12.6万吨，比上年增长2.1%。";
const MORE = " 二、2021年工作打算 全年计划新建高标准农田2万亩。";

describe("a summary-and-plan title run into its first section", () => {
  test.each([
    [
      `县农业农村局2020年工作总结暨2021年工作打算 一、2020年工作总结 ${BODY}${MORE}`,
      "2020年工作总结",
    ],
    [`县教育局2022年工作总结及2023年工作计划 一、2022年工作总结 ${BODY}`, "2022年工作总结"],
    [`縣教育局2022年工作總結及2023年工作計劃 一、主要成效 ${BODY}`, "主要成效"],
  ])("`%s` heads %j", (text, heading) => {
    expect(read(text)).toContain(heading);
  });

  test.each([
    [
      `县农业农村局2020年工作总结暨2021年工作打算 一、2020年完成投资3亿元 ${BODY}`,
      "2020年完成投资3亿元",
    ],
    [`县农业农村局召开2021年工作安排 一、2020年工作总结 ${BODY}`, "2020年工作总结"],
  ])("near miss: `%s` starts no section %j there", (text, heading) => {
    expect(read(text)).not.toContain(heading);
  });
});
