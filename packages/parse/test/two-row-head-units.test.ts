import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook table printed one cell a line, its head in two rows: `机构数（个）` and the other heads
 * naming their units span both rows (blank cells under them in the last row), and the last row
 * holds only the parts of the column before (`#卫生技术人员`, `#执业（助理）医师`: `#` marks 其中).
 * A bare number takes the unit of the head over its blank cell, and a part's column the unit of
 * the column it is a part of. The first three rows of a tuning text (nanjing-hospitals-2020-yearbook-table).
 */

const caption = "表14—16 各类医院基本情况(2020年)\n";
const head = (units: readonly string[]): string =>
  [
    "指 标",
    "|",
    `机构数\n${units[0]}`,
    "|",
    `实有床位数\n${units[1]}`,
    "|",
    units[2] === "" ? "卫生人员数" : `卫生人员数\n${units[2]}`,
    "|",
    "|",
    "|",
    "#卫生技术\n人员",
    "|",
    "#执业(助理)\n医师",
    "|",
  ].join("\n");
/** Each row's cells one a line, each closed by a bar on the line under it; a blank row closes the table. */
const rows = [
  ["全 市", "271", "57455", "83314", "69786", "23804"],
  ["综合医院", "105", "29419", "47958", "40869", "13964"],
  ["中医院", "38", "8126", "11264", "9948", "3720"],
]
  .map((cells) => cells.map((cell) => `${cell}\n|`).join("\n"))
  .join("\n")
  .concat("\n|\n|");

const metricsOf = (text: string): Map<string, string> =>
  new Map(parseBulletinText(text).bulletin.metrics.map((m) => [m.label, `${m.value}${m.unit}`]));

describe("units of a head printed over two rows", () => {
  const found = metricsOf(`${caption}${head(["(个)", "(张)", "(人)"])}\n${rows}\n`);
  test.each([
    ["全市机构数", "271个"],
    ["全市实有床位数", "57455张"],
    ["全市卫生人员数", "83314人"],
    ["全市#卫生技术人员", "69786人"],
    ["全市#执业（助理）医师", "23804人"],
    ["综合医院机构数", "105个"],
    ["综合医院#执业（助理）医师", "13964人"],
  ])("twoRowHead: %s is %s", (label, figure) => {
    expect(found.get(label)).toBe(figure);
  });
});

describe("near-misses", () => {
  test("twoRowHead: a head over a blank cell naming no unit leaves its numbers and its parts' bare", () => {
    const found = metricsOf(`${caption}${head(["(个)", "(张)", ""])}\n${rows}\n`);
    expect(found.get("全市机构数")).toBe("271个");
    expect(found.get("全市卫生人员数")).toBeUndefined();
    // Nor do its parts take another column's unit.
    expect(found.get("全市#卫生技术人员")).toBeUndefined();
  });
});
