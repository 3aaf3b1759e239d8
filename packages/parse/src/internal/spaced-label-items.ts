import { isHanCode } from "./chars";
import { offsetAt, type TextLine } from "./text-line";

/** Longest label {@link spacedLabelEnd} sets off by a space. */
const MAX_SPACED_LABEL = 8;
/** A label of Han characters opening a line (cheap check before the space is looked for). */
const HAN_LABEL = /^[\u4e00-\u9fff]{2}/;
/** A paragraph opening with a year, a figure in its first sentence, then a clause's or its end's mark. */
const YEAR_WITH_FIGURE = /^\d{4}年[^。]*?\d[^。]*?[，；。]/;

/**
 * `降水量 2019年全省平均降水量812.4毫米，比上年偏多6.1%。`: a part's label (two to eight Han characters)
 * set off by a space (one the repair dropped: the line's offsets jump there, no line break joined)
 * from the paragraph it heads, which opens with a year and states a figure before a `，`, `；` or
 * `。`. The label's length, else 0. Not a file's field (`文件名称 2019年…的通报`: no mark), nor words
 * before a date (`发布时间 2019年5月8日`).
 */
export function spacedLabelEnd(line: TextLine): number {
  const text = line.text;
  if (!HAN_LABEL.test(text)) return 0;
  for (let k = 2; k <= MAX_SPACED_LABEL && k < text.length; k++) {
    if (!isHanCode(text.charCodeAt(k - 1))) return 0;
    if (
      (offsetAt(line, k) ?? 0) - (offsetAt(line, k - 1) ?? 0) > 1 &&
      !line.breaks?.includes(k) &&
      !line.unspaced?.includes(k)
    )
      return YEAR_WITH_FIGURE.test(text.slice(k)) ? k : 0;
  }
  return 0;
}

/**
 * Whether `lines` hold two or more lines opening with a label set off by a space
 * ({@link spacedLabelEnd}), each a different label: a bulletin whose parts are so headed (one
 * such line alone may be a stray space).
 *
 * @example
 * // `降水量 2019年全省…` / `供水量 2019年全省…`: two labels, two items.
 */
export function headsItemsBySpacedLabels(lines: readonly TextLine[]): boolean {
  const labels = new Set<string>();
  for (const l of lines) {
    if (l.table) continue;
    const k = spacedLabelEnd(l);
    if (k > 0) labels.add(l.text.slice(0, k));
    if (labels.size >= 2) return true;
  }
  return false;
}
