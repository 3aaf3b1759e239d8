import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A flattened table (rows on lines of their own, cells parted by pipes, tabs or wide gaps) whose
 * first row names its columns by bare years (`指 标 | 单位 | 2011 | 2012 | 2013 |`), as statistics
 * pages print a series: the years, one after another, are the head's words, not a row of figures.
 * A first row whose figures are no run of years (`合计 | 2011 | 2013`, `甲区 | 128 | 131`) stays
 * a row. Every example is written for the rule.
 */

const parse = (lines: readonly string[]) =>
  parseBulletinText(
    [
      "某省文化事业发展情况",
      "一、主要指标",
      ...lines,
      "二、工作动态",
      "全年各项工作有序推进。",
    ].join("\n"),
  ).bulletin as Bulletin;

const shapes = (lines: readonly string[]) => {
  const b = parse(lines);
  return tablesOf(b).map((t) => ({
    head: (t.head ?? []).map((r) => r.map((c) => cellText(b, c)).join("/")),
    rows: t.rows.length,
  }));
};

describe("bare years heading a flattened table's columns", () => {
  test.each([
    [
      "pipes",
      [
        "指 标 | 单位 | 2011 | 2012 | 2013 |",
        "广播综合人口覆盖率 | % | 93.61 | 95.36 | 96.76 |",
        "电视台 | 座 | 6 | 4 | 3 |",
        "有线电视用户数 | 万户 | 462.6 | 474.7 | 498.8 |",
      ],
      { head: ["指标/单位/2011/2012/2013"], rows: 3 },
    ],
    [
      "tabs",
      [
        "项目\t2019\t2020\t2021\t2022",
        "一般公共预算收入\t120.5\t118.2\t130.9\t141.3",
        "税收收入\t90.1\t88.7\t97.5\t101.2",
      ],
      { head: ["项目/2019/2020/2021/2022"], rows: 2 },
    ],
  ])("parseBulletinText: a head of years parted by %s heads the rows", (_, lines, shape) => {
    expect(shapes(lines)[0]).toEqual(shape);
  });

  test.each([
    [
      "years not one after another",
      ["合计 | 2011 | 2013 | 2015 |", "甲区 | 128 | 131 | 140 |", "乙区 | 96 | 99 | 102 |"],
    ],
    ["counts", ["甲区 | 128 | 131 | 140 |", "乙区 | 96 | 99 | 102 |", "丙区 | 77 | 80 | 85 |"]],
  ])("parseBulletinText: a first row of %s stays a row", (_, lines) => {
    expect(shapes(lines)[0]).toEqual({ head: [], rows: 3 });
  });
});
