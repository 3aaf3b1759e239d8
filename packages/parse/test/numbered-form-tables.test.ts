import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A statistics form whose cells single spaces part, a row under its head numbering its figure
 * columns (`指标名称 单位 代码 数量 上季度 环比 上月` / `1 2 3 4`): each row prints only the cells it
 * fills, its figures from the left of the numbered columns, its words in the naming columns
 * (label first, code last). Written for the rule (held-out-222's `sichuan-minzheng-2022-09-mzt`,
 * lines 10–25 below, shortened); the near-misses are invented.
 */

const form = [
  "地区编码:510000000000 2022年09月 批转机关:国 家 统 计 局",
  "指标名称 单位 代码 数量 上季度 环比 上月",
  "1 2 3 4",
  "一、综合 JZH011000000",
  "   (一)乡级行政区划 JZH011110000 3,101 3,101",
  "       1.镇 JZH011111000 2,016 2,016",
  "       4.苏木 JZH011112200",
  "(二)民政事业费累计支出 万元 JZH011310000 1,750,824.6 1,142,713.9 53.22",
  "        其中:(1)儿童福利 万元 JZH011211100 43,925.6 29,083.3 51.03",
  "                   其中:A 孤儿基本生活保障支出 万元 JZH011211101 18,907.0 12,245.5 54.40",
].join("\n");

const read = (text: string) => {
  const bulletin = parseBulletinText(text).bulletin as Bulletin;
  return tablesOf(bulletin).map((t) => ({
    head: (t.head ?? []).map((row) => row.map((c) => cellText(bulletin, c))),
    rows: t.rows.map((row) => row.map((c) => cellText(bulletin, c))),
  }));
};

describe("a form whose head numbers its figure columns", () => {
  test("parseBulletinText: reads its rows into the head's columns, figures from the first numbered one", () => {
    const [table, ...others] = read(form);
    expect(others).toEqual([]);
    expect(table?.head).toEqual([
      ["指标名称", "单位", "代码", "数量", "上季度", "环比", "上月"],
      ["", "", "", "1", "2", "3", "4"],
    ]);
    expect(table?.rows.map((row) => row.length)).toEqual([7, 7, 7, 7, 7, 7, 7]);
    expect(table?.rows[0]).toEqual(["一、综合", "", "JZH011000000", "", "", "", ""]);
    expect(table?.rows[1]?.slice(0, 5)).toEqual([
      "（一）乡级行政区划",
      "",
      "JZH011110000",
      "3,101",
      "3,101",
    ]);
    expect(table?.rows[3]).toEqual(["4.苏木", "", "JZH011112200", "", "", "", ""]);
    expect(table?.rows[4]?.slice(0, 3)).toEqual([
      "（二）民政事业费累计支出",
      "万元",
      "JZH011310000",
    ]);
    expect(table?.rows[4]?.[5]).toBe("53.22");
    // Words past the naming columns belong to the label.
    expect(table?.rows[6]?.slice(0, 3)).toEqual([
      "其中：A 孤儿基本生活保障支出",
      "万元",
      "JZH011211101",
    ]);
  });
  test("parseBulletinText: labels a row's figures by its words, not by its code", () => {
    const { metrics } = parseBulletinText(form).bulletin;
    expect(metrics.map((m) => m.label)).toContain("（二）民政事业费累计支出数量");
    expect(metrics.map((m) => m.label)).not.toContainEqual(expect.stringContaining("JZH"));
  });
});

describe("near-misses", () => {
  const head = "指标名称 单位 代码 数量 上季度 环比 上月";
  test.each([
    [
      "a numbering row with a number for every head cell",
      `${head}\n1 2 3 4 5 6 7\n镇 个 JZH011111000 2,016 2,016\n乡 个 JZH011112000 543 543\n街道 个 JZH011113000 459 459`,
    ],
    [
      "two rows only",
      `${head}\n1 2 3 4\n镇 个 JZH011111000 2,016 2,016\n乡 个 JZH011112000 543 543\n全省乡镇数量与上季度持平。`,
    ],
    [
      "numbers under a sentence",
      "全省共有乡镇2016个，与上季度持平。\n1 2 3 4\n镇 个 2,016\n乡 个 543\n街道 个 459",
    ],
  ])("parseBulletinText: %s is no such form", (_, text) => {
    expect(read(text).flatMap((t) => t.head)).not.toContainEqual(["", "", "", "1", "2", "3", "4"]);
  });

  test("parseBulletinText: a sentence under the form ends it, a paragraph of its own", () => {
    const text = `${form}\n全省民政事业费累计支出比上季度增长53.22%。`;
    const bulletin = parseBulletinText(text).bulletin as Bulletin;
    expect(tablesOf(bulletin).map((t) => t.rows.length)).toEqual([7]);
    const paragraphs = bulletin.sections.flatMap((s) =>
      s.items.flatMap((i) => i.body.filter((b) => Array.isArray(b))),
    );
    expect(
      paragraphs.map((p) => p.map((n) => (typeof n === "string" ? n : "#")).join("")),
    ).toContainEqual(expect.stringContaining("全省民政事业费累计支出比上季度增长"));
  });
});
