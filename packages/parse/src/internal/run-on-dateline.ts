import { partRawLines } from "./part-raw-lines";

/**
 * A newspaper copy whose headline the page ran into the report's dateline on one line:
 * `某省体育场地人均面积2.5平方米本报海口9月6日讯 (记者某某)…`, `…再创新高新华社北京3月5日电（记者…）`.
 * The line is parted before the dateline, as when the headline stands over it.
 */

/**
 * A news dateline run on after a headline: an outlet's own (`本报`, `新华社`), its place (two to
 * eight Han characters), the day (`9月6日`) and `讯`/`电`, then a bracket or a space (the
 * reporter's credit). The headline before it is one to forty characters holding no sentence's or
 * clause's mark and ending in a Han character, a digit or a closing bracket or quote. Near-misses
 * that stay: a dateline opening its line (nothing to part), one a source cites (`据本报北京3月5日电
 * 报道`, `转自新华社…`: `据`, `自`, `于`, `从`, `见`, `载` before it), one after a sentence's mark
 * (`…。本报北京3月5日电`), and a dateline without its day (`本报讯`).
 */
const RUN_ON_DATELINE =
  /(?<=^[^。！？；，,：:\n\r]{0,39}[\p{Script=Han}\d%）)”」])(?<![据據自于於从從见見载載])(?:本[报報]|新[华華]社)\p{Script=Han}{2,8}\d{1,2}月\d{1,2}日[讯訊电電](?=\s*[（(]|[ \u3000])/u;

/**
 * The input lines `raw` (ranges of `source`) parted before a dateline run on after a headline
 * ({@link RUN_ON_DATELINE}), in place. A text holding no `日讯`/`日电` (either script) costs four
 * searches; otherwise each line holding one is searched once.
 */
export function cutRunOnDatelines(source: string, raw: [number, number][]): void {
  if (
    !source.includes("日讯") &&
    !source.includes("日电") &&
    !source.includes("日訊") &&
    !source.includes("日電")
  )
    return;
  partRawLines(raw, (s, e) => {
    // Only a line's first sixty characters can hold the headline and its dateline's day.
    const head = source.slice(s, Math.min(e, s + 60));
    if (!/日[讯訊电電]/.test(head)) return undefined;
    const m = RUN_ON_DATELINE.exec(head);
    return m === null ? undefined : s + m.index;
  });
}
