import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A web page's `|` table whose head prints its units on a second row of its own
 * (`产品种类 | 上周 | 本周 | 环比 |` / `单位(元/公斤) | (%) | ||`): that row, its filled cells each a
 * unit (`(%)`, `（万元）`, `单位(元/公斤)`, `单位：吨`), is the head's, not the body's first row. A row
 * under the head that holds a figure, or words that name no unit, stays where it was. Written for
 * the rule (the corpus's shape, a ministry's weekly price table, is the first).
 */

const tablesOf = (rows: string[]) => {
  const text = [
    "某省农产品批发市场一周价格行情",
    "本周重点监测的农产品价格涨跌互现（如表1所示）。",
    "表1 重点监测的农产品价格及变化幅度",
    ...rows,
    "本周，全省蔬菜平均价格为4.93元/公斤，比上周上升8.1%。",
  ].join("\n");
  const found: { head: number; columns: number; rows: number }[] = [];
  for (const s of parseBulletinText(text).bulletin.sections)
    for (const i of s.items)
      for (const b of i.body)
        if (!Array.isArray(b) && b.type === "table")
          found.push({
            head: b.head?.length ?? 0,
            columns: b.head?.[b.head.length - 1]?.length ?? 0,
            rows: b.rows.length,
          });
  return found;
};

const BODY = [
  "猪肉 | 29.53 | 30.30 | 21.04 | 2.6% | 44.0% |",
  "羊肉 | 67.41 | 67.59 | 70.80 | 0.3% | -4.5% |",
  "鸡蛋 | 11.08 | 11.86 | 10.29 | 7.0% | 15.3% |",
];
const HEAD = "产品种类 | 上周 | 本周 | 去年同期 | 环比 | 同比 |";

describe("a unit row under a | table's head", () => {
  test.each([
    ["units spanning the price and rate columns", "单位(元/公斤) | (%) | ||||"],
    ["full-width brackets", "单位（元/公斤） | （%） | ||||"],
    ["a unit over each column", "单位 | (元/公斤) | (元/公斤) | (元/公斤) | (%) | (%) |"],
    ["a colon-written unit", "单位：元/公斤 | (%) | ||||"],
  ])("%s: a second head row, the body's rows apart", (_, unitRow) => {
    expect(tablesOf([HEAD, unitRow, ...BODY])).toEqual([{ head: 2, columns: 6, rows: 3 }]);
  });

  test("a 万元 unit row in a table of amounts", () => {
    const rows = [
      "地区 | 本月 | 累计 | 同比 |",
      "（万元） | （万元） | （%） | |",
      "甲县 | 1520 | 9870 | 3.1 |",
      "乙县 | 1230 | 8560 | -2.4 |",
    ];
    expect(tablesOf(rows)).toEqual([{ head: 2, columns: 4, rows: 2 }]);
  });
});

describe("rows under the head that are the body's (counter-cases)", () => {
  test("a first row of figures", () => {
    expect(tablesOf([HEAD, ...BODY])).toEqual([{ head: 1, columns: 6, rows: 3 }]);
  });

  test("a row of words that name no unit, its own label first", () => {
    const rows = [HEAD, "牛肉 | 暂无 | 暂无 | 暂无 | — | — |", ...BODY];
    expect(tablesOf(rows)).toEqual([{ head: 1, columns: 6, rows: 4 }]);
  });
});
