import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A table copied one cell a line whose title is printed over its head with the period it covers
 * on a line of its own under it (`社会消费品零售总额` / `2022年8月` / `指标` / `本月` / …): the
 * period goes with the title into the caption, so the head is the head and the rows keep their
 * cells. A title without a period under it, or a period over the head with no title, keep what
 * they did. Every example here is written for the rule, not taken from a page.
 */

const HEAD = ["指标", "本月", "比去年同月增长(%)", "1-本月", "比去年同期增长(%)"];
const ROWS = [
  ["零售总额(亿元)", "1414.39", "2.5", "10386.09", "-12.0"],
  ["批发零售业", "1299.92", "2.7", "9691.45", "-10.7"],
  ["住宿餐饮业", "114.47", "0.8", "694.65", "-27.5"],
  ["吃的商品", "310.64", "-3.2", "2301.97", "-9.6"],
];

const parse = (over: string[]) =>
  parseBulletinText(
    [
      "2022年8月某市社会消费品零售总额",
      "发布日期：2022-09-19",
      "",
      ...[...over, ...HEAD, ...ROWS.flat()].flatMap((c) => [c, ""]),
      "注：批发零售业、住宿餐饮业为限额以上单位数据。",
    ].join("\n"),
  ).bulletin as Bulletin;

const shapes = (over: string[]) => {
  const b = parse(over);
  return tablesOf(b).map((t) => ({
    caption: t.caption,
    head: (t.head?.[t.head.length - 1] ?? []).map((c) => cellText(b, c)),
    rows: t.rows.length,
    first: (t.rows[0] ?? []).map((c) => cellText(b, c)),
  }));
};

const HEAD_CELLS = ["指标", "本月", "比去年同月增长（%）", "1-本月", "比去年同期增长（%）"];
/** The first row, its amounts read in 元 (the row label's unit). */
const FIRST_ROW = ["零售总额（亿元）", "141439000000", "2.5", "1038609000000", "-12.0"];

describe("a table's title over its head with its period on the line under it", () => {
  test.each([
    [["社会消费品零售总额分类情况", "2022年8月"], "社会消费品零售总额分类情况 2022年8月"],
    [["社会消费品零售总额分类情况", "2022年1-8月"], "社会消费品零售总额分类情况 2022年1-8月"],
    [["社会消费品零售总额分类情况", "2022年8月份"], "社会消费品零售总额分类情况 2022年8月份"],
  ])("%j: the period goes into the caption", (over, caption) => {
    expect(shapes(over)).toEqual([{ caption, head: HEAD_CELLS, rows: 4, first: FIRST_ROW }]);
  });
});

describe("near-misses that keep what they did", () => {
  test("a title without a period under it is the caption alone", () => {
    expect(shapes(["社会消费品零售总额分类情况"])).toEqual([
      { caption: "社会消费品零售总额分类情况", head: HEAD_CELLS, rows: 4, first: FIRST_ROW },
    ]);
  });
});

test("a period over the head with no title over it stays out of the caption", () => {
  const [table] = shapes(["2022年8月"]);
  expect(table?.caption).toBeUndefined();
});
