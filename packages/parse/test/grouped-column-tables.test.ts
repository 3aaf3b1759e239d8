import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A statistics table copied from a web page with `|` between its cells prints a head of two rows
 * whose upper cells each span a group of the lower row's columns (`本年 | 上年同期 | 增长(%)` over
 * `本月 | 1-本月 | 上年本月 | 上年1-本月 | 本月 | 累计`), the upper row packed to the left and the
 * lower one short of the corner cells that span both rows (`项目`, `指标名称 | 单位`); it may number
 * its columns under the head (`甲 | 1 | 2 | … | 6`) and break its body into groups by rows of one
 * cell (`一、按销售所在地 | ||||||`). A group's unit (`(%)`) and its words (`增长`) are its columns':
 * the growth rates under `增长(%)` are the changes of the columns at the same place in the first
 * group, a `单位` column in the upper row names each row's unit, and the numbering and group rows
 * belong to the table. Every table here is written for the test.
 */

const metricsOf = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return bulletin.metrics ?? [];
};
const found = (text: string, value: number, unit: string) =>
  metricsOf(text).find((m) => Math.abs(m.value - value) < 1e-6 && m.unit === unit);

const postal = [
  "某省邮政行业运行情况表",
  "指标名称 | 单位 | 5月份 | 比去年同期增长(%) | ||",
  "累计 | 当月 | 累计 | 当月 | ||",
  "一、邮政业务收入 | 亿元 | 123.4 | 25.6 | 12.3 | 10.5 |",
  "其中:快递收入 | 亿元 | 88.8 | 17.7 | 20.1 | 18.2 |",
  "快递业务量 | 万件 | 5432.1 | 1098.7 | -3.4 | -2.1 |",
  "注:业务收入不含储蓄银行营业收入。",
].join("\n");

const retail = [
  "2024年5月某省社会消费品零售总额",
  "金额单位:万元 | ||||||",
  "项目 | 本 年 | 上年同期 | 增长(%) | |||",
  "本月 | 1-本月 | 上年本月 | 上年1-本月 | 本月 | 累计 | |",
  "甲 | 1 | 2 | 3 | 4 | 5 | 6 |",
  "社会消费品零售额 | 3456789.1 | 16543210.2 | 3200000.5 | 15000000.3 | 8.0 | 10.3 |",
  "一、按经营地分 | ||||||",
  "1、城镇 | 3000000.4 | 14000000.2 | 2800000.6 | 12800000.8 | 7.1 | 9.4 |",
  "2、乡村 | 456789.1 | 2543210.2 | 400000.5 | 2200000.3 | 14.2 | 15.6 |",
  "二、按消费类型分 | ||||||",
  "1、餐饮收入 | 345678.9 | 1654321.7 | 300000.1 | 1500000.2 | 15.2 | 10.3 |",
].join("\n");

describe("tables whose head groups its columns", () => {
  test.each([
    ["一、邮政业务收入 5月份累计", 123.4e8, "元", 12.3],
    ["一、邮政业务收入 5月份当月", 25.6e8, "元", 10.5],
    ["其中:快递收入 当月", 17.7e8, "元", 18.2],
    ["快递业务量 累计", 54321000, "件", -3.4],
  ])(
    "a unit column in the upper head row: %s is %d %s, changed by %d%%",
    (_, value, unit, change) => {
      const m = found(postal, value, unit);
      expect(m).toBeDefined();
      expect(m?.comparison?.change).toBe(change);
    },
  );

  test("the growth rates under the change group are no amounts in the row's unit", () => {
    expect(found(postal, 12.3e8, "元")).toBeUndefined();
    expect(found(postal, 12.3, "%")).toBeUndefined();
  });

  test.each([
    ["社会消费品零售额 本月", 34567891000, 8.0],
    ["社会消费品零售额 1-本月", 165432102000, 10.3],
    ["1、城镇 本月 (under a group row)", 30000004000, 7.1],
    ["2、乡村 1-本月", 25432102000, 15.6],
    ["1、餐饮收入 本月 (under the second group row)", 3456789000, 15.2],
  ])("the caption's unit and the change group: %s", (_, value, change) => {
    const m = found(retail, value, "元");
    expect(m).toBeDefined();
    expect(m?.comparison?.change).toBe(change);
  });

  test("one table: the numbering row is the head's, the group rows are the body's", () => {
    const { bulletin } = parseBulletinText(retail);
    const tables = bulletin.sections.flatMap((s) =>
      s.items.flatMap((i) => i.body.filter((b) => !Array.isArray(b))),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ type: "table" });
    const table = tables[0] as { head?: unknown[][]; rows: unknown[][] };
    expect(table.rows).toHaveLength(6);
    expect(table.head).toHaveLength(3);
    // The column numbers are no figures.
    expect(found(retail, 10000, "元")).toBeUndefined();
  });
});

