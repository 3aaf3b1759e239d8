import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells } from "./table-cells";

/**
 * A web table copied one cell a line, each cell closed by a bar on the line under it, and each row
 * closed by a second bar (`不合格率(%)` / `|` / `|` / `1` / `|` / …), some head cells broken before
 * their unit (`監督抽檢樣品` / `總量(批次)` / `|`): the second bars end the rows (no blank column) when
 * they do so at one width, a total row one cell short aside, and the broken head cell is one cell.
 * Written for the rules (held-out-225's `city-food-sampling-table-wajinshe-trad`, its first rows and
 * its total row below); the near-misses are invented.
 */

const intro = "一、抽檢情況\n全市共完成食品安全監督抽檢98839批次，不合格2009批次。";
const after = "以上數據由市市場監督管理局提供。";

/** Cells, each followed by a line holding a bar, each row by one more bar. */
const rows = (cells: readonly (readonly string[])[]): string =>
  cells.map((row) => `${row.map((c) => `${c}\n|`).join("\n")}\n|`).join("\n");

const head =
  "序號\n|\n食品類別\n|\n監督抽檢樣品\n總量(批次)\n|\n不合格樣品\n數量(批次)\n|\n不合格率(%)\n|\n|";
const body = [
  ["1", "糧食加工品", "4788", "17", "0.36"],
  ["2", "食用油、油脂及其制品", "1419", "2", "0.14"],
  ["3", "調味品", "2783", "7", "0.25"],
];
const total = "總計\n|\n98839\n|\n2009\n|\n2.03\n|\n|";

const read = (text: string) => tableCells(parseBulletinText(text).bulletin as Bulletin);

describe("rows each closed by a second bar", () => {
  test("parseBulletinText: reads the corpus's table five columns wide, its total row under its names", () => {
    const [table, ...others] = read(`${intro}\n|\n${head}\n${rows(body)}\n${total}\n${after}`);
    expect(others).toEqual([]);
    expect(table?.head).toEqual([
      "序號",
      "食品類別",
      "監督抽檢樣品總量（批次）",
      "不合格樣品數量（批次）",
      "不合格率（%）",
    ]);
    expect(table?.rows.map((row) => row.length)).toEqual([5, 5, 5, 5]);
    expect(table?.rows[1]?.slice(0, 2)).toEqual(["2", "食用油、油脂及其制品"]);
    expect(table?.rows[3]).toEqual(["", "總計", "98839", "2009", "2.03%"]);
  });

  test("parseBulletinText: reads whole rows without a total row alike", () => {
    const [table] = read(`${intro}\n${head}\n${rows(body)}\n${after}`);
    expect(table?.head).toHaveLength(5);
    expect(table?.rows).toHaveLength(3);
  });
});

describe("near-misses", () => {
  test("parseBulletinText: a second bar inside a row is a blank cell, as before", () => {
    const text = `${intro}\n表1 各區抽檢情況\n地區\n|\n抽檢\n|\n不合格\n|\n城區\n|\n1203\n|\n11\n|\n東區\n|\n856\n|\n|\n西區\n|\n642\n|\n9\n|\n${after}`;
    const [table] = read(text);
    expect(table?.rows).toEqual([
      ["城區", "1203", "11"],
      ["東區", "856", ""],
      ["西區", "642", "9"],
    ]);
  });

  test("parseBulletinText: second bars at uneven widths stay blank cells", () => {
    const uneven = rows([
      ["1", "糧食加工品", "4788", "17", "0.36"],
      ["2", "調味品", "2783", "7"],
      ["3", "肉制品", "3601", "25", "0.69"],
    ]);
    const text = `${intro}\n序號\n|\n食品類別\n|\n抽檢批次\n|\n不合格批次\n|\n不合格率(%)\n|\n|\n${uneven}\n${after}`;
    const [table] = read(text);
    // The head's second bar is the first row's first (blank) cell.
    expect(table?.rows[0]?.slice(0, 3)).toEqual(["", "1", "糧食加工品"]);
  });

  test("parseBulletinText: two bare lines over a bar, the second no unit in brackets, join no cell", () => {
    const text = `${intro}\n序號\n|\n食品類別\n|\n監督抽檢樣品\n不合格樣品\n|\n|\n${rows(body)}\n${after}`;
    expect(read(text).flatMap((t) => t.head)).not.toContain("監督抽檢樣品不合格樣品");
  });
});
