import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A yearbook's table copied one cell a line, each cell closed by a bar on the line under it, whose
 * head cells the page broke over two lines (`机构数` / `(个)` / `|`, `#卫生技术` / `人员` / `|`): among
 * the head cells (before any figure) two bare lines over a bar are one cell. After the first
 * figure, two bare lines over a bar join no cell. The lines are from
 * `nanjing-hospitals-2020-yearbook-table` (表14—16), cut to its first columns.
 */

const parse = (lines: readonly string[]): Bulletin =>
  parseBulletinText(["表14—16 各类医院基本情况(2020年)", ...lines].join("\n")).bulletin as Bulletin;

/** Cells, each followed by a line holding a bar; a cell given as lines keeps its break. */
const barred = (cells: readonly (string | readonly string[])[]): string[] =>
  cells.flatMap((c) => [...(typeof c === "string" ? [c] : c), "|"]);

const rows = [
  ["全 市", "271", "57455"],
  ["综合医院", "105", "29419"],
  ["中医院", "38", "8126"],
];

const shape = (b: Bulletin) => {
  const t = tablesOf(b)[0];
  return {
    head: (t?.head?.[0] ?? []).map((c) => cellText(b, c)),
    rows: (t?.rows ?? []).map((row) => row.map((c) => cellText(b, c))),
  };
};

describe("a barred table's head cell broken over two lines", () => {
  test.each([
    [
      "a unit in brackets under each head cell",
      ["指 标", ["机构数", "(个)"], ["实有床位数", "(张)"]],
      ["指标", "机构数（个）", "实有床位数（张）"],
    ],
    [
      "a word broken in two",
      ["指 标", ["#卫生技术", "人员"], ["#执业(助理)", "医师"]],
      ["指标", "#卫生技术人员", "#执业（助理）医师"],
    ],
  ])("parseBulletinText: %s reads as one cell", (_, head, want) => {
    const b = parse(barred([...head, ...rows.flat()]));
    expect(shape(b)).toEqual({
      head: want,
      rows: [
        ["全市", "271", "57455"],
        ["综合医院", "105", "29419"],
        ["中医院", "38", "8126"],
      ],
    });
  });
});

describe("bare lines over a bar a barred table does not join (near misses)", () => {
  test("parseBulletinText: after the first figure, two lines over a bar join no cell", () => {
    const cells = barred(["指 标", ["机构数", "(个)"], ["实有床位数", "(张)"], ...rows.flat()]);
    const b = parse([...cells, "中西医结合医院", "4", "|", "1364", "|"]);
    const { rows: read } = shape(b);
    expect(read.flat()).not.toContain("中西医结合医院4");
    expect(read.length).toBe(3);
  });
});
