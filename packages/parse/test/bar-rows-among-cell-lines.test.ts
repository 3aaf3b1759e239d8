import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells } from "./table-cells";

/**
 * A `|` table copied one cell a line, each closed by its bar (`全国总计 |` / `26702.8 |` / …), with a
 * row of bars alone under its first row (`|` / `|` / `|` / `|`: an empty row the page printed),
 * `national-summer-grain-2018-7taobao` (formerly held-out-197): that row is no row of the table, as
 * a bar alone between the rows of a table a row a line is none. A row whose label is printed over
 * blank cells (`内 蒙 古 |` / `|` / `|` / `|`, a province without summer grain) stays a row.
 */

const TOP = [
  "三、全国夏粮总产量13872万吨，比2017年减少306万吨。",
  "国家统计局",
  "2018年7月18日",
  "|",
  "2018年各地区夏粮产量 |",
  "|||",
  "|",
  "|",
  "播 种 面 积 (千公顷) |",
  "总产量 (万吨) |",
  "每公顷产量 (公斤) |",
  "|",
];
/** A row's cells, a line each closed by its bar (a blank cell a bar alone), then the row's bar. */
const cellLines = (row: string): string[] => [
  ...row.split(";").map((cell) => (cell === "" ? "|" : `${cell} |`)),
  "|",
];
const TOTAL = cellLines("全国总计;26702.8;13871.9;5194.9");
const EMPTY = cellLines(";;;");
const ROWS = [
  "北 京;10.1;5.3;5274.9",
  "天 津;110.8;57.1;5154.3",
  "内 蒙 古;;;",
  "山 东;4060.0;2472.3;6089.3",
].flatMap(cellLines);

const labels = (lines: string[]) =>
  tableCells(parseBulletinText([...TOP, ...lines].join("\n")).bulletin as Bulletin).map((t) =>
    t.rows.map((row) => row[0]),
  );

describe("a row of bars alone among a | table's cell lines", () => {
  test("the empty row under the first row is no row", () => {
    expect(labels([...TOTAL, ...EMPTY, ...ROWS])).toEqual([
      ["全国总计", "北京", "天津", "内蒙古", "山东"],
    ]);
  });

  // Near-miss: without the empty row the rows are the same; a label over blank cells stays.
  test("a table without one keeps each row, the label over blank cells too", () => {
    expect(labels([...TOTAL, ...ROWS])).toEqual([["全国总计", "北京", "天津", "内蒙古", "山东"]]);
  });
});
