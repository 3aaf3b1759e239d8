import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The row of column numbers a statistics table prints under its head (`甲 | 1 | 2 | 3 |`, or `甲 | 乙 |
 * 1 | 2 |` where two columns hold words: the national standard's way to number a report's columns),
 * issue 14, formerly held-out-52 (a province's 社会消费品零售总额 table): a row of the head, not the
 * first row of the body. Every text here is written for the test.
 */

const shapes = (lines: string[]) => {
  const text = ["某市消费品市场运行情况", "全市消费品市场保持平稳增长。", ...lines].join("\n");
  const found: { head: number; rows: number; first: string }[] = [];
  for (const s of parseBulletinText(text).bulletin.sections)
    for (const i of s.items)
      for (const b of i.body)
        if (!Array.isArray(b) && b.type === "table")
          found.push({
            head: b.head?.length ?? 0,
            rows: b.rows.length,
            first: JSON.stringify(b.rows[0]).replace(/^[[\]"]+/, ""),
          });
  return found;
};

const BODY = ["零售总额 | 1205.6 | 8602.3 | 8.1 |", "城镇 | 1001.2 | 7003.4 | 8.3 |"];

describe("a row of column numbers under a table's head", () => {
  test.each([
    ["`甲 | 1 | 2 | 3 |`", ["项目 | 本月 | 累计 | 增长(%) |", "甲 | 1 | 2 | 3 |", ...BODY], 2],
    [
      "under a head of two rows",
      ["项目 | 本年 | | 增长(%) |", "| 本月 | 累计 | 本月 |", "甲 | 1 | 2 | 3 |", ...BODY],
      3,
    ],
    [
      "`甲 | 乙 | 1 | 2 |`",
      [
        "项目 | 单位 | 本月 | 累计 |",
        "甲 | 乙 | 1 | 2 |",
        "零售总额 | 亿元 | 1205.6 | 8602.3 |",
        "城镇 | 亿元 | 1001.2 | 7003.4 |",
      ],
      2,
    ],
  ])("%s is a row of the head", (_, lines, head) => {
    const [t] = shapes(lines as string[]);
    expect(t).toEqual({ head, rows: 2, first: expect.stringMatching(/^零售总额/) });
  });

  test.each([
    // A label that only opens with 甲, and numbers that are no count of columns, are a row of the body.
    ["a label `甲类`", ["项目 | 本月 | 累计 | 增长(%) |", "甲类 | 1 | 2 | 3 |", ...BODY]],
    ["numbers out of order", ["项目 | 本月 | 累计 | 增长(%) |", "甲 | 5 | 9 | 3 |", ...BODY]],
  ])("%s stays a row of the body", (_, lines) => {
    const [t] = shapes(lines as string[]);
    expect(t).toEqual({ head: 1, rows: 3, first: expect.stringMatching(/^甲/) });
  });
});
