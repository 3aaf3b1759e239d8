import { partRawLines } from "./part-raw-lines";

/**
 * A page's 来源 or 作者 field whose value names no body (`未知`, `不详`, `佚名`, either script), with the
 * report's first paragraph run on after it where a copy lost the line's break: `日期:05-22 来源:未知5月21日,
 * 某部发布…。`. The line is parted right after the value, as when the paragraph stands on a line of its
 * own (the page's line filter takes the field line). Near-misses that stay whole: a body's name as the
 * value (`来源:某市统计局3月13日,…`: where it ends is not known), a space or a bracket after the value
 * (`作者：佚名 发布于：…`, `来源:不详「本文来源:…」`), and words after it with no clause mark
 * (`来源:未知来源 日期：…`; `未知来源` is one value, never parted).
 */
const UNKNOWN_VALUES = ["未知", "不详", "不詳", "佚名"];
const RUN_ON_UNKNOWN = new RegExp(
  `(?:来源|來源|作者)[：:][ \\u3000]?(?:${UNKNOWN_VALUES.join("|")})(?![来來]源)(?=[^\\s「『【〔（(［[：:，,。；;|｜])`,
);
/** A clause's or a sentence's mark, which the paragraph run on after the value holds. */
const CLAUSE_MARK = /[，,。；;]/;

/**
 * The input lines `raw` (ranges of `source`) parted after a field that names no body where a paragraph
 * runs on after it ({@link RUN_ON_UNKNOWN}), in place. A text holding none of the three values costs
 * four searches; otherwise a line's first two hundred characters are searched once.
 */
export function cutRunOnUnknownSources(source: string, raw: [number, number][]): void {
  if (!UNKNOWN_VALUES.some((v) => source.includes(v))) return;
  partRawLines(raw, (s, e) => {
    const head = source.slice(s, Math.min(e, s + 200));
    const m = RUN_ON_UNKNOWN.exec(head);
    if (m === null) return undefined;
    const at = m.index + m[0].length;
    return CLAUSE_MARK.test(source.slice(s + at, Math.min(e, s + at + 60))) ? s + at : undefined;
  });
}
