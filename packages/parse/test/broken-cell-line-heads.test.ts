import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A web table copied one cell a line, each cell closed by ` |`, whose head cells the page broke over
 * lines: the first part on a line of its own without a bar (`限上零售额` / `(亿元) |`, `较去年同期` /
 * `±百分点 |`). Among the head cells (before any figure) such a line and the ` |` cell under it are
 * one cell. A line without a bar after the figures, a long line or a note, stays out of the table.
 * Every example is written for the rule.
 */

const parse = (cellLines: readonly string[], before = "1-6月各行业限额以上零售额及增幅") =>
  parseBulletinText(
    [
      "2024年上半年全市消费市场运行情况",
      "上半年，全市实现社会消费品零售总额881.9亿元，同比增长13.0%。",
      before,
      ...cellLines,
      "下半年，全市将继续促进消费。",
    ].join("\n"),
  ).bulletin as Bulletin;

const BODY = [
  ["批发业", "49.02", "13.0", "+2.5"],
  ["零售业", "404.54", "16.3", "+1.8"],
  ["住宿业", "5.56", "3.2", "+14.9"],
  ["餐饮业", "25.37", "6.8", "+3.5"],
]
  .flat()
  .map((c) => `${c} |`);

/** The first table's head cells and row count. */
const shape = (cellLines: readonly string[], before?: string) => {
  const b = parse(cellLines, before);
  const t = tablesOf(b)[0];
  return {
    head: (t?.head?.[t.head.length - 1] ?? []).map((c) => cellText(b, c)),
    rows: t?.rows.length ?? 0,
  };
};

describe("a head cell of a ` |` table one cell a line, broken over lines", () => {
  test.each([
    [
      "two cells broken, a unit under one and a sign under the other",
      ["行业 |", "限上零售额", "(亿元) |", "增幅(%) |", "较去年同期", "±百分点 |"],
      ["行业", "限上零售额（亿元）", "增幅（%）", "较去年同期±百分点"],
    ],
    [
      "the first cell after the corner broken",
      ["行业 |", "本期", "零售额(亿元) |", "增幅(%) |", "较去年同期(百分点) |"],
      ["行业", "本期零售额（亿元）", "增幅（%）", "较去年同期（百分点）"],
    ],
    [
      "the last head cell broken",
      ["行业 |", "零售额(亿元) |", "增幅(%) |", "比上年同期", "增减 |"],
      ["行业", "零售额（亿元）", "增幅（%）", "比上年同期增减"],
    ],
  ])("parseBulletinText: %s is one cell", (_, head, cells) => {
    expect(shape([...head, ...BODY])).toEqual({ head: cells, rows: 4 });
  });

  test("parseBulletinText: a head without broken cells reads as before", () => {
    expect(shape(["行业 |", "零售额(亿元) |", "增幅(%) |", "较去年同期 |", ...BODY])).toEqual({
      head: ["行业", "零售额（亿元）", "增幅（%）", "较去年同期"],
      rows: 4,
    });
  });

  test("parseBulletinText: a line without a bar after the figures ends the table", () => {
    const b = parse([
      "行业 |",
      "零售额(亿元) |",
      "增幅(%) |",
      "较去年同期 |",
      ...BODY,
      "说明",
      "其他 |",
    ]);
    const t = tablesOf(b)[0];
    expect(t?.rows.length).toBe(4);
    expect(t?.rows.flat().map((c) => cellText(b, c))).not.toContain("说明其他");
  });

  test("parseBulletinText: a long line over a cell is no part of it", () => {
    const long = "各行业限额以上单位零售额的增长情况及其与去年同期的比较如下表所示";
    const { head } = shape([
      "行业 |",
      long,
      "零售额(亿元) |",
      "增幅(%) |",
      "较去年同期 |",
      ...BODY,
    ]);
    expect(head.join("")).not.toContain(long);
  });

  test("parseBulletinText: a note line between head cells is no part of a cell", () => {
    const { head } = shape([
      "行业 |",
      "注：单位为亿元",
      "零售额 |",
      "增幅(%) |",
      "较去年同期 |",
      ...BODY,
    ]);
    expect(head.join("")).not.toContain("注");
  });
});
