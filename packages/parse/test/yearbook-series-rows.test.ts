import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells } from "./table-cells";

/**
 * A yearbook's series whose cells single spaces part, its head the years (`  1995年 1997年 …
 * 2006年`, a blank corner): a group's label on a line of its own (`一、按销售地区分:`) is a row of
 * the table, its cells blank, and a row the last years lack (`制造业 60235 95109 114241 119728`)
 * is kept, its missing cells blank at the end. A table whose head is not years ends at such
 * lines, as before, and a group's label with no row of the table under it ends the series.
 * The lines are from `huzhou-retail-yearbook-2007-table`, cut short.
 */

const parse = (lines: readonly string[]): Bulletin =>
  parseBulletinText(lines.join("\n")).bulletin as Bulletin;

const labels = (b: Bulletin) => tableCells(b).map((t) => t.rows.map((row) => row[0]));

const top = ["7-4  主要年份社会消费品零售总额分类情况", "单位:万元"];
const years = "  1995年 1997年 2000年 2002年 2004年 2005年 2006年";
const words = "  全市 市区 德清县 长兴县 安吉县 南浔区 吴兴区";
const body = [
  "社会消费品零售总额 860135 1123563 1491751 1708800 2080822 2377547 2737983",
  "    比上年增长(%) 34.6 11.8 10.3 11.6 14.3 14.3 15.2",
  "一、按销售地区分:      ",
  "    市的零售额 458283 581512 761705 852164 1056636 1216232 1404990",
  "    县的零售额 176371 249493 305616 357469 454254 517951 598239",
  "二、按行业分:      ",
  "    批发和零售贸易业 523163 737883 1018970 1168531 1823906 2080453 2392995",
  "    制造业 60235 95109 114241 119728    ",
  "    其它 223494 223038 242901 268347 38081 42146 46192",
];

describe("a yearbook's series: group labels and rows the last years lack", () => {
  test("parseBulletinText: a group's label is a row of blank cells, a short row is padded at its end", () => {
    const [table, ...others] = tableCells(parse([...top, years, ...body]));
    expect(others).toEqual([]);
    expect(table?.head).toEqual(["", ...years.trim().split(" ")]);
    expect(table?.rows.map((row) => row[0])).toEqual([
      "社会消费品零售总额",
      "比上年增长（%）",
      "一、按销售地区分",
      "市的零售额",
      "县的零售额",
      "二、按行业分",
      "批发和零售贸易业",
      "制造业",
      "其它",
    ]);
    expect(table?.rows[2]?.slice(1)).toEqual(["", "", "", "", "", "", ""]);
    expect(table?.rows[7]?.length).toBe(8);
    expect(table?.rows[7]?.slice(5)).toEqual(["", "", ""]);
  });
});

describe("lines a series does not take (near misses)", () => {
  test.each([
    {
      name: "under a head of words, a group's label ends the table",
      lines: [...top, words, ...body.slice(0, 2), ...body.slice(3, 4), ...body.slice(2)],
      rows: [["社会消费品零售总额", "比上年增长（%）", "市的零售额"]],
    },
    {
      name: "a group's label with prose under it ends the series",
      lines: [
        ...top,
        years,
        ...body.slice(0, 2),
        ...body.slice(3, 5),
        "三、说明:",
        "全市社会消费品零售总额逐年增长,县以下零售额增长较快。",
      ],
      rows: [["社会消费品零售总额", "比上年增长（%）", "市的零售额", "县的零售额"]],
    },
  ])("parseBulletinText: $name", ({ lines, rows }) => {
    expect(labels(parse(lines)).filter((r) => r.length > 0)).toEqual(rows);
  });
});
