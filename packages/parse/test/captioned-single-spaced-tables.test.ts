import { parseBulletinText } from "@bulletin/parse";
import type { Block, Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A captioned table whose head and rows single spaces part, as statistics bulletins copied from a
 * page print them (batch s14g, a district 统计公报: `表2主要农产品产量及其增长速度` / `单位:吨` /
 * `产品名称 产量 比上年增长%` / `粮食 21774 0.99` / `其中:稻谷 19179 1.02` / …): every row with as many
 * cells as the head is read, not only the first. A row with another number of cells, or a
 * sentence, ends the table. Every text here is written for the test.
 */

const shape = (text: string): { columns: number; rows: number }[] =>
  parseBulletinText(text)
    .bulletin.sections.flatMap((s) =>
      s.items.flatMap((i) => i.body.filter((b: Block): b is Table => !Array.isArray(b))),
    )
    .map((t) => ({ columns: t.head?.[t.head.length - 1]?.length ?? 0, rows: t.rows.length }));

const lead = "二、农业\n粮食全年总产量21774吨，增长0.99%。\n";

describe("captioned tables parted by single spaces", () => {
  test.each([
    [
      "表2主要农产品产量及其增长速度\n单位:吨\n产品名称 产量 比上年增长%\n粮食 21774 0.99\n其中:稻谷 19179 1.02\n油料 49 8.9\n水果 1376 5\n蔬菜 50523 -1.7\n全年农田有效灌溉面积达1148公顷。",
      [{ columns: 3, rows: 5 }],
    ],
    [
      "表3 规模以上工业主要产品产量\n产品名称 单位 产量 增长%\n原煤 万吨 120.5 3.2\n水泥 万吨 86.1 -2.4\n发电量 亿千瓦时 12.3 5.6\n年末全区共有规模以上工业企业86家。",
      [{ columns: 4, rows: 3 }],
    ],
  ])("reads every row of %j", (table, expected) => {
    expect(shape(`${lead}${table}`)).toEqual(expected);
  });

  test("a row with another number of cells ends the table", () => {
    const text = `${lead}表2主要农产品产量及其增长速度\n产品名称 产量 比上年增长%\n粮食 21774 0.99\n油料 49 8.9\n水果 1376 5 另计\n蔬菜 50523 -1.7\n全年完成造林面积777公顷。`;
    expect(shape(text)).toEqual([{ columns: 3, rows: 2 }]);
  });
});
