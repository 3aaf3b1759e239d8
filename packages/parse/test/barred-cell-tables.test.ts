import { parseBulletinText } from "@bulletin/parse";
import type { Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A web table copied one cell a line, each cell closed by a bar on the line under it (`项目` / `|` /
 * `2025年第一季度` / `|` / …), as some pages' text copies print every cell of a `<table>`: the bar
 * closes the cell as the bar after a `受理总量 |` cell does, so the cells are read as a one-cell-a-line
 * table (columns inferred from the kinds of the cells). A caption printed under the table
 * (`表一：…变化表（单位：件）`) is its caption. Written for the rule (the corpus's shape is the first).
 */

const intro = "根据投诉性质（见表一所示），质量3050件，占比29.16%；售后服务1747件，占比16.70%。";
const after = "第一季度，受理商品类投诉6949件，占投诉总量的66.43%。";

/** Cells, each followed by a line holding a bar. */
const barred = (cells: readonly string[]): string => cells.map((c) => `${c}\n|`).join("\n");

const tablesOf = (text: string): Table[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) =>
      i.body.filter((b): b is Table => !Array.isArray(b) && b.type === "table"),
    ),
  );

const shape = (t: Table) => ({
  columns: t.head?.[t.head.length - 1]?.length ?? 0,
  rows: t.rows.length,
});

describe("a table whose cells each close with a bar on the next line", () => {
  test("parseBulletinText: the corpus's shape, a figure's title over it and its caption under it", () => {
    const cells = [
      ["项目", "2025年第一季度", "比重", "2024年第一季度", "比重", "比重变化"],
      ["质量", "3050", "29.16%", "2204", "26.80%", "↑2.36"],
      ["售后服务", "1747", "16.70%", "1419", "17.25%", "↓0.55"],
      ["价格", "1511", "14.44%", "1212", "14.74%", "↓0.29"],
      ["安全", "945", "9.03%", "1275", "15.50%", "↓6.47"],
    ].flat();
    const text = `一、投诉基本情况\n${intro}\n\n图一:投诉性质比例图(单位:件)\n${barred(cells)}\n表一:投诉性质变化表(单位:件)\n${after}`;
    const tables = tablesOf(text);
    expect(tables.map(shape)).toEqual([{ columns: 6, rows: 4 }]);
    expect(tables[0]?.caption).toBe("表一：投诉性质变化表（单位：件）");
    // The text after the table is the text's, its figures read.
    expect(JSON.stringify(parseBulletinText(text).bulletin.sections)).toContain("受理商品类投诉");
  });

  test("parseBulletinText: a captioned table of four columns, the caption over it", () => {
    const cells = [
      ["地区", "受理量", "办结量", "办结率"],
      ["城区", "1203", "1198", "99.6%"],
      ["东区", "856", "850", "99.3%"],
      ["西区", "642", "640", "99.7%"],
    ].flat();
    const text = `一、受理情况\n${intro}\n表1 各区受理情况\n${barred(cells)}\n${after}`;
    expect(tablesOf(text).map(shape)).toEqual([{ columns: 4, rows: 3 }]);
  });

  test("parseBulletinText: a page break between a cell and its bar parts no table", () => {
    const cells = [
      ["地区", "受理量", "办结量", "办结率"],
      ["城区", "1203", "1198", "99.6%"],
      ["东区", "856", "850", "99.3%"],
      ["西区", "642", "640", "99.7%"],
    ].flat();
    const printed = barred(cells).replace("东区\n|", "东区\n第 2 页\n\f\n|");
    const text = `一、受理情况\n${intro}\n表1 各区受理情况\n${printed}\n${after}`;
    expect(tablesOf(text).map(shape)).toEqual([{ columns: 4, rows: 3 }]);
  });

  test("parseBulletinText: a blank cell prints its bar alone", () => {
    const text = `一、受理情况\n${intro}\n表1 各区受理情况\n地区\n|\n受理量\n|\n办结量\n|\n城区\n|\n1203\n|\n1198\n|\n东区\n|\n856\n|\n|\n西区\n|\n642\n|\n640\n|\n${after}`;
    expect(tablesOf(text).map(shape)).toEqual([{ columns: 3, rows: 3 }]);
  });
});

describe("lines and bars that are no table (counter-cases)", () => {
  test("parseBulletinText: a menu whose words each close with a bar is no table", () => {
    const text = `一、受理情况\n${intro}\n${barred(["首页", "新闻中心", "政务公开", "办事服务", "互动交流", "关于我们"])}\n${after}`;
    expect(tablesOf(text)).toEqual([]);
  });

  test("parseBulletinText: one short line and a bar between paragraphs is no table", () => {
    const text = `一、受理情况\n${intro}\n受理总量3050件\n|\n${after}`;
    expect(tablesOf(text)).toEqual([]);
    expect(JSON.stringify(parseBulletinText(text).bulletin.sections)).toContain("受理总量");
  });
});
