import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A table copied one cell a line whose head has two rows, the second printing only the cells
 * under the first one's blank (spanned) cells: `卫生人员数(人)` / `` / `` / `#卫生技术人员` /
 * `#执业(助理)医师` / `全 市` / `271` …. The words after the first run of blank head cells, as many
 * as the blanks, are the head's second row, set under those blanks, when the columns agree better
 * without them. A blank head cell over rows that fill it, and a blank corner, leave the head one row.
 * Among bare lines (no bars) the rule is not asked: a blank line there may part a title from the
 * head (`short-titles-over-periods.test.ts`). The lines are from
 * `nanjing-hospitals-2020-yearbook-table` (表14—16), each cell closed by a bar.
 */

const parse = (cells: readonly string[]): Bulletin =>
  parseBulletinText(
    [
      "表14—16 各类医院基本情况(2020年)",
      ...cells.flatMap((c) => (c === "" ? ["|"] : [c, "|"])),
    ].join("\n"),
  ).bulletin as Bulletin;

const heads = (b: Bulletin): string[][] =>
  (tablesOf(b)[0]?.head ?? []).map((row) => row.map((c) => cellText(b, c)));
const rowCount = (b: Bulletin): number => tablesOf(b)[0]?.rows.length ?? 0;

const hospitals = [
  ["全 市", "271", "57455", "83314", "69786", "23804"],
  ["综合医院", "105", "29419", "47958", "40869", "13964"],
  ["中医院", "38", "8126", "11264", "9948", "3720"],
  ["专科医院", "68", "13438", "18904", "15385", "4977"],
].flat();

describe("a second head row under the first one's blank cells", () => {
  test.each([
    [
      "the hospitals' head, two blanks and two words under them",
      [
        "指 标",
        "机构数(个)",
        "实有床位数(张)",
        "卫生人员数(人)",
        "",
        "",
        "#卫生技术人员",
        "#执业(助理)医师",
      ],
      [
        ["指标", "机构数（个）", "实有床位数（张）", "卫生人员数（人）", "", ""],
        ["", "", "", "", "#卫生技术人员", "#执业（助理）医师"],
      ],
    ],
    [
      "one blank and one word under it, the last column cut off",
      ["指 标", "机构数(个)", "实有床位数(张)", "卫生人员数(人)", "", "#卫生技术人员"],
      [
        ["指标", "机构数（个）", "实有床位数（张）", "卫生人员数（人）", ""],
        ["", "", "", "", "#卫生技术人员"],
      ],
    ],
  ])("parseBulletinText: %s", (_, head, want) => {
    const b = parse([...head, ...hospitals.filter((_, k) => k % 6 < (want[0]?.length ?? 0))]);
    expect(heads(b)).toEqual(want);
    expect(rowCount(b)).toBe(4);
  });
});

describe("blank head cells that are no second row's place (near misses)", () => {
  test("parseBulletinText: a blank last head cell over rows that fill it stays one head row", () => {
    const b = parse([
      "指 标",
      "机构数(个)",
      "实有床位数(张)",
      "",
      ...hospitals.slice(0, 24).filter((_, k) => k % 6 < 4),
    ]);
    expect(heads(b)).toEqual([["指标", "机构数（个）", "实有床位数（张）", ""]]);
    expect(rowCount(b)).toBe(4);
  });

  test("parseBulletinText: a blank corner stays the head's first cell", () => {
    // (Cells closed by ` |`, as the corner's bar alone opens no table of barred cells.)
    const cells = [
      "",
      "机构数(个)",
      "实有床位数(张)",
      "卫生人员数(人)",
      ...hospitals.filter((_, k) => k % 6 < 4),
    ];
    const b = parseBulletinText(
      ["表14—16 各类医院基本情况(2020年)", ...cells.map((c) => `${c} |`)].join("\n"),
    ).bulletin as Bulletin;
    expect(heads(b)).toEqual([["", "机构数（个）", "实有床位数（张）", "卫生人员数（人）"]]);
    expect(rowCount(b)).toBe(4);
  });
});