describe("near misses", () => {
  test("an upper row whose groups do not divide the columns under it spans nothing", () => {
    const text = [
      "某市政务服务情况表",
      "项目 | 本月 | 累计 | 增长(%) | ||",
      "受理 | 办结 | 受理 | 办结 | 受理 |",
      "市本级 | 120 | 118 | 1300 | 1290 | 5.1 |",
      "某某区 | 80 | 79 | 900 | 880 | 3.2 |",
    ].join("\n");
    expect(() => parseBulletinText(text)).not.toThrow();
    expect(found(text, 120, "件")).toBeUndefined();
  });

  test("a `单位` column of offices is no column of units", () => {
    const text = [
      "某市窗口办件情况表",
      "序号 | 单位 | 本月 | 累计 | |",
      "办件(件) | 办件(件) | ||",
      "1 | 市场监管局 | 120 | 1300 |",
      "2 | 人社局 | 80 | 900 |",
    ].join("\n");
    expect(metricsOf(text).some((m) => m.unit === "市场监管局")).toBe(false);
  });

  test("a row of one marked cell after the table's last row is no group row", () => {
    const text = [
      "某市投诉情况表",
      "类别 | 本月 | 累计 |",
      "商品类 | 120 | 1300 |",
      "服务类 | 80 | 900 |",
      "二、下一步工作 | ||",
      "要加强分析研判，及时发现问题。",
    ].join("\n");
    const { bulletin } = parseBulletinText(text);
    const tables = bulletin.sections.flatMap((s) =>
      s.items.flatMap((i) => i.body.filter((b) => !Array.isArray(b))),
    ) as { rows: unknown[][] }[];
    expect(tables[0]?.rows).toHaveLength(2);
  });

  test("a head whose last row closes with a blank cell (one cell a line) spans nothing", () => {
    const cells = [
      ["地区", "案件数量(件)", "问题种类数量(个)"],
      ["|||||||||"],
      ["来信", "来电", "合计", "重点", "水", "大气", "土壤", "生态", "辐射", "噪声", "其他", ""],
      ["甲市", "12", "21", "33", "2", "7", "11", "3", "4", "1", "6", "2"],
      ["乙市", "3", "9", "12", "1", "2", "3", "1", "2", "0", "1", "4"],
      ["丙市", "1", "2", "3", "0", "1", "1", "0", "1", "0", "1", "0"],
    ];
    const text = [
      "据了解，本批交办的信访案件已全部转办各地。",
      "某督察组交办某省群众投诉举报案件统计表（第五批）",
      "2023年6月2日",
      ...cells.flatMap((row) => row.map((c) => (c.startsWith("|") ? c : `${c} |`.trim()))),
    ].join("\n");
    // The groups are 4 (件) and 7 (个) wide, which the head does not say: no count gets a unit.
    expect(metricsOf(text)).toEqual([]);
  });

  test("a column spanning both rows in the middle of the head leaves the head where it was", () => {
    const text = [
      "某市各县财政收支情况",
      "单位:万元",
      "单位名称 | 财政收入 | 税收比重% | 财政支出 | ||||",
      "当月 | 累计 | 为预算% | 当月 | 累计 | 为预算% | ||",
      "甲县 | 7379 | 23426 | 63.5 | 70.9 | 38099 | 74423 | 58.2 |",
      "乙县 | 1407 | 5406 | 52.8 | 61.4 | 5937 | 12955 | 47.6 |",
    ].join("\n");
    // `70.9` is the 税收比重 (under no head of the lower row), no share of the budget.
    expect(found(text, 70.9, "%")).toBeUndefined();
    expect(found(text, 61.4, "%")).toBeUndefined();
  });
});
