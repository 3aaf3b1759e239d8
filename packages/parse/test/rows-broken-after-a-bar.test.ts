import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A bordered row (`| 项 目 名 称 | 计算 单位 |`) that closes with its bar, and goes on on the lines
 * under it, each opening with no bar (`3月 | 1-3月 累计 |` / `累计比上年同期增长(%) | 结构(%) |`), as
 * a converter writes a head whose cells hold line breaks: one row, as wide as the bordered rows
 * under it. Written for the rule (a district's 社会消费品零售 table); every text here is invented.
 */

type Cell = unknown[];
interface Table {
  type: "table";
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
const headOf = (t: Table | undefined): string[] =>
  (t?.head?.[t.head.length - 1] ?? []).map(cellText);

const page = (table: string): string =>
  `某区2015年3月社会消费品零售情况\n一、总体情况\n全区社会消费品零售总额保持增长。\n\n${table}\n\n二、说明\n数据为初步统计。\n`;

describe("a bordered row going on after its closing bar", () => {
  test.each([
    [
      "a head over three lines",
      "| 项 目 名 称 | 计算 单位 |\n3月 | 1-3月 累计 |\n累计比上年同期增长(%) | 结构(%) |\n| 一、零售总额 | 万元 | 387581 | 1173850 | 2.0 | 100 |\n| 1、批发零售业 | 万元 | 373390 | 1044727 | 0.6 | 89.00 |\n| 2、餐饮业 | 万元 | 14191 | 129123 | 14.7 | 11.00 |",
      ["项目名称", "计算单位", "3月", "1-3月累计", "累计比上年同期增长（%）", "结构（%）"],
      3,
    ],
    [
      "a head over two lines",
      "| 指标 | 单位 |\n本月 | 累计 |\n| 受理量 | 件 | 120 | 360 |\n| 办结量 | 件 | 118 | 352 |\n| 回访量 | 件 | 96 | 290 |",
      ["指标", "单位", "本月", "累计"],
      3,
    ],
    [
      "a line of one cell going on",
      "| 指标 | 单位 | 本月 |\n累计 |\n| 受理量 | 件 | 120 | 360 |\n| 办结量 | 件 | 118 | 352 |",
      ["指标", "单位", "本月", "累计"],
      2,
    ],
  ])("(%s) is one row as wide as the rows under it", (_, table, head, rows) => {
    const t = tablesOf(page(table))[0];
    expect(headOf(t)).toEqual(head);
    expect(t?.rows.length).toBe(rows);
  });

  test.each([
    [
      "lines going on to a row of another width",
      "| 指标 | 单位 |\n本月 | 累计 |\n| 受理量 | 件 | 120 |\n| 办结量 | 件 | 118 |",
    ],
    [
      "a sentence under the row",
      "| 指标 | 单位 |\n全区社会消费品零售总额保持增长。\n| 受理量 | 件 | 120 | 360 |\n| 办结量 | 件 | 118 | 352 |",
    ],
  ])("near-miss (%s): the row is not joined", (_, table) => {
    for (const t of tablesOf(page(table)))
      expect(headOf(t)).not.toEqual(["指标", "单位", "本月", "累计"]);
  });

  test("near-miss: a body row closing with its bar is not joined to the lines under it", () => {
    const t = tablesOf(
      page(
        "| 指标 | 单位 | 本月 | 累计 |\n| --- | --- | --- | --- |\n| 受理量 | 件 | 120 | 360 |\n| 办结量 |\n回访量 | 件 | 96 |\n| 退回量 | 件 | 8 | 21 |",
      ),
    )[0];
    const rows = (t?.rows ?? []).map((row) => row.map(cellText).join("|"));
    expect(rows).not.toContain("办结量|回访量|件|96");
  });
});
