import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells } from "./table-cells";

/**
 * Two `|` tables each headed by a row over a `---|---|` rule, printed back to back with no line
 * between them (`hongkong-elderly-homes-2020-21-swd`: one page's table given twice). The second
 * table's head is the row right over the second rule: before, it was read as the first table's
 * last body row, and the second table was read from its rule, without a head.
 */

const HEAD = "安老院舍照顾服务 | 院舍数目 (资助宿位数目) 〔于2021年3月31日〕 |";
const RULE = "---|---|";
const ROWS = [
  "津助安老院舍 | 120间 (15 290个宿位) |",
  "津助护养院 | 6间 (1 574个宿位) |",
  "合约院舍 | 35间 (2 690个宿位) |",
];

/** Each table's head (its last row's cells) and its body rows' labels. */
const shapes = (lines: string[]) =>
  tableCells(
    parseBulletinText(["2020-21年度服务内容及统计数字", ...lines].join("\n")).bulletin as Bulletin,
  ).map((t) => ({ head: t.head, labels: t.rows.map((r) => r[0]) }));

const HEAD_CELLS = ["安老院舍照顾服务", "院舍数目（资助宿位数目）〔于2021年3月31日〕"];
const LABELS = ["津助安老院舍", "津助护养院", "合约院舍"];

describe("a row over a second rule heads the next table", () => {
  test.each([
    ["the same table twice", [HEAD, RULE, ...ROWS, HEAD, RULE, ...ROWS], [LABELS, LABELS]],
    [
      "a second table of other rows",
      [HEAD, RULE, ...ROWS.slice(0, 2), HEAD, RULE, ROWS[2] as string],
      [LABELS.slice(0, 2), LABELS.slice(2)],
    ],
  ])("%s: two tables, each with its head", (_, lines, labels) => {
    expect(shapes(lines)).toEqual(labels.map((l) => ({ head: HEAD_CELLS, labels: l })));
  });
});

describe("what heads no next table (counter-cases)", () => {
  test("one ruled table: its rows as before", () => {
    expect(shapes([HEAD, RULE, ...ROWS])).toEqual([{ head: HEAD_CELLS, labels: LABELS }]);
  });

  test("a row over a rule of another width stays the first table's row", () => {
    const lines = [
      ...[HEAD, RULE, ...ROWS],
      "参加改善买位计划的私营安老院 | 171间 |",
      "---|---|---|",
    ];
    expect(shapes(lines)[0]?.labels).toEqual([...LABELS, "参加改善买位计划的私营安老院"]);
  });

  test("a head, a rule and one row: the row over a second rule stays, the only body row", () => {
    const lines = [HEAD, RULE, ROWS[0] as string, RULE, ...ROWS.slice(1)];
    expect(shapes(lines)[0]?.labels).toEqual(["津助安老院舍"]);
  });
});
