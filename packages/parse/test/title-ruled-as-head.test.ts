import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells, tablesOf } from "./table-cells";

/**
 * A yearbook's `|` table whose `|---|` rule closes a head of one cell, the table's title, over a
 * row of its English title and a blank row, and then the real head (`city-utilities-2021-2023-tjnj`:
 * `| 21-2 城市公用事业基本情况 |` / `|---|` / `| Basic Statistics on City Public Utilities |` /
 * `| | | | |` / `| 指标 | Item | 2021 | 2022 | 2023 |` / …). The title is the caption, the real head
 * the head. Before, the title was the head (one cell, padded to the rows' width) and the real
 * head a row of the body.
 */

const TITLE = "| 21-2 城市公用事业基本情况 |";
const RULE = "|---|";
const ENGLISH = "| Basic Statistics on City Public Utilities |";
const BLANK = "| | | | |";
const HEAD = "| 指标 | Item | 2021 | 2022 | 2023 |";
const ROWS = [
  "| 市区面积(平方公里) | Urban Area(sq.km) | 89281.63 | 89184.79 | 88343.52 |",
  "| 市区人口(万人) | Urban Population(10 000 persons) | 901.43 | 909.34 | 920.97 |",
  "| 建成区面积(平方公里) | Area of Built Districts (sq.km) | 927.57 | 968.07 | 973.54 |",
];

const parse = (lines: string[]) => parseBulletinText(lines.join("\n")).bulletin as Bulletin;

describe("a title ruled as a head of one cell, over the real head", () => {
  test.each([
    ["under its English title and a blank row", [TITLE, RULE, ENGLISH, BLANK, HEAD, ...ROWS]],
    ["right over the real head", [TITLE, RULE, HEAD, ...ROWS]],
  ])("%s: the title is the caption, the real head the head", (_, lines) => {
    const b = parse(lines);
    expect(tablesOf(b).map((t) => t.caption)).toEqual(["21-2城市公用事业基本情况"]);
    const [table] = tableCells(b);
    expect(table?.head).toEqual(["指标", "Item", "2021", "2022", "2023"]);
    expect(table?.rows.map((r) => r[0])).toEqual([
      "市区面积（平方公里）",
      "市区人口（万人）",
      "建成区面积（平方公里）",
    ]);
  });
});

describe("what is read as before (counter-cases)", () => {
  test.each([
    // A row of figures is no head: the title stays the head, every row the body's.
    ["a row of figures under the title", [TITLE, RULE, ...ROWS], 3],
    // Four rows of one cell before it: too far for the title's own.
    [
      "the real head four rows down",
      [TITLE, RULE, ENGLISH, ENGLISH, ENGLISH, ENGLISH, HEAD, ...ROWS],
      8,
    ],
    // `| 说明 |`: a head of one short word, no title.
    ["a short one-cell head", ["| 说明 |", RULE, ENGLISH, HEAD, ...ROWS], 5],
  ])("%s: the one-cell head stays the head", (_, lines, rows) => {
    const [table] = tableCells(parse(lines));
    expect(table?.head[1]).toBe("");
    expect(table?.rows.length).toBe(rows);
  });
});
