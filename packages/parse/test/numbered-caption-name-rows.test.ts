import { parseBulletinText } from "@bulletin/parse";
import type { Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { MASTHEAD, tablesOf } from "./table-cells";

/**
 * A web copy's `|` table whose caption row holds the table's number alone (`表1 | |||||`), its
 * name on the title row under it (`2024年某镇一般公共预算收入执行情况表 | |||||`) and perhaps its unit
 * on the next (`单位:万元 | |||||`): number, name and unit are the caption, not a row of the head
 * (which shifted the head's rows and the units of the cells under them). Written for the rule
 * (session 24's tuning misses: a town's 预算执行 tables); the cases are invented.
 */

const after = "二、支出情况\n全年一般公共预算支出完成2782万元，完成调整预算的100%。";
const head = ["项 目 | 2023年决算数 | 2024年执行数 | ||", "金额 | 占调整预算% | 比上年增长% | ||"];
const body = ["税收收入 | 401 | 431 | 100 | 7.48 |", "增值税 | 266 | 292 | 100 | 9.77 |"];
const text = (lines: readonly string[]): string =>
  `${MASTHEAD}${[...lines, ...head, ...body].join("\n")}\n${after}`;
const shape = (t: Table) => ({
  caption: t.caption,
  columns: t.head?.[t.head.length - 1]?.length ?? 0,
  heads: t.head?.length ?? 0,
  rows: t.rows.length,
});

describe("a caption row of the table's number alone, its name under it", () => {
  test.each([
    [
      "number, name and unit",
      ["表1 | ||||", "2024年某镇一般公共预算收入执行情况表 | ||||", "单位:万元 | ||||"],
      "表1 2024年某镇一般公共预算收入执行情况表 单位：万元",
    ],
    [
      "number and name",
      ["表2 | ||||", "2024年某镇一般公共预算支出执行情况表 | ||||"],
      "表2 2024年某镇一般公共预算支出执行情况表",
    ],
  ])("%s", (_, lines, caption) => {
    const tables = tablesOf(parseBulletinText(text(lines)).bulletin).map(shape);
    expect(tables).toEqual([{ caption, columns: 5, heads: 2, rows: 2 }]);
  });

  test("the unit reaches the cells", () => {
    const { bulletin } = parseBulletinText(
      text(["表1 | ||||", "2024年某镇一般公共预算收入执行情况表 | ||||", "单位:万元 | ||||"]),
    );
    expect(bulletin.metrics.some((m) => m.value === 4010000 && m.unit === "元")).toBe(true);
  });
});

describe("near-misses", () => {
  test("a caption with its name on its own row keeps the row under it as the head's", () => {
    const tables = tablesOf(
      parseBulletinText(text(["表1 2024年某镇收入执行情况表 | ||||"])).bulletin,
    ).map(shape);
    expect(tables).toEqual([
      { caption: "表1 2024年某镇收入执行情况表", columns: 5, heads: 2, rows: 2 },
    ]);
  });
});

/**
 * The head's second row under its only spanning cell (`2024年执行数 | |` over `金额 | 占调整预算% |
 * 比上年增长%`): as many words as the cell spans, standing under it, and the head cells spanning
 * both rows name the columns before it (`2023年决算数`).
 */
describe("a sub-head row under the head's only spanning cell", () => {
  test("moves under the span, the cells beside it labelled by the upper row", () => {
    const { bulletin } = parseBulletinText(
      text(["表1 2024年某镇收入执行情况表（单位：万元） | ||||"]),
    );
    const [table] = tablesOf(bulletin);
    expect(table?.head?.[1]?.map((c) => (Array.isArray(c) ? c.join("") : ""))).toEqual([
      "",
      "",
      "金额",
      "占调整预算%",
      "比上年增长%",
    ]);
    const labels = bulletin.metrics.map((m) => m.label);
    expect(labels).toContain("税收收入2023年决算数");
    expect(labels).toContain("税收收入金额");
  });

  test("near-miss: two spanning cells leave the sub-head where it stands", () => {
    const two = ["项 目 | 2023年 | | 2024年 | |", "金额 | 增长% | 金额 | 增长% | |"];
    const rows = ["税收收入 | 401 | 7.4 | 431 | 7.5 |", "增值税 | 266 | 9.7 | 292 | 9.8 |"];
    const { bulletin } = parseBulletinText(`${MASTHEAD}${[...two, ...rows].join("\n")}\n${after}`);
    const [table] = tablesOf(bulletin);
    expect(table?.head?.[1]?.map((c) => (Array.isArray(c) ? c.join("") : ""))[2]).not.toBe("金额");
  });
});
