import { parseBulletinText } from "@bulletin/parse";
import type { Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A table copied one cell a line under a title that names it as a 统计公报 does (`…及其增长速度`,
 * `…及其增速`) or as a form (`…公示表.`, a point after it), a bar alone on the line under the title,
 * and a unit line (`单位:亿元`, `單位:人、萬元 |`) under that: the title and the unit are the table's
 * caption, not its first cells, so that the columns are inferred from the cells alone. Written for
 * the rule (session 24's tuning misses: a district's 统计公报, a city's 医保 fund notice in
 * traditional characters); the cases are invented.
 */

const intro = "全年完成地区生产总值128.6亿元，比上年增长6.1%。";
const after = "全年新增城镇就业岗位3200个，比上年增加150个。";

/** Cells, each followed by a line holding a bar. */
const barred = (cells: readonly string[]): string => cells.map((c) => `${c}\n|`).join("\n");
/** Cells, each closed by a bar at its end (a blank cell a bar alone). */
const closed = (cells: readonly string[]): string =>
  cells.map((c) => (c === "" ? "|" : `${c} |`)).join("\n");

const tablesOf = (text: string): Table[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) =>
      i.body.filter((b): b is Table => !Array.isArray(b) && b.type === "table"),
    ),
  );

const shape = (t: Table) => ({
  caption: t.caption,
  columns: t.head?.[t.head.length - 1]?.length ?? 0,
  rows: t.rows.length,
});

const growth = [
  ["指 标", "绝对数", "比上年增长%"],
  ["生产总值", "128.6", "6.1"],
  ["第一产业", "12.3", "3.2"],
  ["第二产业", "60.5", "7.4"],
  ["第三产业", "55.8", "-0.6"],
].flat();

const fund = [
  ["险种类别", "参保人数", "上年结余", "当年收入", "当年支出", "备注"],
  ["职工医保", "21400", "1520.30", "6120.45", "3980.12", "含生育保险"],
  ["居民医保", "198230", "9870.22", "15230.10", "5120.33", ""],
  ["医疗救助", "", "40.18", "980.20", "870.05", ""],
].flat();

describe("a titled table of cells each closed by a bar", () => {
  test.each([
    [
      "a 统计公报's title and unit, bars on the lines under them",
      `一、综合\n${intro}\n2023年全县生产总值及其增长速度\n|\n单位:亿元\n|\n${barred(growth)}\n${after}`,
      { caption: "2023年全县生产总值及其增长速度 单位：亿元", columns: 3, rows: 4 },
    ],
    [
      "the same without a unit line, 增速",
      `一、综合\n${intro}\n2023年全县生产总值及其增速\n|\n${barred(growth)}\n${after}`,
      { caption: "2023年全县生产总值及其增速", columns: 3, rows: 4 },
    ],
    [
      "a form's title with a point, bars under it, a unit closed by its bar",
      `一、基金情况\n${intro}\n2023年1-6月某县医疗保障基金运行情况公示表.\n|\n|\n|\n单位:人、万元 |\n|\n${closed(fund)}\n${after}`,
      {
        caption: "2023年1-6月某县医疗保障基金运行情况公示表。 单位：人、万元",
        columns: 6,
        rows: 3,
      },
    ],
  ])("%s", (_, text, expected) => {
    expect(tablesOf(text).map(shape)).toEqual([expected]);
  });
});

describe("near-misses", () => {
  test("a sentence ending in 增长速度 over text is no caption", () => {
    const text = `一、综合\n${intro}\n全县服务业保持较快的增长速度。\n${after}`;
    expect(tablesOf(text)).toEqual([]);
  });

  test("a title with no bar under it is text over text", () => {
    const text = `一、综合\n2023年全县生产总值及其增长速度\n${intro}\n${after}`;
    expect(tablesOf(text)).toEqual([]);
  });
});
