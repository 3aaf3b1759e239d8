import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A `|` table of rows on one line each (`指 标 | 单 位 | 数 量 |`) whose group label rows a web copy
 * printed one cell a line: the label closed by its bar, then each blank cell as a bar alone on a
 * line of its own (`二、行政区划 |` / `|` / `|`). Exactly as many bars as the row's blank cells make
 * it a row of the table (the 备注 row closing it too); a label with fewer bars under it, or more,
 * and text with none, end the table. The lines are from `shenzhen-civil-affairs-2020q2-table`.
 */

const parse = (lines: readonly string[]): Bulletin =>
  parseBulletinText(["2020年2季度深圳民政统计季报", "编制单位:深圳市 |", "|", ...lines].join("\n"))
    .bulletin as Bulletin;

const labels = (b: Bulletin): string[] =>
  (tablesOf(b)[0]?.rows ?? []).map((row) => (row[0] ? cellText(b, row[0]) : ""));

const opening = [
  "指 标 | 单 位 | 数 量 |",
  "一、民政事业费累计支出 | 万元 | 98,644.9 |",
  "二、行政区划 |",
  "|",
  "|",
  "街道 | 个 | 74 |",
];
const groups = [
  "四、社会救助 |",
  "|",
  "|",
  "城市最低生活保障 |",
  "|",
  "|",
  "城市低保人数 | 人 | 3,235 |",
  "城市低保户数 | 户 | 1,577 |",
];

describe("a group's label row printed as a cell line and bars alone", () => {
  test.each([
    ["one group row between rows", opening, ["一、民政事业费累计支出", "二、行政区划", "街道"]],
    [
      "two group rows in a row",
      [...opening, ...groups],
      [
        "一、民政事业费累计支出",
        "二、行政区划",
        "街道",
        "四、社会救助",
        "城市最低生活保障",
        "城市低保人数",
        "城市低保户数",
      ],
    ],
    [
      "the 备注 row closing the table",
      [...opening, "备注:我市目前有10个婚姻登记处,其中机构2个。 |", "|", "|"],
      ["一、民政事业费累计支出", "二、行政区划", "街道", "备注：我市目前有10"],
    ],
  ])("parseBulletinText: %s", (_, lines, want) => {
    const b = parse(lines);
    // (Each label to the length wanted: a figure in a cell is written back without its unit.)
    expect(labels(b).map((l, k) => l.slice(0, want[k]?.length))).toEqual(want);
    expect(tablesOf(b)[0]?.rows.every((row) => row.length === 3)).toBe(true);
    expect(
      tablesOf(b)[0]
        ?.rows[1]?.slice(1)
        .map((c) => cellText(b, c)),
    ).toEqual(["", ""]);
  });
});

describe("label lines a | table does not take as rows (near misses)", () => {
  test.each([
    ["one bar fewer than the blank cells", ["四、社会救助 |", "|", "城市低保人数 | 人 | 3,235 |"]],
    [
      "one bar more than the blank cells",
      ["四、社会救助 |", "|", "|", "|", "城市低保人数 | 人 | 3,235 |"],
    ],
    ["text after the table, no bar under it", ["四、社会救助 |", "全市城市低保人数3235人。"]],
  ])("parseBulletinText: %s ends the table", (_, after) => {
    const b = parse([...opening, ...after]);
    expect(labels(b)).toEqual(["一、民政事业费累计支出", "二、行政区划", "街道"]);
  });
});
