import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A bordered table's row (`| … |`) whose cells a page broke over lines, as a converter writes a
 * head cell holding a line break (`| 指 标 | 绝对数` / `(亿元) |` / `比上年增长` / `(%) |`): one row, a
 * cell going on across a line that closes with no bar. Every text here is written for the test.
 */

type Cell = unknown[];
interface Table {
  type: "table";
  caption?: string;
  head?: Cell[][];
  rows: Cell[][];
}

const tablesOf = (text: string): Table[] =>
  (parseBulletinText(text).bulletin.sections ?? []).flatMap((s) =>
    s.items.flatMap((i) =>
      (i.body as unknown[]).filter(
        (b): b is Table =>
          typeof b === "object" && b !== null && !Array.isArray(b) && (b as Table).type === "table",
      ),
    ),
  );
const cellText = (cell: Cell): string =>
  cell.map((c) => (typeof c === "string" ? c : "#")).join("");

const report = (table: string) =>
  `2023年某区国民经济和社会发展统计公报\n一、综合\n初步核算,全年全区生产总值613.52亿元,比上年增长4.7%。\n\n${table}\n\n二、农业\n全年粮食总产量55.3万吨。\n`;

describe("a bordered row broken over lines", () => {
  test.each([
    [
      "a head of three columns, two cells broken, under a caption",
      "表1 2023年全区生产总值\n| 指 标 | 绝对数\n(亿元) |\n比上年增长\n(%) |\n| 生产总值 | 613.52 | 4.7 |\n| 第一产业 | 31.16 | 1.6 |\n| 第二产业 | 241.26 | 4.2 |\n| 第三产业 | 341.09 | 5.4 |",
      3,
      4,
    ],
    [
      "a head of two columns, one cell broken",
      "表2 受理情况\n| 项目 | 本月\n(件) |\n| 受理量 | 120 |\n| 办结量 | 118 |\n| 回访量 | 96 |",
      2,
      3,
    ],
  ])("(%s) is one row", (_, table, columns, rows) => {
    const t = tablesOf(report(table))[0];
    expect(t?.head?.[t.head.length - 1]?.length).toBe(columns);
    expect(t?.rows.length).toBe(rows);
    const head = (t?.head?.[t.head.length - 1] ?? []).map(cellText).join("|");
    expect(head).not.toContain("|)");
    expect(head).toMatch(/[项指]/);
  });

  test("the broken cells are joined in order", () => {
    const t = tablesOf(
      report(
        "表1 2023年全区生产总值\n| 指标 | 绝对数\n(亿元) |\n比上年增长\n(%) |\n| 生产总值 | 613.52 | 4.7 |\n| 第一产业 | 31.16 | 1.6 |",
      ),
    )[0];
    const head = (t?.head?.[t.head.length - 1] ?? []).map(cellText);
    expect(head[1]).toMatch(/^绝对数[（(]亿元[）)]$/);
    expect(head[2]).toMatch(/^比上年增长[（(]%[）)]$/);
  });

  test.each([
    [
      "a sentence under an open row",
      "| 指标 | 绝对数\n全年全区生产总值比上年增长4.7%。\n| 生产总值 | 613.52 | 4.7 |",
    ],
    [
      "lines that close no row before the text goes on",
      "| 指标 | 绝对数\n(亿元) |\n全年全区生产总值比上年增长4.7%。",
    ],
  ])("lines of another shape (%s) join no row", (_, table) => {
    for (const t of tablesOf(report(table)))
      for (const row of [...(t.head ?? []), ...t.rows])
        expect(row.map(cellText).join("")).not.toContain("绝对数（亿元）");
  });
});
