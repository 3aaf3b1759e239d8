import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A head cell broken over two lines before its change, one cell a line (`比上年同期` / `增长(%)`,
 * a narrow column's head as a page prints it): the base of the comparison and the change with its
 * unit are one head cell, `比上年同期增长(%)`. A head cell that names a change already, or a line
 * under it that names none, is not joined. Every text here is written for the rule.
 */

const lead = "一、经济运行\n上半年全市经济运行总体平稳。\n\n";
const after = "\n\n二、说明\n本表数据为初步核算数。";

const heads = (cells: string[]) => {
  const bulletin = parseBulletinText(`${lead}${cells.join("\n\n")}${after}`).bulletin as Bulletin;
  return tablesOf(bulletin).map((t) =>
    (t.head?.[t.head.length - 1] ?? []).map((c) => cellText(bulletin, c)),
  );
};

const ROWS = [
  ...["地区生产总值", "19349.31", "-5.7"],
  ...["第一产业", "34.52", "1.7"],
  ...["第二产业", "4452.78", "-13.7"],
  ...["第三产业", "14862.01", "-3.1"],
];

describe("a head cell broken before its change", () => {
  test.each([
    [
      ["指标", "总量(亿元)", "比上年同期", "增长(%)"],
      ["指标", "总量（亿元）", "比上年同期增长（%）"],
    ],
    [
      ["指标", "总量", "(亿元)", "较上月", "增减(%)"],
      ["指标", "总量（亿元）", "较上月增减（%）"],
    ],
  ])("parseBulletinText: %j is a head of %j", (head, expected) => {
    expect(heads([...head, ...ROWS])).toEqual([expected]);
  });

  test.each([
    // The cell over it names its change already: two head cells.
    [
      ["指标", "比上年增长(%)", "增幅(%)"],
      ["指标", "比上年增长（%）", "增幅（%）"],
    ],
    // The line under the base names no change: two head cells.
    [
      ["指标", "比上年同期", "总量(亿元)"],
      ["指标", "比上年同期", "总量（亿元）"],
    ],
  ])("parseBulletinText: %j stays apart (counter-case)", (head, expected) => {
    expect(heads([...head, ...ROWS])).toEqual([expected]);
  });
});
