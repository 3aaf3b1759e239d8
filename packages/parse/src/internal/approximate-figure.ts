import { oneOfCode } from "./chars";

/** The marks that close a clause after a figure's closing word (`左右`, `下同`), or the text's end. */
const CLAUSE_CLOSERS = "，。；：、,;:！？）)";

/**
 * Whether the two code units `first` and `second` stand at `text[j]` and a clause's close (or the
 * text's end) right after them: a word that closes a figure's clause (`45%左右，`, `-9.4%下同)`).
 *
 * @example
 * closingWordAt("增长3.2%下同，", 6, 0x4e0b, 0x540c); // true
 */
export function closingWordAt(text: string, j: number, first: number, second: number): boolean {
  if (text.charCodeAt(j) !== first || text.charCodeAt(j + 1) !== second) return false;
  const next = text.charCodeAt(j + 2);
  return Number.isNaN(next) || oneOfCode(CLAUSE_CLOSERS, next);
}

/**
 * Whether `左右` at `text[j]`, right after a figure's unit, closes the figure's clause: the figure is
 * estimated (`比重稳定在45%左右，`, `旬平均气温7.5℃左右；`, `调整为413.8亿元左右。`) and is the figure the
 * text reports, as `约45%` is; `左右` stays text after it. Not `95%左右事项…` nor `5%左右的企业` (words
 * after it), and a change rate so estimated (`增长5%左右。`) is a target the reader of figures leaves
 * out (see readInlines).
 */
export function closesApproximately(text: string, j: number): boolean {
  return closingWordAt(text, j, 0x5de6 /* 左 */, 0x53f3 /* 右 */);
}
