import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells, tablesOf } from "./table-cells";

/**
 * A bordered `|` table without a rule whose first row is its title, one cell (its unit after it
 * perhaps), over an empty row of bars and then the real head (`| 表1-1全县2020年常住人口地区构成表
 * 单位:人、% |` / `||` / `| 地 区 | 常住人口(人) | 占全县比重(%) |` / `| 秀山县 | 496194 | 100.00 |`
 * / …), as a 人口普查 公报's copy prints its tables: the title is the caption, the real head the
 * head. Before, the title was the head (padded), the empty row and the real head rows of the
 * body.
 */

const INTRO = "全县常住人口为496194人。";
const TITLE = "| 表1-1全县2020年常住人口地区构成表 单位:人、% |";
const EMPTY = "||";
const HEAD = "| 地 区 | 常住人口(人) | 占全县比重(%) |";
const ROWS = [
  "| 秀山县 | 496194 | 100.00 |",
  "| 中和街道 | 103387 | 20.84 |",
  "| 乌杨街道 | 48205 | 9.71 |",
];
const AFTER = "二、人口性别构成";

const parse = (lines: string[]) =>
  parseBulletinText([INTRO, ...lines, AFTER].join("\n")).bulletin as Bulletin;

describe("a bordered title row over an empty row, then the real head", () => {
  test.each([
    ["with its unit after it", TITLE, "表1-1全县2020年常住人口地区构成表单位：人、%"],
    [
      "without a unit",
      "| 表1-1全县2020年常住人口地区构成表 |",
      "表1-1全县2020年常住人口地区构成表",
    ],
  ])("%s: the title is the caption, the real head the head", (_, title, caption) => {
    const b = parse([title, EMPTY, HEAD, ...ROWS]);
    expect(tablesOf(b).map((t) => t.caption)).toEqual([caption]);
    const [table] = tableCells(b);
    expect(table?.head).toEqual(["地区", "常住人口（人）", "占全县比重（%）"]);
    expect(table?.rows.map((r) => r[0])).toEqual(["秀山县", "中和街道", "乌杨街道"]);
  });
});

describe("what is read as before (near misses)", () => {
  test.each([
    // No empty row under the title: the one-cell row stays the head.
    ["a title row right over the head", [TITLE, HEAD, ...ROWS], 4],
    // A short word is no title.
    ["a one-cell row of a short word", ["| 说明 |", EMPTY, HEAD, ...ROWS], 5],
    // A sentence is no title.
    [
      "a one-cell row of a sentence",
      ["| 全县常住人口比上年增加，占全市的一成。 |", EMPTY, HEAD, ...ROWS],
      5,
    ],
  ])("%s: the one-cell row stays the head", (_, lines, rows) => {
    const [table] = tableCells(parse(lines));
    expect(table?.head[1]).toBe("");
    expect(table?.rows.length).toBe(rows);
  });
});
