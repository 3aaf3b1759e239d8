/**
 * Line breaks a copy kept as escapes: a page's text taken from a JSON or script string prints its
 * breaks as the four characters `\r\n` (or `\n`, `\r`) between its paragraphs
 * (`…创历年之最 \r\n 全年招标交易总量 \r\n 本报讯…`). Such an escape parts lines.
 */

/**
 * A run of escaped breaks (`\r\n`, `\n`, `\r`, one or more, spaces around them) standing between
 * words: not right after an ASCII letter or digit and not right before one, so a path or code
 * (`C:\new`, `\n1`, `a\nb`) is left as it is.
 */
const ESCAPED_BREAK =
  /(?<![A-Za-z0-9])[ \t]*(?:\\r\\n|\\n|\\r)(?:[ \t]*(?:\\r\\n|\\n|\\r))*[ \t]*(?![A-Za-z0-9\\])/g;

/** Whether `source` may hold an escaped break (a backslash before an `n` or an `r`): cheap. */
export const holdsEscapedBreaks = (source: string): boolean =>
  source.includes("\\n") || source.includes("\\r");

/**
 * The input lines `raw` (ranges of `source`) parted at each run of escaped breaks, in place (the
 * escapes and the spaces around them dropped; a piece of nothing but spaces goes). Offsets stay
 * those of `source`: the lines' numbers are the input's.
 */
export function cutEscapedBreaks(source: string, raw: [number, number][]): void {
  let out: [number, number][] | undefined;
  for (let r = 0; r < raw.length; r++) {
    const line = raw[r] as [number, number];
    const [s, e] = line;
    const slash = source.indexOf("\\", s);
    if (slash < 0 || slash >= e) {
      out?.push(line);
      continue;
    }
    const text = source.slice(s, e);
    let from = 0;
    ESCAPED_BREAK.lastIndex = 0;
    for (let m = ESCAPED_BREAK.exec(text); m !== null; m = ESCAPED_BREAK.exec(text)) {
      out ??= raw.slice(0, r);
      if (text.slice(from, m.index).trim() !== "") out.push([s + from, s + m.index]);
      from = m.index + m[0].length;
    }
    if (from === 0) out?.push(line);
    else if (text.slice(from).trim() !== "") (out as [number, number][]).push([s + from, e]);
  }
  if (out === undefined) return;
  raw.length = 0;
  for (let k = 0; k < out.length; k++) raw.push(out[k] as [number, number]);
}
