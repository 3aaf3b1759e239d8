// A one-cell-a-line table (` |` cell lines) whose row ends in a blank cell closed on the cell's
// own line (`5120 | |`): the cell and the blank one after it, and the table goes on to its later
// rows. Every table here is written for the test.
import { parseBulletinText } from "@bulletin/parse";
import { completed } from "@bulletin/testkit";
import { describe, expect, test } from "vitest";
import { cellText, MASTHEAD, tableShapes, tablesOf } from "./table-cells";

const head = ["序号 |", "单位 |", "投诉 |", "举报 |", "咨询 |", "小计 |"];
const rows = [
  ["1 |", "甲市市场监督管理局 |", "3513 |", "1013 |", "20 |", "4546 |"],
  ["2 |", "乙市市场监督管理局 |", "1684 |", "338 |", "123 |", "2145 |"],
  ["3 |", "丙市市场监督管理局 |", "1096 |", "294 |", "46 |", "1436 |"],
];

const table = (closing: string[], total: string[]) =>
  `${MASTHEAD}各市投诉举报咨询量统计表(单位:件)\n${[...head, ...rows.flat(), ...closing, ...total].join("\n")}\n全年投诉举报总量排前三位的是甲市、乙市和丙市。\n`;

describe("a cell closed with a blank cell after it", () => {
  test.each([
    ["`5120 | |`", "5120 | |"],
    ["`5120 |  |` (two spaces)", "5120 |  |"],
    ["`5120| |` (no space before the bar)", "5120| |"],
  ])("%s keeps the cell, and the rows after it stay in the table", (_, last) => {
    const bulletin = completed(
      parseBulletinText(
        table(
          ["丁局 |", "14 |", "2 |", "5104 |", last],
          ["合计 |", "6307 |", "1647 |", "5293 |", "13247 |"],
        ),
      ),
    );
    expect(tableShapes(bulletin)).toEqual([{ columns: 6, rows: 5 }]);
    const t = tablesOf(bulletin)[0];
    const texts = t?.rows.flatMap((r) => r.map((c) => cellText(bulletin, c))) ?? [];
    expect(texts).toContain("5120");
    expect(texts).toContain("合计");
  });

  test("a line of two cells (`甲 | 乙 |`) is no blank-closed cell", () => {
    const bulletin = completed(
      parseBulletinText(
        table(
          ["丁局 |", "14 |", "2 |", "5104 | 5120 |"],
          ["合计 |", "6307 |", "1647 |", "5293 |", "13247 |"],
        ),
      ),
    );
    const texts = tablesOf(bulletin).flatMap((t) =>
      t.rows.flatMap((r) => r.map((c) => cellText(bulletin, c))),
    );
    expect(texts).not.toContain("5104");
  });

  test("`| |` over a bar alone marks rows, no blank cell: the table reads as before", () => {
    const marked = ["|", "病名 |", "发病数 |", "死亡数 | |"];
    const body = [
      ["甲类 |", "3087 |", "13 | |"],
      ["乙类 |", "2786 |", "9 | |"],
      ["丙类 |", "1301 |", "4 | |"],
    ];
    const lines = [...marked, ...body.flatMap((r) => ["|", ...r])];
    const rowMarked = parseBulletinText(
      `${MASTHEAD}某市传染病统计表\n${lines.join("\n")}\n`,
    ).bulletin;
    expect(tableShapes(rowMarked).every((t) => t.columns !== 4)).toBe(true);
  });

  test("without the blank cell, the table reads as before", () => {
    const bulletin = parseBulletinText(
      table(
        ["4 |", "丁局 |", "14 |", "2 |", "5104 |", "5120 |"],
        ["5 |", "合计 |", "6307 |", "1647 |", "5293 |", "13247 |"],
      ),
    ).bulletin;
    expect(tableShapes(bulletin)).toEqual([{ columns: 6, rows: 5 }]);
  });
});
