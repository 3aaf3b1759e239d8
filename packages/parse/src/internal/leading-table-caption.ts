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
    if (!Array.isArray(block) && block.type === "table") return block.caption;
  }
  return undefined;
}
