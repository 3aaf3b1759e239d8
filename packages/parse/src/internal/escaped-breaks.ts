/**
 * A copy taken from a page's script or a JSON field keeps its line ends as the escapes the
 * source code wrote them in: `…创历年之最 \r\n 全年招标交易总量 \r\n 突破150亿元`, a backslash and an
 * `r` or `n` printed as two characters. Each such escape (`\r\n`, `\n`, `\r`, spaces around it)
 * parts the line as the break it stands for.
 */

/**
 * A line-end escape printed as text: `\r\n`, `\n\n`, `\n`, `\r`, one or more in a row, spaces or
 * tabs around. Near-misses that are no escapes and stay: a Windows path's or a command's
 * backslash before a word (`C:\new\report.doc`, `\noindent`: a Latin letter, a `:`,
 * `\` or `/` before it or a Latin letter right after it), and a doubled backslash (`\\n`, an
 * escaped backslash).
 */
const ESCAPED_BREAK = /[ \t]*(?<![A-Za-z:\\/])(?:\\[rn])+(?![A-Za-z])[ \t]*/g;

/**
 * The input lines `raw` (ranges of `source`) parted at their printed line-end escapes
 * ({@link ESCAPED_BREAK}), in place; a piece of spaces only goes. A text with no `\r` or `\n`
 * printed costs two searches.
 */
export function cutEscapedBreaks(source: string, raw: [number, number][]): void {
  if (!source.includes("\\n") && !source.includes("\\r")) return;
  const out: [number, number][] = [];
  let cut = false;
  // One search over the whole text: the next escape at or after the line at hand (lines ascend).
  ESCAPED_BREAK.lastIndex = 0;
  let m = ESCAPED_BREAK.exec(source);
  for (const line of raw) {
    const [s, e] = line;
    while (m !== null && m.index < s) m = ESCAPED_BREAK.exec(source);
    let from = s;
    while (m !== null && m.index < e) {
      if (/\S/.test(source.slice(from, m.index))) out.push([from, m.index]);
      from = Math.min(m.index + m[0].length, e);
      cut = true;
      m = ESCAPED_BREAK.exec(source);
    }
    if (from === s) out.push(line);
    else if (/\S/.test(source.slice(from, e))) out.push([from, e]);
  }
  if (!cut) return;
  raw.length = 0;
  for (const line of out) raw.push(line);
}
