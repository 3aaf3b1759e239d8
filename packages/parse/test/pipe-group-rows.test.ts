import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { tableShapes } from "./table-cells";

/**
 * A 统计公报's `|` table that groups its rows under labels of their own (`按城乡分 | ||`,
 * `按性别分 | ||`: the label in the first cell, the others empty): each label is a row of the same
 * table, not a note or the next table's caption, so the table goes on under it (a copy cut after the
 * last label keeps it as a row). A one-cell row under the body that is no group's label (a note
 * `注：…`, the next table's caption) still ends the table. Every text here is written for the test.
 */

const HEAD = "指标名称 | 绝对数(万人) | 占年末常住人口比重(%) |";
const shapes = (rows: string[]) => {
  const text = [
    "某省2022年国民经济和社会发展统计公报",
    "一、综合",
    "年末全省常住人口3856万人，比上年末减少0.8万人。",
    "表1 2022年年末常住人口数及其构成",
    HEAD,
    ...rows,
    "全年全省地区生产总值20164.58亿元，比上年增长1.2%。",
  ].join("\n");
  return tableShapes(parseBulletinText(text).bulletin);
};

const TOTAL = "年末常住人口 | 3856 | 100 |";
const URBAN = ["城镇 | 2114 | 54.81 |", "乡村 | 1742 | 45.19 |"];
const SEX = ["男性 | 1971 | 51.12 |", "女性 | 1885 | 48.88 |"];

describe("group labels among a | table's rows", () => {
  test.each([
    ["`按城乡分 | ||`", [TOTAL, "按城乡分 | ||", ...URBAN, "按性别分 | ||", ...SEX], 7],
    [
      "`按性别分 | |` with a bar per cell",
      [TOTAL, "按城乡分 | | |", ...URBAN, "按性别分 | | |", ...SEX],
      7,
    ],
    [
      "a label after the last row, the copy cut under it",
      [TOTAL, "按城乡分 | ||", ...URBAN, "按年龄分 | ||"],
      5,
    ],
    ["`按经济类型分 | ||`", [TOTAL, "按经济类型分 | ||", ...URBAN], 4],
  ])("%s: one table, the labels its rows", (_, rows, count) => {
    expect(shapes(rows as string[])).toEqual([{ columns: 3, rows: count }]);
  });

  // Near-misses: a note under the body, and a one-cell line that is no group's label, end the table.
  test.each([
    ["a note", "注：本表数据为初步统计数。 | ||"],
    ["the next table's caption", "表2 2022年全省主要农产品产量 | ||"],
  ])("%s under the body ends the table", (_, line) => {
    const found = shapes([TOTAL, ...URBAN, line, ...SEX]);
    expect(found[0]).toEqual({ columns: 3, rows: 3 });
  });
});
