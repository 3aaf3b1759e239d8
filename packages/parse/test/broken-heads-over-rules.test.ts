import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells } from "./table-cells";

/**
 * A `|` table whose head a web copy broke over lines, one cell a line closed by its bar, the last
 * cell blank (its bar alone on a line), over a `---` rule and the rows
 * (`hongkong-prisoners-2021-2025-csd-table`: `| 以2021年 12月31日计算 |` / `以2022年 12月31日计算 |` /
 * … / `|` / `|---|---|---|---|---|---|` / `| 香港居民 (1) | 5743 | … |`). The head's cells are the
 * head, the rows under the rule its body. Before, the bar alone cut the head off the rule: the head
 * was read as a table of one row and the rows as another table without a head (or, after a first
 * cell `| 院所 | 以2021年 … |`, the head's lines as rows).
 */

const DATES = ["以2021年 12月31日计算", "以2022年 12月31日计算", "以2023年 12月31日计算"];
const ROWS = [
  "| 香港居民 (1) | 5743 | 5891 | 6497 |",
  "| 非香港居民 | 2124 | 1860 | 2582 |",
  "| 总计 | 7867 | 7751 | 9079 |",
];
const HEAD_CELLS = DATES.map((d) => d.replace(" ", ""));

/** `| a |` / `b |` / … / `|`: a head broken over lines, one cell a line, its last cell blank. */
const brokenHead = (first: string, rest: string[]): string[] => [
  first,
  ...rest.map((d) => `${d} |`),
  "|",
];

const parse = (lines: string[]) =>
  tableCells(
    parseBulletinText(
      ["在囚人士统计", "表1.2:按香港及非香港居民划分的在囚人士数目", ...lines].join("\n"),
    ).bulletin as Bulletin,
  ).map((t) => ({ head: t.head, labels: t.rows.map((r) => r[0]) }));

const LABELS = ["香港居民（1）", "非香港居民", "总计"];

describe("a head broken over cell lines, over a rule and rows", () => {
  test.each([
    [
      "its first cell on a bordered line alone",
      [...brokenHead(`| ${DATES[0]} |`, DATES.slice(1)), "|---|---|---|---|", ...ROWS],
      [...HEAD_CELLS, ""],
    ],
    [
      "its corner and first cell on the bordered line",
      [
        ...brokenHead(`| 院所 | ${DATES[0]} |`, DATES.slice(1)),
        "|---|---|---|---|---|",
        ...ROWS.map((r) => `${r} |`),
      ],
      ["院所", ...HEAD_CELLS, ""],
    ],
  ])("%s: one table, the head over the rows", (_, lines, head) => {
    expect(parse(lines)).toEqual([{ head, labels: LABELS }]);
  });
});

describe("what is read as before (counter-cases)", () => {
  test("no row under the rule: the head's cells are the table's one row", () => {
    const lines = [...brokenHead(`| ${DATES[0]} |`, DATES.slice(1)), "|---|---|---|---|"];
    expect(parse(lines)).toEqual([{ head: [], labels: [HEAD_CELLS[0]] }]);
  });

  test("no rule under the bar alone: no head is read over the rows", () => {
    const lines = [...brokenHead(`| ${DATES[0]} |`, DATES.slice(1)), ...ROWS];
    expect(parse(lines).some((t) => t.head.includes(HEAD_CELLS[1] as string))).toBe(false);
  });
});
