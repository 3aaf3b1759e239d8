import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { tableShapes } from "./table-cells";

/**
 * A statistics table's group labels printed with a heading's marker or without the closing `分`
 * (`一、按销售所在地 | ||`, `二、按行业分组 | ||`, `（一）按经营单位所在地分 | ||`), issue 14, formerly
 * held-out-56 (a province's 社会消费品零售总额 table): rows of the same table, as `按城乡分 | ||` is,
 * not the caption of a new one. A one-cell row that is no such label still ends the table. Every
 * text here is written for the test.
 */

const HEAD = "项目 | 本月 | 累计 | 增长(%) |";
const shapes = (rows: string[]) => {
  const text = ["某市消费品市场运行情况", "全市消费品市场保持平稳增长。", HEAD, ...rows].join("\n");
  return tableShapes(parseBulletinText(text).bulletin);
};

const TOTAL = "社会消费品零售总额 | 1205.6 | 8602.3 | 8.1 |";
const PLACE = ["城镇 | 1001.2 | 7003.4 | 8.3 |", "乡村 | 204.4 | 1598.9 | 7.2 |"];
const TRADE = ["批发业 | 152.3 | 981.5 | 12.0 |", "零售业 | 1053.3 | 7620.8 | 7.6 |"];

describe("group labels with a heading's marker among a | table's rows", () => {
  test.each([
    [
      "`一、按销售所在地 | |||`",
      [TOTAL, "一、按销售所在地 | |||", ...PLACE, "二、按行业分组 | |||", ...TRADE],
    ],
    [
      "`（一）按经营单位所在地分 | |||`",
      [TOTAL, "（一）按经营单位所在地分 | |||", ...PLACE, "（二）按行业分 | |||", ...TRADE],
    ],
    [
      "`1、按消费类型 | |||`",
      [TOTAL, "1、按销售所在地 | |||", ...PLACE, "2、按消费类型分类 | |||", ...TRADE],
    ],
  ])("%s: one table, the labels its rows", (_, rows) => {
    expect(shapes(rows as string[])).toEqual([{ columns: 4, rows: 7 }]);
  });

  // Near-misses: the next table's caption and a numbered title that is no group's label end the table.
  test.each([
    ["a caption naming a table", "二、按行业分组统计表 | |||"],
    ["a numbered title", "2、限额以上单位商品零售额 | |||"],
  ])("%s under the body ends the table", (_, line) => {
    expect(shapes([TOTAL, ...PLACE, line, ...TRADE])[0]).toEqual({ columns: 4, rows: 3 });
  });
});
