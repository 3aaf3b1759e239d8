import type { Bulletin, Table } from "@bulletin/schema";

/**
 * A table with every span the model has: a head of two rows (`地区` and `办结率` spanning
 * both, `受理量` over `本月` and `同比`), a body cell spanning two rows and one spanning two
 * columns, `/` and `—`, a caption and a note.
 */
export const SPANNING_TABLE: Table = {
  type: "table",
  caption: "表1 各地区受理情况",
  head: [
    [
      { content: ["地区"], rowSpan: 2 },
      { content: ["受理量"], colSpan: 2 },
      { content: ["办结率"], rowSpan: 2 },
    ],
    [["本月"], ["同比"]],
  ],
  rows: [
    [["成都市"], ["4528件"], ["+3.2%"], { content: ["98.5%"], rowSpan: 2 }],
    [["绵阳市"], ["1260件"], ["—"]],
    [["合计"], { content: ["5788件"], colSpan: 2 }, ["/"]],
  ],
  notes: [["注：同比为与上年同月相比。"]],
};

/**
 * {@link SPANNING_TABLE}'s rows as the text writer prints them and readDocx and readPdf give
 * them back: a `| a | b |` line a row, the `| --- |` rule under the two head rows, a spanning
 * cell's text in its first column and blanks in the others.
 */
export const SPANNING_TABLE_ROWS: readonly string[] = [
  "| 地区 | 受理量 |  | 办结率 |",
  "|  | 本月 | 同比 |  |",
  "| --- | --- | --- | --- |",
  "| 成都市 | 4528件 | +3.2% | 98.5% |",
  "| 绵阳市 | 1260件 | — |  |",
  "| 合计 | 5788件 |  | / |",
];

/** The bulletin with a last section that holds a paragraph and {@link SPANNING_TABLE}. */
export function withSpanningTable(b: Bulletin): Bulletin {
  b.sections.push({
    title: "分地区受理情况",
    items: [{ body: [["各地区受理情况如下。"], structuredClone(SPANNING_TABLE)] }],
  });
  return b;
}
