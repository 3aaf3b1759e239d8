import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A table copied one cell a line under a short title (four characters or more, no clause) that
 * stands over the table's period (`上海市生产总值` / `2022年上半年`) or over its blank corner, an empty
 * line more (`主要产品产量` / `` / `2023年` / `较上年增长(%)`): the title is the table's caption, not a
 * head cell, even where a head twice as wide would read two rows as one. A second such title over
 * the same head opens the next table. A short line over cells that are no table stays text.
 * Every text here is written for the rule, not taken from a page.
 */

const lead = "一、经济运行\n上半年全市经济运行总体平稳。\n\n";
const after = "\n\n\n\n\n\n二、说明\n本表数据为初步核算数。";
/** Cells one a line, an empty line between; `null` for a blank cell (one empty line more). */
const textOf = (cells: (string | null)[]) =>
  `${lead}${cells.map((c) => (c === null ? "" : `${c}\n`)).join("\n")}${after}`;

const shape = (cells: (string | null)[]) => {
  const bulletin = parseBulletinText(textOf(cells)).bulletin as Bulletin;
  return tablesOf(bulletin).map((t) => ({
    caption: t.caption ?? null,
    head: (t.head?.[t.head.length - 1] ?? []).map((c) => cellText(bulletin, c)),
    rows: t.rows.length,
  }));
};

const GDP = [
  ...["地区生产总值", "19349.31", "-5.7"],
  ...["第一产业", "34.52", "1.7"],
  ...["第二产业", "4452.78", "-13.7"],
  ...["第三产业", "14862.01", "-3.1"],
];
const CROPS = [
  ...["粮食总产量", "162817吨", "0.5"],
  ...["油料总产量", "3959吨", "5.9"],
  ...["水果总产量", "384424吨", "4.9"],
];
const HERDS = [...["猪出栏", "44383头", "4.4"], ...["羊出栏", "117939只", "1.6"]];

describe("a short title over a table's period or blank corner", () => {
  test("parseBulletinText: a title over the period, a blank corner under it", () => {
    expect(
      shape(["上海市生产总值", "2022年上半年", null, "总量(亿元)", "比上年同期增长(%)", ...GDP]),
    ).toEqual([
      {
        caption: "上海市生产总值 2022年上半年",
        head: ["", "总量（亿元）", "比上年同期增长（%）"],
        rows: 4,
      },
    ]);
  });

  test("parseBulletinText: titles over blank corners, two tables back to back", () => {
    expect(
      shape([
        ...["主要产品产量", null, "2023年", "较上年增长(%)", ...CROPS],
        ...["畜牧业生产情况", null, "2023年", "较上年增长(%)", ...HERDS],
      ]),
    ).toEqual([
      { caption: "主要产品产量", head: ["", "2023年", "较上年增长（%）"], rows: 3 },
      { caption: "畜牧业生产情况", head: ["", "2023年", "较上年增长（%）"], rows: 2 },
    ]);
  });

  test.each([
    [
      "short lines over a period, no figures",
      ["工作安排", "2023年6月", "加强巡查", "落实责任", "强化督办"],
    ],
    ["a short line over a blank line and a sentence's figures", ["重点工作", null, "巡查", "12次"]],
  ])("parseBulletinText: %s is no table (counter-case)", (_, cells) => {
    expect(shape(cells)).toEqual([]);
  });
});
