import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { MASTHEAD, tableShapes } from "./table-cells";

/**
 * A web copy's `|` table whose head row was wrapped after its bars: the first line holds the first
 * cells of the head (`地区 | 受理量(件) | 同比增长(%) |`), its last cells each stand on a line of
 * their own closed by a bar (`办结量(件) |`), and the rows under it are one line each. The lone
 * cells belong to the head when the row under them is exactly as wide as the head with them.
 * Written for the rule (session 24's tuning misses: a national 快递 table by province); the cases
 * are invented.
 */

const rows = ["城东区 | 1520 | 12.5 | 1498 | 11.2 |", "城西区 | 980 | -3.1 | 960 | -2.8 |"];
const rows4 = ["城东区 | 1520 | 12.5 | 1498 |", "城西区 | 980 | -3.1 | 960 |"];
const after = "二、办理情况\n全市诉求按期办结率为98.6%，比上月提高0.4个百分点。";

const text = (head: readonly string[], body: readonly string[]): string =>
  `${MASTHEAD}${head.join("\n")}\n${body.join("\n")}\n${after}`;

describe("a head row wrapped after its bars", () => {
  test.each([
    [
      "two cells wrapped, one a line",
      ["地区 | 受理量(件) | 同比增长(%) |", "办结量(件) |", "同比增长(%) |"],
      rows,
      { columns: 5, rows: 2 },
    ],
    [
      "one cell wrapped",
      ["地区 | 受理量（件） | 同比增长（%） |", "办结量（件） |"],
      rows4,
      { columns: 4, rows: 2 },
    ],
    [
      "three cells wrapped, under a caption",
      [
        "表1 各区诉求办理情况",
        "地区 | 受理量(件) |",
        "同比增长(%) |",
        "办结量(件) |",
        "同比增长(%) |",
      ],
      rows,
      { columns: 5, rows: 2 },
    ],
  ])("%s", (_, head, body, expected) => {
    expect(tableShapes(parseBulletinText(text(head, body)).bulletin)).toEqual([expected]);
  });

  test("a wrapped cell's unit reads the figures under it", () => {
    const { bulletin } = parseBulletinText(
      text(["地区 | 受理量(件) | 同比增长(%) |", "办结量(件) |", "同比增长(%) |"], rows),
    );
    expect(bulletin.metrics.some((m) => m.value === 1498 && m.unit === "件")).toBe(true);
  });
});

describe("near-misses", () => {
  test.each([
    [
      // Lone cells one short of the rows' width: no wrapped head, as before.
      "lone cells that do not make up the rows' width",
      ["地区 | 受理量(件) | 同比增长(%) |", "办结量(件) |"],
      rows,
    ],
    [
      // A figure on its own line is a row's cell, not a head's.
      "a lone figure under the head",
      ["地区 | 受理量(件) | 同比增长(%) |", "1498 |"],
      rows4,
    ],
  ])("%s: unchanged", (_, head, body) => {
    const shapes = tableShapes(parseBulletinText(text(head, body)).bulletin);
    expect(shapes).not.toContainEqual({ columns: head.length + 2, rows: 2 });
  });
});
