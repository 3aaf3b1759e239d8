import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells, tablesOf } from "./table-cells";

/**
 * Web copies of yearbook tables that close every row with an empty cell (`| 全 国 | 300.6 | … | |`,
 * `national-private-enterprises-2003-yearbook-table`): over such a table a row of blank cells
 * (`| |`) is the page's, no head, and its title row's unit row (`| 单位: 万户、万人 | ||||`) is folded
 * into the caption. The empty last column itself stays a column: the text renderer prints a table
 * whose last column is blank the same way, and that table must read back as it was (session 48
 * dropped such columns for a while; `test/properties.test.ts` and the rowless-head tests showed why
 * not).
 */

const PIPED = [
  "| |",
  "| 5-18 各地区私营企业就业人数(2003年底) | ||||||||",
  "| 单位: 万户、万人 | ||||||||",
  "| 地 区 | 户数 | 就业人数 | 城镇就业人数 | 乡村就业人数 | ||||",
  "| # 投资者 | # 投资者 | # 投资者 | ||||||",
  "| 全 国 | 300.6 | 4299.1 | 772.8 | 2545.2 | 520.0 | 1754.0 | 252.9 | |",
  "| 北 京 | 18.7 | 267.3 | 48.1 | 160.6 | 34.7 | 106.8 | 13.5 | |",
  "| 天 津 | 5.9 | 66.2 | 14.7 | 42.5 | 10.0 | 23.7 | 4.6 | |",
];

const read = (lines: string[]) =>
  parseBulletinText(["各地区私营企业统计", ...lines].join("\n")).bulletin as Bulletin;

/** Each table's width (its head's last row, else its first row) and its rows' labels. */
const shapes = (lines: string[]) =>
  tableCells(read(lines)).map((t) => ({
    width: t.head.length > 0 ? t.head.length : (t.rows[0]?.length ?? 0),
    labels: t.rows.map((r) => r[0]),
  }));

describe("a yearbook table closed by empty cells", () => {
  test("the title row and its unit row are the caption; the blank row over them is no head", () => {
    const [table] = tablesOf(read(PIPED));
    expect(table?.caption).toBe("5-18各地区私营企业就业人数（2003年底） 单位：万户、万人");
    expect(table?.head).toHaveLength(2);
  });
});

describe("what the title row rules leave (counter-cases)", () => {
  test("a last column with a cell in any row stays, blank cells and all", () => {
    const lines = [
      ...PIPED.slice(3, 6),
      "| 北 京 | 18.7 | 267.3 | 48.1 | 160.6 | 34.7 | 106.8 | 13.5 | 注 |",
    ];
    expect(shapes(lines).map((s) => s.width)).toEqual([9]);
  });

  test("a last column headed by a word stays though its cells are blank", () => {
    const lines = [
      "| 地区 | 户数 | 备注 |",
      "| 北京 | 18.7 | |",
      "| 天津 | 5.9 | |",
      "| 河北 | 8.6 | |",
    ];
    expect(shapes(lines)).toEqual([{ width: 3, labels: ["北京", "天津", "河北"] }]);
  });

  test("a title row over another title row that is no unit is still no table", () => {
    const lines = [
      ...["| 1-9月进度数据发布 | |||", "| 1、本地生产总值 | |||", "| 指标 | 1-9月 | 增长 |"],
      ...["| 全市 | 120.5 | 3.2 |", "| 城区 | 80.1 | 2.9 |"],
    ];
    const captions = tablesOf(read(lines)).map((t) => [t.caption, t.rows.length]);
    expect(captions).toEqual([["1、本地生产总值", 2]]);
  });
});
