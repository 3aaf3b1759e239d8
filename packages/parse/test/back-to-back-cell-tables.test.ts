import { parseBulletinText } from "@bulletin/parse";
import type { Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * Two tables of the same head written one cell a line, back to back with no blank line between
 * them, each under its title (`全国12315平台受理商品类投诉五大热点` / `项目` / `数量（件）` / … /
 * `全国12315平台受理服务类投诉五大热点` / `项目` / …): how a PDF's text gives them (found by printing
 * the corpus with LibreOffice and reading it back with readPdf). The second title over the head
 * printed again ends the first table; before, the run was read as one, its columns agreed with
 * nothing, and no table was found (the cells were joined as text: `4.24%家居`).
 */

const table = (caption: string, head: string[], rows: string[][]): string[] => [
  caption,
  ...head,
  ...rows.flat(),
];

const HEAD = ["项目", "数量（件）", "占平台投诉举报总数比例"];
const GOODS = [
  ["食品", "719", "25.42%"],
  ["服装", "120", "4.24%"],
  ["家居", "114", "4.03%"],
  ["其他", "79", "2.79%"],
];
const SERVICES = [
  ["文化娱乐", "146", "5.16%"],
  ["餐饮住宿", "116", "4.10%"],
  ["美容美发", "46", "1.63%"],
];

const textOf = (...blocks: string[][]): string =>
  [
    "一、投诉举报热点情况",
    "本年度共受理投诉举报2829件，其中投诉2029件。",
    ...blocks.flat(),
    "以上情况请各单位认真研究。",
  ].join("\n");

const tablesOf = (text: string): Table[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) =>
      i.body.filter((b): b is Table => !Array.isArray(b) && b.type === "table"),
    ),
  );

/** A cell's text (a metric written `#`). */
const cellText = (cell: Table["rows"][number][number]): string =>
  (Array.isArray(cell) ? cell : cell.content)
    .map((x) => (typeof x === "string" ? x : "#"))
    .join("");

describe("two tables one cell a line, back to back", () => {
  test.each([
    [
      "商品类 then 服务类",
      "全国12315平台受理商品类投诉五大热点",
      "全国12315平台受理服务类投诉五大热点",
    ],
    ["short titles", "商品类投诉五大热点", "服务类投诉五大热点"],
  ])("%s: two tables, each under its own title", (_, first, second) => {
    const tables = tablesOf(textOf(table(first, HEAD, GOODS), table(second, HEAD, SERVICES)));
    expect(tables.map((t) => t.caption)).toEqual([first, second]);
    expect(tables.map((t) => t.rows.length)).toEqual([GOODS.length, SERVICES.length]);
    for (const t of tables) expect(t.head?.[0]?.map(cellText)).toEqual(HEAD);
  });
});

describe("what is no second table (counter-cases)", () => {
  test("one table: read as before, every row", () => {
    const tables = tablesOf(textOf(table("全国12315平台受理商品类投诉五大热点", HEAD, GOODS)));
    expect(tables.map((t) => t.rows.length)).toEqual([GOODS.length]);
  });

  test("a row whose label is a long phrase over cells unlike the head stays a row", () => {
    const rows = [
      ...GOODS.slice(0, 2),
      ["全国12315平台其他商品类别", "80", "2.80%"],
      ...GOODS.slice(2),
    ];
    const tables = tablesOf(textOf(table("全国12315平台受理商品类投诉五大热点", HEAD, rows)));
    expect(tables.map((t) => t.rows.length)).toEqual([rows.length]);
  });
});
