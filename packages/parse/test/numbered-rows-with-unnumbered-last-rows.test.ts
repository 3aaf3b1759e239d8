import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells } from "./table-cells";

/**
 * A table copied one cell a line, the cells parted by empty lines, under a head opening with `序号`
 * (`innermongolia-12315-2025-08-ihaosteel`, formerly held-out-170): each row opens with its number
 * in turn, and the last rows have none (`内蒙古自治区市场监督管理局`, the province's own office, and
 * `合计`), an empty line more standing for the blank number. Those blank cells are cells, as they
 * are in rows that open with their label: the table keeps its last two rows (it ended at row 14).
 * Rows numbered out of turn, or a numbered row under an unnumbered one, are no such table.
 */

const HEAD = ["序号", "单位", "投诉", "举报", "咨询", "小计"];
const ROWS = [
  ["1", "呼和浩特市市场监督管理局", "6994", "1398", "1", "8393"],
  ["2", "包头市市场监督管理局", "3114", "650", "3214", "6978"],
  ["3", "赤峰市市场监督管理局", "2870", "476", "3", "3349"],
];
const OWN = ["", "内蒙古自治区市场监督管理局", "10", "1", "14919", "14930"];
const TOTAL = ["", "合计", "23061", "4620", "19719", "47400"];

/** The cells a line each, an empty line between; a blank cell is one empty line more. */
const cells = (rows: string[][]) => {
  const lines = [HEAD, ...rows].flat().join("\n\n").replaceAll("\n\n\n\n", "\n\n\n");
  const text = [
    "一、基本情况",
    "",
    "8月份，全区共接收消费者投诉举报咨询47400件。",
    "",
    "    各盟市投诉举报咨询量统计表(单位:件)",
    "",
    lines,
    "",
    "投诉举报咨询总量排前三位的是呼和浩特市、包头市、赤峰市。",
  ].join("\n");
  return tableCells(parseBulletinText(text).bulletin as Bulletin);
};

describe("numbered rows one cell a line, the last rows without a number", () => {
  test("the unnumbered rows (the province's own office, the total) are rows of the table", () => {
    const [table] = cells([...ROWS, OWN, TOTAL]);
    expect(table?.head).toEqual(HEAD);
    expect(table?.rows.map((row) => row[0])).toEqual(["1", "2", "3", "", ""]);
    expect(table?.rows.map((row) => row[5])).toEqual(["8393", "6978", "3349", "14930", "47400"]);
  });

  // Near-misses: the blank cells are held to the numbers' order.
  test.each([
    ["rows numbered out of turn", [ROWS[0], ROWS[2], ROWS[1], OWN, TOTAL]],
    ["a numbered row under an unnumbered one", [ROWS[0], ROWS[1], OWN, ROWS[2], TOTAL]],
  ])("%s: no table keeps the unnumbered rows", (_, rows) => {
    for (const table of cells(rows as string[][]))
      expect(table.rows.map((row) => row[5])).not.toContain("47400");
  });
});
