import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copy taken from a page's script or a JSON field prints its line ends as escapes: a backslash
 * and an `r` or `n` as two characters (`…之最 \r\n 全年…`). Each such escape parts the line. A
 * backslash in a path or a command before a Latin word, or a doubled one, is no line end and
 * stays. Every text here is written for the test.
 */

const BS = "\\";

describe("line ends printed as escapes", () => {
  test.each([
    ["spaced \\r\\n", ` ${BS}r${BS}n `],
    ["bare \\r\\n", `${BS}r${BS}n`],
    ["bare \\n", `${BS}n`],
    ["two \\n", `${BS}n${BS}n`],
    ["spaced \\r", ` ${BS}r `],
  ])("%s parts the line", (_, esc) => {
    const text = `某县去年政府采购规模创新高${esc}2019年，全县完成政府采购项目326项，采购金额5.6亿元。${esc}据悉，节约资金3200万元。`;
    expect(repairExtractedText(text, { keepLines: true }).split("\n")).toEqual([
      "某县去年政府采购规模创新高",
      "2019年，全县完成政府采购项目326项，采购金额5.6亿元。",
      "据悉，节约资金3200万元。",
    ]);
  });

  test("the report's year is read from the line the escape opens", () => {
    const text = `某区去年工程招标总量创新高 ${BS}r${BS}n 本报讯 记者从区住建局了解到，2018年，全区完成招标项目512项，中标总额98.2亿元。 ${BS}r${BS}n 去年以来，该局继续推进改革。`;
    const { issue } = parseBulletinText(text).bulletin;
    expect(issue.period).toEqual({ kind: "year", year: 2018 });
  });

  test.each([
    ["a Windows path", `附件存放于C:${BS}new${BS}report.doc，请查收。`],
    ["a command before a Latin word", `排版时请在段首加${BS}noindent命令。`],
    ["a doubled backslash", `正则中${BS}${BS}n表示换行符本身。`],
    ["a slash before it", `路径为/home/${BS}n，请核对。`],
  ])("%s stays one line", (_, text) => {
    expect(repairExtractedText(text, { keepLines: true }).split("\n")).toHaveLength(1);
  });
});
