import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin, Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A bordered row (`| 项 目 名 称 | 计算 单位 |`) that closes with its bar, and goes on on the lines
 * under it, each opening with no bar (`3月 | 1-3月 累计 |` / `累计比上年同期增长(%) | 结构(%) |`), as
 * a converter writes a head whose cells hold line breaks: one row, as wide as the bordered rows
 * under it. Written for the rule (a district's 社会消费品零售 table); every text here is invented.
 */

const tablesIn = (text: string): { bulletin: Bulletin; table: Table }[] => {
  const bulletin = parseBulletinText(text).bulletin as Bulletin;
  return tablesOf(bulletin).map((table) => ({ bulletin, table }));
};
const headOf = (found: { bulletin: Bulletin; table: Table } | undefined): string[] => {
  const head = found?.table.head;
  return found && head ? (head[head.length - 1] ?? []).map((c) => cellText(found.bulletin, c)) : [];
};

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
    const found = tablesIn(page(table))[0];
    expect(headOf(found)).toEqual(head);
    expect(found?.table.rows.length).toBe(rows);
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
    for (const found of tablesIn(page(table)))
      expect(headOf(found)).not.toEqual(["指标", "单位", "本月", "累计"]);
  });

  test("near-miss: a body row closing with its bar is not joined to the lines under it", () => {
    const rows = tablesIn(
      page(
        "| 指标 | 单位 | 本月 | 累计 |\n| --- | --- | --- | --- |\n| 受理量 | 件 | 120 | 360 |\n| 办结量 |\n回访量 | 件 | 96 |\n| 退回量 | 件 | 8 | 21 |",
      ),
    ).flatMap(({ bulletin, table }) =>
      table.rows.map((row) => row.map((c) => cellText(bulletin, c)).join("|")),
    );
    // Some row is read (the check below can fail), and none is the joined one.
    expect(rows).toContain("受理量|件|120|360");
    expect(rows).not.toContain("办结量|回访量|件|96");
  });
});
