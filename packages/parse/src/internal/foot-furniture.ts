import type { TextLine } from "./text-line";

/**
 * A line a page prints under its report that no report ends with: a keywords or tags field left empty
 * (`关键词：`, `標籤:`), or a forum archive's pager and its link to the thread (`页: [1]`, `页: [1] 2 3`,
 * `查看完整版本: 某某标题`).
 */
const FOOT_FURNITURE =
  /^\s*(?:(?:关键[词字]|關鍵[詞字]|标签|標籤)\s*[：:]\s*|[页頁]\s*[：:]\s*\[\d+\][\s\d]*|查看完整版本\s*[：:].*)$/;

/** Most such lines read past. */
const MAX_FURNITURE = 3;

/**
 * Where the page's furniture under the report ({@link FOOT_FURNITURE}) starts among `lines` before `end`,
 * a few lines at most: `end` less the lines read past (at least one line stays); `end` when there is none.
 *
 * @example
 * furnitureStart(lines, lines.length) // 1 for `…增长6.4%。（某某港航网）` / `关键词：`
 */
export function furnitureStart(lines: readonly TextLine[], end: number): number {
  let k = end;
  while (k > 1 && end - k < MAX_FURNITURE && FOOT_FURNITURE.test((lines[k - 1] as TextLine).text))
    k--;
  return k;
}
