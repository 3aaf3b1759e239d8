/**
 * `第一部分 12368平台诉讼服务基本情况`, `第二十三篇 地方人民政府`, `第二章 政务活动`, `第一节 行政审批`: a
 * heading line that a book, a white paper or a gazetteer opens with its part's ordinal (第 and a
 * numeral, then 部分, 篇, 章 or 节), words after it. Such a line is a head of its own: it neither
 * goes on from the heading line over it nor takes the one under it (`第一节 行政审批` / `机构`: two
 * heads). Not `第一季度…`, `第三节课` or `第1期` (another count), nor `第一部分是…` (a sentence's words:
 * a heading line holds no clause mark, which the caller checks).
 */
const PART_ORDINAL =
  /^第(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:部分|篇|章|节|節)[\s\u3000]*(?=[\u4e00-\u9fff\d“《])(?!是|为|為|的|课|課)/;

/** Whether `text` opens with a part's ordinal ({@link PART_ORDINAL}) followed by its heading's words. */
export function opensWithPartOrdinal(text: string): boolean {
  return PART_ORDINAL.test(text);
}
