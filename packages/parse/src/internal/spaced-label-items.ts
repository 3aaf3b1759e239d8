import { isHanCode } from "./chars";
import { offsetAt, type TextLine } from "./text-line";

/** Longest label {@link spacedLabelEnd} sets off by a space. */
const MAX_SPACED_LABEL = 8;
/** A label of Han characters opening a line (cheap check before the space is looked for). */
const HAN_LABEL = /^[\u4e00-\u9fff]{2}/;
/**
 * Words before a stray space that open a sentence, no part's label: a place (`深圳市 2024年…`, `全市`,
 * `某某县列入 2024年…`), a preposition of time (`截至 2024年2月底，…`, `自`, `从`, `在`, `于`), a verb
 * whose object the year opens (`…列入`, `…为`, `…是`, `…对`).
 */
const SENTENCE_OPENING =
  /[市省县縣区區州旗镇鎮乡鄉村国國]|^(?:截至|截止|至|到|在|于|於|从|從|自|据|據|对|對|全)|[至止于於在入为為对對是]$/;
/**
 * A paragraph opening with a year and the region it reports on (`2019年全省…`, `2020年末全市…`), a figure
 * in its first sentence, then a clause's or its end's mark.
 */
const YEAR_WITH_FIGURE = /^\d{4}年末?全[^。]*?\d[^。]*?[，；。]/;
/**
 * Words before a stray space that a paragraph of the whole year's figures may open with, no part's
 * label: a place (`某县 全年…`, `全市`), a preposition of time (`截至 年末…`). (A label may hold a place's
 * character inside, `地区生产总值`, or end with a verb's, `财政收入`: the year's words vouch for it.)
 */
const PLACE_OR_TIME_LABEL =
  /[市省县縣区區州旗镇鎮乡鄉村国國]$|^(?:截至|截止|至|到|在|于|於|从|從|自|据|據|对|對|全)/;
/**
 * A 统计公报's paragraph opening with the year's whole instead of the year (`全年财政总收入38.2亿元，…`,
 * `年末全县户籍人口72.4万人，…`) or the accounting's words (`初步核算，全年地区生产总值…`), a figure in
 * its first sentence, then a clause's or its end's mark.
 */
const WHOLE_YEAR_WITH_FIGURE = /^(?:初步核算，|全年|年末)[^。]*?\d[^。]*?[，；。]/;

/**
 * `降水量 2019年全省平均降水量812.4毫米，比上年偏多6.1%。`: a part's label (two to eight Han characters)
 * set off by a space (one the repair dropped: the line's offsets jump there, no line break joined)
 * from the paragraph it heads, which opens with a year and its whole region (`全省`, `全市`), or with the
 * year's whole (`财政收入 全年财政总收入…`: {@link WHOLE_YEAR_WITH_FIGURE}), and states a figure before a
 * `，`, `；` or `。`. The label's length, else 0. Not a file's field (`文件名称 2019年…的通报`: no mark), words
 * before a date (`发布时间 2019年5月8日`), nor a sentence's first words a stray space parts from its
 * year ({@link SENTENCE_OPENING}).
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
      return (YEAR_WITH_FIGURE.test(text.slice(k)) && !SENTENCE_OPENING.test(text.slice(0, k))) ||
        (WHOLE_YEAR_WITH_FIGURE.test(text.slice(k)) && !PLACE_OR_TIME_LABEL.test(text.slice(0, k)))
        ? k
        : 0;
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
