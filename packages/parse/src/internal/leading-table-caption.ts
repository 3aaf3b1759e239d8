import type { Table } from "@bulletin/schema";
import type { SectionDraft } from "./read-body";

/** How many blocks open a text's body where its leading table may stand: a paragraph, then it. */
const LEADING_BLOCKS = 2;

/**
 * The caption of the table a text without a title opens with (its first block, or its second
 * after one paragraph): a yearbook's or a statistics page's table copied alone
 * (`表14—16 各类医院基本情况（2020年）`), or under the paragraph it sums up (`初步核算，全年完成地区生产总值…`
 * over `2022年全区生产总值及其增长速度`). Its caption names what the table and the text report on,
 * their period too. A table further on, or in a later part, is not the text's; a text with a title
 * names its period there.
 */
export function leadingTableCaption(
  sections: readonly SectionDraft[],
  titles: readonly (string | undefined)[],
): string | undefined {
  if (titles.some((t) => t !== undefined)) return undefined;
  for (const block of sections[0]?.items[0]?.body.slice(0, LEADING_BLOCKS) ?? []) {
    if (!Array.isArray(block) && block.type === "table")
      return block.caption ?? headTopCaption(block);
  }
  return undefined;
}

/** The words of a table's cell: its text inlines, joined. */
function cellWords(cell: NonNullable<Table["head"]>[number][number]): string {
  const inlines = Array.isArray(cell) ? cell : cell.content;
  return inlines
    .map((i) => (typeof i === "string" ? i : ""))
    .join("")
    .trim();
}

/**
 * A caption printed as the top row of a table's head, its first cell alone holding words over
 * the column heads (`社会消费品零售总额中限上企业（2021年8月）` over `指标名称 | 本月 | 本月止累计`, `2016年1-9月`
 * over `项目 | 计量单位 | 2016年9月`) (since 2026-12-08). Near misses: a top row of two column groups
 * (`| 2022年 | | 2021年 |`), a head of one row (the column heads themselves).
 */
function headTopCaption(table: Table): string | undefined {
  const head = table.head;
  if (head === undefined || head.length < 2) return undefined;
  const [first, ...others] = (head[0] ?? []).map(cellWords);
  if (first === undefined || first === "" || others.length === 0) return undefined;
  return others.every((w) => w === "") ? first : undefined;
}
