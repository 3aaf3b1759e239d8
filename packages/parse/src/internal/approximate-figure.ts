import { oneOfCode } from "./chars";

/** The marks that close a clause after `左右` (or the text's end). */
const CLAUSE_CLOSERS = "，。；：、,;:！？）)";

/**
 * Whether `左右` at `text[j]`, right after a figure's unit, closes the figure's clause: the figure is
 * estimated (`比重稳定在45%左右，`, `旬平均气温7.5℃左右；`, `调整为413.8亿元左右。`) and is the figure the
 * text reports, as `约45%` is; `左右` stays text after it. Not `95%左右事项…` nor `5%左右的企业` (words
 * after it), and a change rate so estimated (`增长5%左右。`) is a target the reader of figures leaves
 * out (see readInlines).
 */
export function closesApproximately(text: string, j: number): boolean {
  if (text.charCodeAt(j) !== 0x5de6 /* 左 */ || text.charCodeAt(j + 1) !== 0x53f3 /* 右 */)
    return false;
  const next = text.charCodeAt(j + 2);
  return Number.isNaN(next) || oneOfCode(CLAUSE_CLOSERS, next);
}
