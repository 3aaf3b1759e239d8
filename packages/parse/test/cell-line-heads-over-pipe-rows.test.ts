import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells } from "./table-cells";

/**
 * Under a caption, a head printed one ` |` cell a line, a bar alone closing it, over rows on a
 * line each (session 45, `national-grain-2016-tables-trad-011088`: `表1 …總產量情況 | |||` /
 * `播種面積 (千公頃) |` / `單位面積產量 (公斤/公頃) |` / `總產量 (萬噸) |` / `|` / `全年糧食 | 113028.2 |
 * 5452.1 | 61623.9 |` / …, and its 表2 whose head names the corner, `地區 |`). The head is the
 * table's, its corner blank where the rows are one cell wider. Excerpts of that text; the near
 * misses keep what they read before.
 */

const cellsOf = (text: string) => tableCells(parseBulletinText(text).bulletin as Bulletin);
const LEDE = "全國糧食生產情況\n2016年全國糧食總產量61623.9萬噸，比2015年減少0.8%。\n";
const TAIL = "\n全年糧食生產保持穩定。";

const HEAD = ["播種面積 (千公頃) |", "單位面積產量 (公斤/公頃) |", "總產量 (萬噸) |"];
const ROWS = [
  "全年糧食 | 113028.2 | 5452.1 | 61623.9 |",
  "1、夏糧 | 27632.4 | 5037.7 | 13920.4 |",
  "2、早稻 | 5619.8 | 5832.4 | 3277.7 |",
  "3、秋糧 | 79776.0 | 5568.8 | 44425.8 |",
];

describe("a head of cell lines over rows on a line each", () => {
  test.each([
    {
      name: "the rows one cell wider: a blank corner",
      lines: ["表1 2016年糧食播種面積、單位面積產量及總產量情況 | |||", ...HEAD, "|", ...ROWS],
      head: ["", "播種面積（千公頃）", "單位面積產量（公斤/公頃）", "總產量（萬噸）"],
      rows: 4,
      label: "全年糧食",
    },
    {
      name: "the head naming the corner, rows closing with a blank cell",
      lines: [
        "表2 2016年全國及各省(區、市)糧食產量 | ||||",
        "地區 |",
        ...HEAD,
        "|",
        "全國總計 | 113028.2 | 5452.1 | 61623.9 | |",
        "北 京 | 87.3 | 6148.2 | 53.7 | |",
        "天 津 | 357.3 | 5496.6 | 196.4 | |",
      ],
      head: ["地區", "播種面積（千公頃）", "單位面積產量（公斤/公頃）", "總產量（萬噸）"],
      rows: 3,
      label: "全國總計",
    },
  ])("parseBulletinText: $name", ({ lines, head, rows, label }) => {
    const tables = cellsOf(`${LEDE}${lines.join("\n")}${TAIL}`);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.head).toEqual(head);
    expect(tables[0]?.rows).toHaveLength(rows);
    expect(tables[0]?.rows[0]?.[0]).toBe(label);
  });

  test.each([
    {
      name: "no caption over the cell lines",
      lines: ["2016年糧食生產情況如下。", ...HEAD, "|", ...ROWS],
    },
    {
      name: "rows two cells wider than the head",
      lines: [
        "表1 2016年糧食播種面積、單位面積產量及總產量情況 | ||||",
        ...HEAD,
        "|",
        "全年糧食 | 全國 | 113028.2 | 5452.1 | 61623.9 |",
        "1、夏糧 | 全國 | 27632.4 | 5037.7 | 13920.4 |",
        "2、早稻 | 全國 | 5619.8 | 5832.4 | 3277.7 |",
      ],
    },
  ])("parseBulletinText: the cell lines are no head where $name", ({ lines }) => {
    for (const table of cellsOf(`${LEDE}${lines.join("\n")}${TAIL}`))
      expect(table.head).not.toContain("播種面積（千公頃）");
  });
});
