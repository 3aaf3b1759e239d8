import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A web table copied one cell a line, each cell closed by ` |`, whose head cell the page broke
 * before its unit and whose bar fell on a line of its own (`旅游总收入` / `(亿元)` / `|`): among the
 * head cells (before any figure) the two bare lines and the bar under them are one cell. The rest
 * must be a unit in brackets alone; other bare lines over a lone bar are no part of a cell. Every
 * example is written for the rule.
 */

const parse = (cellLines: readonly string[], before: string) =>
  parseBulletinText(
    [
      "各地区情况通报",
      "现将有关情况通报如下。",
      before,
      ...cellLines,
      "以上数据均为初步统计。",
    ].join("\n"),
  ).bulletin as Bulletin;

/** The first table's last head row and row count. */
const shape = (cellLines: readonly string[], before: string) => {
  const b = parse(cellLines, before);
  const t = tablesOf(b)[0];
  return {
    head: (t?.head?.[t.head.length - 1] ?? []).map((c) => cellText(b, c)),
    rows: t?.rows.length ?? 0,
  };
};

const cells = (rows: readonly (readonly string[])[]) => rows.flat().map((c) => `${c} |`);
/** Two districts' rows of a hotline's counts, under `区县 | 办结率(%) | 受理工单(件)`. */
const districts = cells([
  ["东城区", "98.5", "1203"],
  ["西城区", "97.2", "986"],
]);

describe("a head cell broken before its unit, its bar alone under it", () => {
  test.each([
    [
      "a ranking of income and visitors, two cells broken",
      "国庆假期各市旅游收入排行榜",
      ["名次 |", "城市 |", "旅游总收入", "(亿元)", "|", "同比增长 |", "接待游客", "(万人次)", "|"],
      cells([
        ["1", "甲市", "53.4", "10%", "678.5"],
        ["2", "乙市", "50.2", "8.1%", "663.2"],
        ["3", "丙市", "48.1", "11.2%", "631.9"],
      ]),
      ["名次", "城市", "旅游总收入（亿元）", "同比增长", "接待游客（万人次）"],
      3,
    ],
    [
      "a hotline's counts by district, the last head cell broken",
      "各区县工单办理情况",
      ["区县 |", "办结率(%) |", "受理工单", "(件)", "|"],
      districts,
      ["区县", "办结率（%）", "受理工单（件）"],
      2,
    ],
    [
      "a budget's revenue, the first cell after the corner broken",
      "各乡镇财政收入完成情况",
      ["乡镇 |", "一般公共预算收入", "（万元）", "|", "增幅(%) |"],
      cells([
        ["城关镇", "2843", "-2.1"],
        ["新集镇", "1517", "3.4"],
        ["河口镇", "962", "1.8"],
      ]),
      ["乡镇", "一般公共预算收入（万元）", "增幅（%）"],
      3,
    ],
  ])("parseBulletinText: %s reads as one cell", (_, before, head, body, want, rows) => {
    expect(shape([...head, ...body], before)).toEqual({ head: want, rows });
  });

  test("parseBulletinText: a head printed whole reads as before", () => {
    expect(
      shape(["区县 |", "办结率(%) |", "受理工单(件) |", ...districts], "各区县工单办理情况"),
    ).toEqual({ head: ["区县", "办结率（%）", "受理工单（件）"], rows: 2 });
  });

  test("parseBulletinText: bare words over a lone bar, no unit among them, join no cell", () => {
    const { head } = shape(
      ["区县 |", "办结率(%) |", "受理工单", "各区县工单", "|", ...districts],
      "各区县工单办理情况",
    );
    expect(head.join("")).not.toContain("受理工单各区县工单");
  });

  test("parseBulletinText: a unit in brackets after the figures joins no head cell", () => {
    const b = parse(
      ["区县 |", "办结率(%) |", "受理工单(件) |", ...districts, "合计", "(件)", "|"],
      "各区县工单办理情况",
    );
    const t = tablesOf(b)[0];
    expect(t?.rows.length).toBe(2);
    expect(t?.rows.flat().map((c) => cellText(b, c))).not.toContain("合计（件）");
  });
});
