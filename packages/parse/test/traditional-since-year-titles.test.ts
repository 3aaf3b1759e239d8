import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A title holding a year a count runs since (`创下1996年来的最高增长纪录`) names no year it reports on,
 * in traditional characters too (`創下1996年來的最高`, `2010年以後`), as in simplified ones. A title's
 * year alone is still read. Every text here is written for the test.
 */

const body = "\n\n记者日前从有关部门获悉，全区经济运行总体平稳，各项指标好于预期。\n";

describe("a year a count runs since in a title", () => {
  test.each([
    "某省：經濟增速創下1998年來的最高紀錄",
    "某省：经济增速创下1998年来的最高纪录",
    "某市：2010年以後新建學校全部達標",
  ])("`%s` states no year", (title) => {
    const { period } = parseBulletinText(`${title}${body}`).bulletin.issue;
    expect(period === undefined || period.kind !== "year").toBe(true);
  });

  test.each([
    ["某省：2021年經濟運行情況", 2021],
    ["某市2019年來訪接待情況", 2019],
    ["某市2019年来访接待情况", 2019],
  ])("`%s` still states %i", (title, year) => {
    const { period } = parseBulletinText(`${title}${body}`).bulletin.issue;
    expect(period).toEqual({ kind: "year", year });
  });
});
