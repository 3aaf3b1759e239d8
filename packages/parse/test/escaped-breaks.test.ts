import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { repairLines } from "../src/internal/repair-lines";

/**
 * Line breaks a copy kept as escapes (`\r\n`, `\n`, `\r`, the characters themselves, spaces around
 * them) part lines: a headline over its kicker and its lede, each paragraph its own. Near-misses
 * stay as they are: a path (`C:\new\report`), an escape between ASCII words (`a\nb`), a backslash
 * alone.
 */

const linesOf = (text: string) => repairLines(text).lines.map((l) => l.text);

describe("escaped breaks part lines", () => {
  test.each([
    ["\\r\\n with spaces", "甲区建设工程交易总量创新高 \\r\\n 全年交易总量突破百亿元"],
    ["\\n with no spaces", "甲区建设工程交易总量创新高\\n全年交易总量突破百亿元"],
    ["two in a row", "甲区建设工程交易总量创新高 \\r\\n \\r\\n 全年交易总量突破百亿元"],
    ["\\r alone", "甲区建设工程交易总量创新高 \\r 全年交易总量突破百亿元"],
  ])("%s: two lines", (_name, text) => {
    expect(linesOf(text)).toEqual(["甲区建设工程交易总量创新高", "全年交易总量突破百亿元"]);
  });

  test.each([
    ["a path", "报告存于C:\\new\\report目录下"],
    ["between ASCII words", "代码a\\nb不变"],
    ["a backslash alone", "甲区\\乙区交易总量"],
  ])("%s: one line", (_name, text) => {
    expect(linesOf(text)).toEqual([text]);
  });

  test("the headline over a kicker and a dateline is the title", () => {
    const text = [
      "甲区去年建设工程招标交易总量创历年之最 \\r\\n 全年招标交易总量 \\r\\n 突破150亿元 \\r\\n 本报讯（记者某某 通讯员某某）记者近日从区建设局了解到，2009年，甲区建设工程招标交易总量突破150亿元，创下历年之最。 \\r\\n 去年以来，区建设局坚持稳妥推进，招标工作规范有序，全年未发生一起投诉。",
    ].join("\n");
    const r = parseBulletinText(text);
    expect(r.bulletin.publication.title).toBe("甲区去年建设工程招标交易总量创历年之最");
  });
});
