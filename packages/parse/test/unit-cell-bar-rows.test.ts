import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A `表9 …` caption over a web table copied one cell a line, its unit printed as a cell of its
 * own (`单位:亿元、万件 |`) and the unit row's blank cells as a line of bars under it (`||||||||`),
 * then the head's and rows' cells, each closed by ` |`: the unit folds into the caption without
 * its bar, the line of bars is passed over, and the cells give the table. Every example is
 * written for the rule.
 */

const cells = (rows: readonly (readonly string[])[]): string[] =>
  rows.flatMap((r) => r.map((c) => `${c} |`));

const parse = (lines: readonly string[]) =>
  parseBulletinText(
    [
      "某省民政事业发展统计公报",
      "一、社会事务",
      ...lines,
      "二、其他",
      "全年各项工作有序推进。",
    ].join("\n"),
  ).bulletin as Bulletin;

const shapes = (lines: readonly string[]) => {
  const b = parse(lines);
  return tablesOf(b).map((t) => ({
    caption: t.caption,
    columns: t.head?.[t.head.length - 1]?.length ?? 0,
    rows: t.rows.length,
    first: (t.rows[0] ?? []).map((c) => cellText(b, c)).join("/"),
  }));
};

const YEARS = [
  ["指标", "2010年", "2011年", "2012年", "2013年", "2014年"],
  ["接收社会捐款", "596.8", "490.1", "572.5", "566.4", "604.4"],
  ["接收捐赠衣被", "2750.2", "2918.5", "12538.2", "10405.0", "5244.5"],
];
const DISTRICTS = [
  ["地区", "受理量", "办结量", "办结率"],
  ["甲区", "1218", "1200", "98.5"],
  ["乙区", "7327", "7301", "99.6"],
  ["丙区", "375", "370", "98.7"],
];

describe("a unit cell and a line of bars between a caption and its cells", () => {
  test.each([
    [
      "a 民政 table of years",
      ["表9 接收社会捐款和衣被", "单位:亿元、万件 |", "||||||", ...cells(YEARS)],
      {
        caption: "表9 接收社会捐款和衣被 单位：亿元、万件",
        columns: 6,
        rows: 2,
        first: "接收社会捐款/596.8/490.1/572.5/566.4/604.4",
      },
    ],
    [
      "a 12345 table of districts",
      ["表2 各区诉求办理情况", "单位:件 |", "||||", ...cells(DISTRICTS)],
      {
        caption: "表2 各区诉求办理情况 单位：件",
        columns: 4,
        rows: 3,
        first: "甲区/1218/1200/98.5",
      },
    ],
  ])("parseBulletinText: %s is read under its caption and unit", (_, lines, shape) => {
    expect(shapes(lines)[0]).toEqual(shape);
  });

  test("parseBulletinText: a unit cell without the line of bars folds in without its bar", () => {
    expect(shapes(["表2 各区诉求办理情况", "单位:件 |", ...cells(DISTRICTS)])[0]).toEqual({
      caption: "表2 各区诉求办理情况 单位：件",
      columns: 4,
      rows: 3,
      first: "甲区/1218/1200/98.5",
    });
  });

  test("parseBulletinText: a bare unit line under the caption is read as before", () => {
    expect(shapes(["表2 各区诉求办理情况", "单位:件", ...cells(DISTRICTS)])[0]).toEqual({
      caption: "表2 各区诉求办理情况 单位：件",
      columns: 4,
      rows: 3,
      first: "甲区/1218/1200/98.5",
    });
  });
});
