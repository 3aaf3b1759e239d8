import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { inferColumns } from "../src/internal/read-table";
import { tableShapes } from "./table-cells";

/**
 * A horizontal bar `―` (U+2015) alone in a cell marks a figure not given, as `—` does: in a table
 * whose cells come one a line between bars (`指标` / `|` / `单位` / … / `|` / `―` / `|` / `3.0`), its
 * column is one of figures, and the columns are counted as for `—`. The text is invented in the
 * shape of a city's monthly indicator table.
 */

const parse = (text: string): Bulletin => parseBulletinText(text).bulletin as Bulletin;

const cells = (mark: string): string =>
  [
    "一、工业生产。上半年，规模以上工业增加值同比增长3.0%。",
    "2020年上半年主要经济指标",
    ...[
      ["指标", "单位", "累计", "±%"],
      ["规模以上工业增加值", "亿元", mark, "3.0"],
      ["固定资产投资", "亿元", mark, "3.2"],
      ["社会消费品零售总额", "亿元", "631.38", "-7.8"],
      ["居民消费价格指数", "%", "104.80", "4.8"],
      ["工业生产者出厂价格指数", "%", "93.40", "-6.6"],
      ["工业生产者购进价格指数", "%", "99.70", "-0.3"],
    ]
      .flat()
      .join("\n|\n")
      .split("\n"),
  ].join("\n");

describe("a horizontal bar alone in a table's cell", () => {
  test.each([
    ["a horizontal bar", "―"],
    ["an em dash (as before)", "—"],
  ])("parseBulletinText: %s marks a figure not given", (_, mark) => {
    expect(tableShapes(parse(cells(mark)))).toEqual([{ columns: 4, rows: 6 }]);
  });

  test.each([
    ["―", 4],
    ["—", 4],
  ])("inferColumns: the cells with %s read four columns", (mark, columns) => {
    const texts = cells(mark)
      .split("\n")
      .slice(2)
      .filter((t) => t !== "|");
    expect(inferColumns(texts, { minRows: 2 })).toBe(columns);
  });

  test("parseBulletinText: a bar inside a sentence is no cell", () => {
    const b = parse(
      "一、工业生产\n全市工业增加值―比上年增长3.0%，增速回升。\n二、投资\n投资增长3.2%。",
    );
    expect(tableShapes(b)).toEqual([]);
  });
});
