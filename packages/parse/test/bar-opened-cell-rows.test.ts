import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A web table copied one cell a line, each cell closed by ` |`, and a bar alone on a line
 * opening each row, the head's first (`|` / `旬別 |` / `平均氣溫(℃) |` / … / `|` / `上旬 |` / …), as
 * a page's `<tr>` starts print: the bars give every row a blank first cell, which is no column.
 * A blank cell inside a row (a bar alone after a cell) stays one, and a table whose first column
 * holds words in any row keeps it. Every example is written for the rule.
 */

const opened = (rows: readonly (readonly string[])[]): string[] =>
  rows.flatMap((r) => ["|", ...r.map((c) => (c === "" ? "|" : `${c} |`))]);

const parse = (lines: readonly string[]) =>
  parseBulletinText(
    ["某站农业气象月报", "一、本月气象资料", ...lines, "二、农事建议", "本月宜及时播种。"].join(
      "\n",
    ),
  ).bulletin as Bulletin;

const shapes = (lines: readonly string[]) => {
  const b = parse(lines);
  return tablesOf(b).map((t) => ({
    columns: t.head?.[t.head.length - 1]?.length ?? 0,
    rows: t.rows.length,
    first: (t.rows[0] ?? []).map((c) => cellText(b, c)).join("/"),
  }));
};

describe("bars alone opening the rows of a ` |` table one cell a line", () => {
  test.each([
    [
      "a weather station's ten-day table",
      [
        ["旬别", "平均气温(℃)", "最高气温(℃)", "最低气温(℃)", "降雨量(毫米)"],
        ["上旬", "17.9", "27.1", "13.2", "34.5"],
        ["中旬", "20.68", "30.8", "6.8", "13"],
        ["下旬", "20.82", "30.9", "14.9", "17"],
      ],
      { columns: 5, rows: 3, first: "上旬/17.9/27.1/13.2/34.5" },
    ],
    [
      "a 12315 table of two districts",
      [
        ["地区", "投诉量", "按时初查率", "举报量"],
        ["甲区", "1218", "99.5%", "375"],
        ["乙区", "7327", "98.7%", "2613"],
      ],
      { columns: 4, rows: 2, first: "甲区/1218/99.5%/375" },
    ],
    [
      "a district table with a group row of blank cells",
      [
        ["项目", "本月", "同比增长(%)", "累计", "同比增长(%)"],
        ["全市", "13604203", "-1.5", "68630320", "4.4"],
        ["按区划分", "", "", "", ""],
        ["东城区", "145171", "-10.2", "664382", "-4.3"],
        ["西城区", "692978", "8.0", "4520063", "1.9"],
      ],
      { columns: 5, rows: 4, first: "全市/13604203/-1.5/68630320/4.4" },
    ],
  ])("parseBulletinText: %s keeps no blank first column", (_, rows, shape) => {
    expect(shapes(opened(rows))[0]).toEqual(shape);
  });

  test("parseBulletinText: under the bars, a column blank but for one row's label stays a column", () => {
    const rows = [
      ["", "类别", "受理量", "占比"],
      ["商品类", "食品", "84", "10%"],
      ["", "日用品", "46", "6%"],
      ["", "家电", "35", "4%"],
    ];
    expect(shapes(opened(rows))[0]).toMatchObject({ columns: 4, rows: 3 });
  });

  test("parseBulletinText: rows closed by a bar alone (no bar before the head) are read as before", () => {
    const rows = [
      ["旬别", "平均气温", "降雨量"],
      ["上旬", "17.9", "34.5"],
      ["中旬", "20.6", "13.0"],
    ];
    const lines = rows.flatMap((r) => [...r.map((c) => `${c} |`), "|"]);
    expect(shapes(lines)[0]).toEqual({ columns: 3, rows: 2, first: "上旬/17.9/34.5" });
  });
});
