import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A web page's `|` table copied with a line of a bar alone under its head or between its rows
 * (`案件类别 | 7月(宗) | 6月(宗) |` / `|` / `市容环境 | 1420 | 1655 |`: an empty row the page
 * printed): the bar line is passed over, so the head stays the table's head and its units reach
 * the figures under it. A bar alone after the last row, a row of empty cells between bars, and a
 * one-column bordered table keep what they did. Every example is written for the rule, not taken
 * from a page.
 */

const HEAD = "案件类别 | 7月(宗) | 6月(宗) | 结案率(%) |";
const ROWS = [
  "市容环境 | 1420 | 1655 | 99.30% |",
  "宣传广告 | 3620 | 3564 | 99.97% |",
  "街面秩序 | 7921 | 7280 | 99.86% |",
];

const parse = (tableLines: string[]) =>
  parseBulletinText(
    [
      "某市数字城管月报",
      "7月份，系统共受理案件14090宗。",
      "二、各类案件处理情况",
      ...tableLines,
    ].join("\n"),
  ).bulletin as Bulletin;

/** Each table as its head cells and its row count. */
const shapes = (tableLines: string[]) => {
  const b = parse(tableLines);
  return tablesOf(b).map((t) => ({
    head: (t.head?.[0] ?? []).map((c) => cellText(b, c)),
    rows: t.rows.length,
  }));
};

/** The metrics read as `value unit`. */
const figures = (tableLines: string[]) =>
  parse(tableLines).metrics.map((m) => `${m.value}${m.unit}`);

const HEAD_CELLS = ["案件类别", "7月（宗）", "6月（宗）", "结案率（%）"];

describe("a line of a bar alone inside a | table", () => {
  test.each([
    ["under the head", [HEAD, "|", ...ROWS]],
    ["under the head, spaced", [HEAD, " | ", ...ROWS]],
    ["between two rows", [HEAD, ROWS[0] as string, "|", ...ROWS.slice(1)]],
    ["under the head and between rows", [HEAD, "|", ROWS[0] as string, "|", ...ROWS.slice(1)]],
  ])("%s: passed over, the head heads the rows", (_, lines) => {
    expect(shapes(lines)).toEqual([{ head: HEAD_CELLS, rows: 3 }]);
  });

  test("the head's units reach the figures under a bar line", () => {
    expect(figures([HEAD, "|", ...ROWS])).toEqual(figures([HEAD, ...ROWS]));
    expect(figures([HEAD, "|", ...ROWS])).toContain("3620宗");
  });
});

describe("near-misses that keep what they did", () => {
  test.each([
    ["no bar line", [HEAD, ...ROWS]],
    ["a bar alone after the last row", [HEAD, ...ROWS, "|"]],
    ["a bar alone over the head", ["|", HEAD, ...ROWS]],
    [
      "a last row wrapped before its closing bar",
      [HEAD, ...ROWS.slice(0, 2), "街面秩序 | 7921 | 7280 | 99.86%", "|"],
    ],
  ])("%s", (_, lines) => {
    expect(shapes(lines)).toEqual([{ head: HEAD_CELLS, rows: 3 }]);
  });

  test.each([
    ["a row of empty cells between bars", "| | | | |"],
    ["two bars", "||"],
  ])("%s under the head stays a row", (_, bars) => {
    expect(shapes([HEAD, bars, ...ROWS])).toEqual([{ head: HEAD_CELLS, rows: 4 }]);
  });
});
