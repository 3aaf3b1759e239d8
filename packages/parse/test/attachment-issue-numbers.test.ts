import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page that carries its issue as an attachment, the file's name printed on the page with the
 * issue's number (`10.16  第 八 期 2019年县政府工作报告三季度完成情况.docx`, `附件：某县政务督查通报第3期.pdf`):
 * when the rest of the file's name is the page's title (or the title is it, its kind after it),
 * the number is the issue's. A file of another report, or one without a number, numbers nothing.
 * Every text here is written for the test.
 */

const numberOf = (title: string, file: string): number | undefined =>
  parseBulletinText(
    `${title}\n\n时间:2019-10-16 10:41  信息来源:某县\n\n县政府督查室对目标任务完成情况进行了专项督查,现将相关情况予以通报。\n\n下一步,各单位要严格按照目标任务,倒排时间节点。\n\n${file}\n\n版权所有:某县人民政府`,
  ).bulletin.issue.number;

describe("an attachment's file name that numbers the page's issue", () => {
  test.each([
    [
      "a date, a letter-spaced number, the title without its kind",
      "2019年县政府工作报告三季度完成情况通报",
      "10.16  第 八 期 2019年县政府工作报告三季度完成情况.docx",
      8,
    ],
    [
      "an attachment label, the title then the number",
      "某县政务督查通报",
      "附件:某县政务督查通报第3期.pdf",
      3,
    ],
    [
      "the number then the whole title",
      "关于重点项目推进情况的督查通报",
      "第12期 关于重点项目推进情况的督查通报.doc",
      12,
    ],
  ])("%s", (_, title, file, number) => {
    expect(numberOf(title, file)).toBe(number);
  });

  test.each([
    [
      "another report's file",
      "2019年县政府工作报告三季度完成情况通报",
      "第 七 期 2019年县政府工作报告二季度完成情况.docx",
    ],
    [
      "a file without a number",
      "2019年县政府工作报告三季度完成情况通报",
      "2019年县政府工作报告三季度完成情况.docx",
    ],
  ])("%s numbers nothing", (_, title, file) => {
    expect(numberOf(title, file)).toBeUndefined();
  });
});
