/**
 * A page's raw HTML that a copy kept: `<p class="x" style="text-align: center;"><b>全区空气质量情况
 * </b></p> <p>11月20日，…</p>`. A block tag (`p`, `div`, `br`, `li`, `h1`–`h6`, `tr`, `td`, `th`,
 * `table`, `section`, `ul`, `ol`, `blockquote`, `center`, `hr`) parts lines; an inline one (`b`,
 * `strong`, `i`, `em`, `u`, `span`, `font`, `a`, `sup`, `sub`, `img`, `small`, `big`) is dropped.
 * The forum's BBCode has its reader in forum-markup.ts; this is the same shape in angle brackets.
 */

const BLOCKS = "p|div|br|li|h[1-6]|tr|td|th|table|section|ul|ol|blockquote|center|hr";
const INLINES = "b|strong|i|em|u|span|font|a|sup|sub|img|small|big";
/**
 * A tag of those names, opening (its attributes quoted or bare, no `<` or `>` inside, 300
 * characters at most) or closing, or self-closing. Near-misses that are text: `a<b` or `<5%`
 * (no name after `<`), `<<某某>>` (a title's brackets), a tag-like word of no HTML name
 * (`<note>`).
 */
const TAG = `<\\/?(?:${BLOCKS}|${INLINES})(?=[\\s/>])[^<>]{0,300}>`;
const TAG_AT = new RegExp(TAG, "giy");
const TAGS = new RegExp(TAG, "gi");
const BLOCK = new RegExp(`^<\\/?(?:${BLOCKS})(?=[\\s/>])`, "i");
/** Closing block tags, or line breaks, whose count says a text is in HTML. */
const CLOSING = /<\/(?:p|div|li|h[1-6]|td|tr)>|<br\s*\/?>/gi;

/** Whether `source` is a text in HTML: three closing block tags or breaks at least. */
export const holdsHtml = (source: string): boolean =>
  source.includes("</") || source.includes("<br")
    ? (source.match(CLOSING)?.length ?? 0) >= 3
    : false;

/**
 * Where the tags that start at `source[i]` end (one or more in a row, spaces between, before
 * `to`), or 0; `parts` is told whether one of them parts lines.
 */
export function htmlTagEnd(
  source: string,
  i: number,
  to: number,
  parts?: (block: boolean) => void,
): number {
  let end = i;
  TAG_AT.lastIndex = i;
  while (end < to && TAG_AT.test(source) && TAG_AT.lastIndex <= to) {
    parts?.(BLOCK.test(source.slice(end, end + 12)));
    end = TAG_AT.lastIndex;
  }
  return end === i ? 0 : end;
}

/**
 * The input lines `raw` (ranges of `source`) of a text in HTML, parted at its tags that part
 * lines, in place; a piece holding only tags and spaces goes.
 */
export function cutHtmlLines(source: string, raw: [number, number][]): void {
  const out: [number, number][] = [];
  let cut = false;
  let next = source.indexOf("<");
  for (const line of raw) {
    const [s, e] = line;
    if (next >= 0 && next < s) next = source.indexOf("<", s);
    let from = s;
    for (let k = next; k >= 0 && k < e; ) {
      let block = false;
      const end = htmlTagEnd(source, k, e, (is) => {
        block ||= is;
      });
      if (block) {
        if (hasText(source, from, k)) out.push([from, k]);
        from = end;
        cut = true;
      }
      k = source.indexOf("<", Math.max(end, k + 1));
      next = k;
    }
    if (from === s) out.push(line);
    else if (hasText(source, from, e)) out.push([from, e]);
  }
  if (!cut) return;
  raw.length = 0;
  for (const line of out) raw.push(line);
}

/** Whether `source[from, to)` holds more than tags and spaces. */
const hasText = (source: string, from: number, to: number): boolean =>
  source.slice(from, to).replace(TAGS, "").trim() !== "";
