import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A yearbook's table copied one cell a line, each cell closed by a bar on the line under it, whose
 * row labels carry a heading's or item's marker (`一、公共汽电车` / `|` / `|` / `|`, `1、运营车数(辆)` /
 * `|`, `(1)地铁` / `|`): inside such a table the bar under the line shows it a cell, not a heading.
 * A heading after the table, prose under it and no bar, stays a heading; a marked line with a bar
 * opens no table. Where a head twice as wide agrees as well (`指标` … `2019年` / `一、公共汽电车` / `` /
 * ``), the head without blank cells wins. The lines are from `nanjing-public-transit-2020-yearbook`
 * (表8—8), cut short.
 */

/** Cells, each followed by a line holding a bar (a blank cell is a bar alone). */
const barred = (cells: readonly string[]): string[] =>
  cells.flatMap((c) => (c === "" ? ["|"] : [c, "|"]));

const transit = [
  ["指 标", "2020年", "2019年"],
  ["一、公共汽电车", "", ""],
  ["1、运营车数(辆)", "8747", "8700"],
  ["5、客运总量(万人次)", "54094", "91518"],
  ["三、轨道交通", "", ""],
  ["1、运营车数(辆)", "1736", "1736"],
  ["# 地铁", "1636", "1636"],
  ["(1)地铁", "378", "378"],
  ["(2)轻轨", "", ""],
  ["(3)有轨电车", "17", "17"],
].flat();

const parse = (lines: readonly string[]): Bulletin =>
  parseBulletinText(lines.join("\n")).bulletin as Bulletin;

const labels = (b: Bulletin): string[] =>
  (tablesOf(b)[0]?.rows ?? []).map((row) => (row[0] ? cellText(b, row[0]) : ""));

describe("a barred table whose row labels carry a heading's marker", () => {
  test.each([
    [
      "the transit table, its group rows blank",
      [...barred(transit), "|", "|"],
      ["一、公共汽电车", "1、运营车数（辆）", "5、客运总量（万人次）", "三、轨道交通"],
    ],
    [
      "the same rows without the trailing bars",
      barred(transit),
      ["一、公共汽电车", "1、运营车数（辆）", "5、客运总量（万人次）", "三、轨道交通"],
    ],
  ])("parseBulletinText: %s reads as one table", (_, cells, first) => {
    const b = parse(["表8—8 城市公共交通情况", ...cells]);
    const t = tablesOf(b)[0];
    expect(t?.caption).toBe("表8—8 城市公共交通情况");
    expect(t?.head?.map((row) => row.map((c) => cellText(b, c)))).toEqual([
      ["指标", "2020年", "2019年"],
    ]);
    expect(t?.rows.length).toBe(9);
    expect(t?.rows.every((row) => row.length === 3)).toBe(true);
    expect(labels(b).slice(0, 4)).toEqual(first);
    expect(labels(b).slice(-3)).toEqual(["（1）地铁", "（2）轻轨", "（3）有轨电车"]);
  });
});

describe("marked lines a barred table leaves alone (near misses)", () => {
  test("parseBulletinText: a heading after the table, prose under it, is no cell", () => {
    const b = parse([
      "表8—8 城市公共交通情况",
      ...barred(transit.slice(0, 12)),
      "二、出租汽车",
      "全年出租汽车客运总量6490万人次,比上年下降43.3%。",
    ]);
    expect(tablesOf(b)[0]?.rows.length).toBe(3);
    expect(labels(b)).not.toContain("二、出租汽车");
    expect(JSON.stringify(b.sections)).toContain("出租汽车客运总量");
  });

  test("parseBulletinText: a marked line over a bar, prose after it, opens no table", () => {
    const b = parse([
      "城市公共交通发展报告",
      "一、公共汽电车",
      "|",
      "全年公共汽电车运营车数8747辆,比上年增加47辆。",
      "二、出租汽车",
      "全年出租汽车运营车辆11848辆。",
    ]);
    expect(tablesOf(b)).toEqual([]);
  });
});
