import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A table whose cells single spaces part keeps its rows after a row with one empty cell (session
 * 36's held-back ranking page: `排名 省级政府 总体指数` / … / `28 新疆生产建设兵团` with no score / `29
 * 甘肃 75.28` / …). The short row is kept with the cell it lacks left empty, where the column it
 * lacks is the only one whose removal leaves the kinds its cells have (figure or words); a short
 * row that does not tell which cell it lacks, or that no full row follows, ends the table as
 * before. Examples written for the rule.
 */

const LEDE = "某省网上服务能力评估\n评估组日前发布了各地区指数情况。\n";
const parsed = (lines: string[]) => {
  const bulletin = parseBulletinText(`${LEDE}${lines.join("\n")}\n`).bulletin as Bulletin;
  return { bulletin, tables: tablesOf(bulletin) };
};

describe("a single-spaced table keeps its rows after a row with an empty cell", () => {
  test.each([
    {
      name: "a ranking row without its score, then more rows and a second table",
      lines: [
        "2021年度各市网上服务能力排行",
        "",
        "排名 地市 总体指数",
        "",
        "1 甲市 95.12",
        "",
        "2 乙市 93.40",
        "",
        "3 丙市 90.07",
        "",
        "4 丁州管理区",
        "",
        "5 戊市 88.25",
        "",
        "6 己市 86.90",
        "",
        "2021年度各县网上服务能力排行",
        "",
        "排名 县区 总体指数",
        "",
        "1 子县 91.30",
        "",
        "2 丑县 89.64",
        "",
        "3 寅县 87.02",
      ],
      shapes: [
        { columns: 3, rows: 6 },
        { columns: 3, rows: 3 },
      ],
      short: { table: 0, row: 3, cells: ["4", "丁州管理区", ""] },
    },
    {
      name: "a row without its middle words, four columns",
      lines: [
        "各区诉求办理情况",
        "区县 受理量 牵头单位 办结率",
        "甲区 1200 区政务办 98.3%",
        "丙区 2310 区信访局 99.1%",
        "乙区 860 97.2%",
        "丁区 540 区政务办 98.1%",
      ],
      shapes: [{ columns: 4, rows: 4 }],
      short: { table: 0, row: 2, cells: ["乙区", "860", "", "97.2%"] },
    },
    {
      name: "a row without its first-column figure",
      lines: [
        "各区诉求办理情况",
        "序号 区县 受理量",
        "1 甲区 1200",
        "2 乙区 860",
        "丙区 2310",
        "4 丁区 540",
      ],
      shapes: [{ columns: 3, rows: 4 }],
      short: { table: 0, row: 2, cells: ["", "丙区", "2310"] },
    },
  ])("parseBulletinText: $name", ({ lines, shapes, short }) => {
    const { bulletin, tables } = parsed(lines);
    expect(
      tables.map((t) => ({
        columns: t.head?.[t.head.length - 1]?.length ?? 0,
        rows: t.rows.length,
      })),
    ).toEqual(shapes);
    if (short !== undefined) {
      const row = tables[short.table]?.rows[short.row] ?? [];
      expect(row.map((c) => cellText(bulletin, c))).toEqual(short.cells);
    }
  });

  test.each([
    {
      name: "a short row that could lack either of two figure columns ends the table",
      lines: [
        "各区诉求办理情况",
        "区县 受理量 办结量",
        "甲区 1200 1180",
        "乙区 860 850",
        "丙区 2310 2290",
        "丁区 540",
        "戊区 610 600",
      ],
      shapes: [{ columns: 3, rows: 3 }],
    },
    {
      name: "a short row that could lack either of two word columns ends the table",
      lines: [
        "各区诉求办理情况",
        "区县 牵头单位 受理量 办结率",
        "甲区 区政务办 1200 98.3%",
        "丙区 区信访局 2310 99.1%",
        "乙区 860 97.2%",
        "丁区 区政务办 540 98.1%",
      ],
      shapes: [],
    },
    {
      name: "a short row at the end, no full row after it, ends the table",
      lines: [
        "各区诉求办理情况",
        "序号 区县 受理量",
        "1 甲区 1200",
        "2 乙区 860",
        "3 丙区 2310",
        "4 丁区",
        "全市各区办理工作总体平稳。",
      ],
      shapes: [{ columns: 3, rows: 3 }],
    },
    {
      name: "two short rows in a row end the table",
      lines: [
        "各区诉求办理情况",
        "序号 区县 受理量",
        "1 甲区 1200",
        "2 乙区 860",
        "3 丙区 2310",
        "4 丁区",
        "5 戊区",
        "6 己区 700",
      ],
      shapes: [{ columns: 3, rows: 3 }],
    },
  ])("parseBulletinText: $name", ({ lines, shapes }) => {
    const { tables } = parsed(lines);
    expect(
      tables.map((t) => ({
        columns: t.head?.[t.head.length - 1]?.length ?? 0,
        rows: t.rows.length,
      })),
    ).toEqual(shapes);
  });
});
