import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A table copied one cell a line, one empty line between cells, where a cell the page left empty
 * is one empty line more (`规模以上工业产品销售率(%)` / `100.9` / `` / `` / `99.6` / `` / `` / next row):
 * each empty line past the first is a blank cell, so the rows after it keep their columns. A
 * longer run of empty lines (more than three blank cells) ends the table; so does one not followed
 * by a cell, or by a line of text re-wrapped short (a clause mark in it). Every text here is written for the rule, not taken from a page.
 */

/** Cells one a line, an empty line between; `null` for a cell left empty (one empty line more). */
const linesOf = (cells: (string | null)[]): string =>
  cells.map((c) => (c === null ? "" : `${c}\n`)).join("\n");

const HEAD = ["指标名称", "本月", "比去年同月增长(%)", "累计", "比去年同期增长(%)"];
const BODY: (string | null)[] = [
  ...["全市工业总产值(亿元)", "3694.41", "7.6", "33034.98", "0.4"],
  ...["规模以上工业产品销售率(%)", "100.9", null, "99.6", null],
  ...["出口交货值(亿元)", "769.50", "2.9", "6843.58", "-0.4"],
  ...["六个重点行业工业总产值(亿元)", "2458.77", "10.1", "21247.96", "2.9"],
];

const lead = "一、工业生产\n全市工业总产值3694.41亿元。\n\n";
const textOf = (cells: (string | null)[]) =>
  `${lead}${linesOf(cells)}\n\n\n\n\n\n工业统计范围及主要指标解释`;

const shape = (text: string) => {
  const bulletin = parseBulletinText(text).bulletin as Bulletin;
  return tablesOf(bulletin).map((t) => ({
    columns: t.head?.[t.head.length - 1]?.length ?? 0,
    rows: t.rows.map((r) => r.map((c) => cellText(bulletin, c)).join("|")),
  }));
};

describe("blank cells as empty lines more, one cell a line", () => {
  test("parseBulletinText: an empty line more is a blank cell of its row", () => {
    expect(shape(textOf([...HEAD, ...BODY]))).toEqual([
      {
        columns: 5,
        rows: [
          // (A metric's cell written back as its value: `3694.41` 亿元 is 369441000000.)
          "全市工业总产值（亿元）|369441000000|7.6|3303498000000|0.4",
          "规模以上工业产品销售率（%）|100.9%||99.6%|",
          "出口交货值（亿元）|76950000000|2.9|684358000000|-0.4",
          "六个重点行业工业总产值（亿元）|245877000000|10.1|2124796000000|2.9",
        ],
      },
    ]);
  });

  test("parseBulletinText: a long run of empty lines ends the table (counter-case)", () => {
    const cells = [...HEAD, ...BODY.slice(0, 5), null, null, null, null, ...BODY.slice(10)];
    expect(shape(textOf(cells)).map((t) => t.rows.length)).not.toContain(3);
  });

  test("parseBulletinText: text re-wrapped short after an empty line more is no cell (counter-case)", () => {
    const text = `${lead}${linesOf([...HEAD, ...BODY])}\n\n三季度销售率下降主要有两方面原因:一是\n出口订单减少,二是部分企业\n停产检修,三是原材料价格上涨\n企业生产成本上升,利润空间\n受到挤压,四是物流运输不畅\n部分产品库存增加,销售放缓。`;
    expect(shape(text).map((t) => t.rows.length)).toEqual([4]);
  });

  test("parseBulletinText: empty lines between short lines of text are no cells (counter-case)", () => {
    const text =
      "一、工作动态\n本周重点工作如下。\n\n加强巡查\n\n\n落实责任\n\n\n强化督办\n\n\n二、下周安排\n继续推进各项工作。";
    expect(shape(text)).toEqual([]);
  });
});
