import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { bilingualHead, bilingualRow } from "../src/internal/bilingual-rows";
import { cellText, tableShapes, tablesOf } from "./table-cells";

/**
 * A yearbook's bilingual table (`9-3 公路运输情况` / `Highway Transport` / `指标 Item 2019 2020 2021` /
 * `客运量(万人) Passenger Traffic(10000 persons) 5120 3870 3415`): no gap parts a row's label in
 * two languages from its figures, which are read from the line's end; a group's label without
 * figures is a row of blank cells, and a row short of figures leaves its last cells blank. The
 * text below is invented in the shape of the yearbook tables of the corpus.
 */

const parse = (lines: readonly string[]): Bulletin =>
  parseBulletinText(lines.join("\n")).bulletin as Bulletin;

const table = [
  "9-3 公路运输情况",
  "Highway Transport",
  "指标 Item 2019 2020 2021",
  "  运输量   Traffic Volume",
  "    客运量(万人)   Passenger Traffic(10000 persons) 5120 3870 3415",
  "    货运量(万吨)   Freight Traffic(10000 tons) 8264.5 7930.2 8811.0",
  "  公路里程(公里)  Length of Highways(km) 15230 15512",
  "    #高速公路   Expressways 612 640 655",
];

describe("a yearbook's bilingual table", () => {
  test("parseBulletinText: reads the head's years and each row's label in both languages", () => {
    const b = parse(table);
    expect(tableShapes(b)).toEqual([{ columns: 4, rows: 5 }]);
    const t = tablesOf(b)[0];
    expect(t?.head?.[0]?.map((c) => cellText(b, c))).toEqual(["指标 Item", "2019", "2020", "2021"]);
    expect(t?.rows.map((row) => row.map((c) => cellText(b, c)))).toEqual([
      ["运输量 Traffic Volume", "", "", ""],
      ["客运量（万人） Passenger Traffic(10000 persons)", "5120", "3870", "3415"],
      ["货运量（万吨） Freight Traffic(10000 tons)", "8264.5", "7930.2", "8811.0"],
      ["公路里程（公里） Length of Highways(km)", "15230", "15512", ""],
      ["#高速公路 Expressways", "612", "640", "655"],
    ]);
    // As the text's first line, the title is the text's, written once.
    expect(b.publication.title).toBe("9-3公路运输情况");
    expect(repairExtractedText(table.join("\n")).split("公路运输情况").length - 1).toBe(1);
  });

  test("parseBulletinText: under a paragraph, the numbered title and its English are the caption", () => {
    const b = parse(["交通运输发展情况", "全年公路运输平稳增长。", ...table]);
    expect(tableShapes(b)).toEqual([{ columns: 4, rows: 5 }]);
    // (The repair joins the table number to the title, as it does a spaced table's.)
    expect(tablesOf(b)[0]?.caption).toBe("9-3公路运输情况 Highway Transport");
  });

  test.each([
    ["rows without English labels", table.map((l) => l.replace(/ {2,}[A-Z][^\d]*/, " "))],
    ["fewer than three rows with figures", table.slice(0, 6)],
    ["a title with no table number", ["公路运输情况", ...table.slice(1)]],
  ])("parseBulletinText: %s are no bilingual table", (_, lines) => {
    const shapes = tableShapes(parse(lines));
    expect(shapes).not.toContainEqual({ columns: 4, rows: 5 });
  });
});

describe("bilingualRow and bilingualHead", () => {
  test.each([
    ["  广播   Radio 88 90 93 93", 4, ["广播   Radio", 4]],
    ["(万字)   (10 000 words) 151 250 451 414", 4, ["(万字)   (10 000 words)", 4]],
    ["馆藏档案   Collection of Archives   ", 4, ["馆藏档案   Collection of Archives", 0]],
    ["#双向用户  Both-way Users 53.51 465.58 427.20", 4, ["#双向用户  Both-way Users", 3]],
  ] as const)("bilingualRow: %s", (line, columns, [label, figures]) => {
    const row = bilingualRow(line, 0, line.length, columns);
    expect(row && line.slice(...row.label)).toBe(label);
    expect(row?.figures.length).toBe(figures);
  });

  test.each([
    ["a label with no English", "客运量(万人) 5120 3870 3415", 3],
    ["English first", "Radio 广播 88 90 93", 3],
    ["more figures than columns", "广播 Radio 88 90 93 93", 3],
    ["a sentence", "全年客运量增长。Passenger 88 90 93", 3],
  ])("bilingualRow: %s is no row", (_, line, columns) => {
    expect(bilingualRow(line, 0, line.length, columns)).toBeUndefined();
  });

  test.each([
    ["项目 Item 2010 2015 2020 2021", "项目 Item", 4],
    ["  目            Item 2006 2007", "目            Item", 2],
  ] as const)("bilingualHead: %s", (line, corner, years) => {
    const head = bilingualHead(line, 0, line.length);
    expect(head && line.slice(...head.corner)).toBe(corner);
    expect(head?.years.length).toBe(years);
  });

  test.each([
    ["one year", "项目 Item 2021"],
    ["no corner", "2019 2020 2021"],
    ["a corner in English", "Item 2019 2020 2021"],
  ])("bilingualHead: %s is no head", (_, line) => {
    expect(bilingualHead(line, 0, line.length)).toBeUndefined();
  });
});
