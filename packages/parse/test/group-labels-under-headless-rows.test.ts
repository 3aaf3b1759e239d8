import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells } from "./table-cells";

/**
 * A `|` table printed without a head, its first row a row of figures (`全年糧食 | 113028.2 | … |`),
 * and a group's label right under it (`一、分季節 | |||`), formerly held-out-229
 * (`national-grain-2016-tables-trad-011088`): the label is a row of the body, as the next group's
 * `二、分品種 | |||` is. It was read as a sub-head of a head the table does not have, and lost.
 * Under a head of words, a one-cell row of words stays the head's sub-head (`增长(%) | ||`).
 */

const cells = (lines: string[]) => {
  const text = ["2016年糧食產量情況", "全國糧食總產量再創新高。", ...lines].join("\n");
  return tableCells(parseBulletinText(text).bulletin as Bulletin);
};

const TOTAL = "全年糧食 | 113028.2 | 5452.1 | 61623.9 |";
const SEASONS = ["1、夏糧 | 27632.4 | 5037.7 | 13920.4 |", "2、早稻 | 5619.8 | 5832.4 | 3277.7 |"];
const CROPS = ["1、谷物 | 94370.8 | 5988.8 | 56516.5 |"];

describe("a group's label under a headless table's first row of figures", () => {
  test.each([
    ["`一、分季節 | |||` (the corpus text's lines)", "一、分季節 | |||", "二、分品種 | |||"],
    ["`一、按季节分 | |||`", "一、按季节分 | |||", "二、按品种分 | |||"],
  ])("%s: a row of the table, as the second group's label is", (_, first, second) => {
    const [table, ...more] = cells([TOTAL, first, ...SEASONS, second, ...CROPS]);
    expect(more).toEqual([]);
    expect(table?.rows.map((row) => row[0])).toEqual([
      "全年糧食",
      first.split(" |")[0],
      "1、夏糧",
      "2、早稻",
      second.split(" |")[0],
      "1、谷物",
    ]);
    expect(table?.rows[1]).toEqual([first.split(" |")[0], "", "", ""]);
  });

  // Near-misses: under a head of words (a plain one, or one naming its columns by year), a row of
  // one word cell is the head's sub-head, completing its last cell.
  test.each([
    ["a head of words", "項目 | 面積 | 單產 | 總產 |", "萬噸", "總產萬噸"],
    ["a head of years", "指標 | 2014 | 2015 | 2016 |", "萬噸", "2016萬噸"],
  ])("%s: the one-cell row under it stays its sub-head", (_, head, sub, last) => {
    const [table, ...more] = cells([head, `${sub} | |||`, TOTAL, ...SEASONS]);
    expect(more).toEqual([]);
    expect(table?.head.at(-1)).toBe(last);
    expect(table?.rows.map((row) => row[0])).toEqual(["全年糧食", "1、夏糧", "2、早稻"]);
  });
});
