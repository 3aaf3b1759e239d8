/**
 * A forum's raw markup (BBCode) that a copy kept: `[align=center][size=3][b]20[/b][b]24[/b]年…[/size][/align]`.
 * A block tag (`align`, `p`, `quote`, `table`, `tr`, `td`, `list`, `*`, `hr`, `br`, `center`,
 * `indent`) parts lines; an inline one (`b`, `i`, `u`, `s`, `color`, `font`, `size`, `url`,
 * `backcolor`) is dropped.
 */

/** The names of BBCode's tags that part lines. */
const BLOCKS = "align|p|quote|table|tr|td|list|\\*|hr|br|center|indent";
/** A tag of a name BBCode has, opening (with a value perhaps) or closing. */
const TAG = `\\[\\/?(?:${BLOCKS}|b|i|u|s|color|font|size|url|backcolor)(?:=[^[\\]\\n]{0,60})?\\]`;
const TAG_AT = new RegExp(TAG, "giy");
const TAGS = new RegExp(TAG, "gi");
const BLOCK = new RegExp(`^\\[\\/?(?:${BLOCKS})[\\]=]`, "i");
/** Closing tags of BBCode's names that no bulletin prints. */
const CLOSING = /\[\/(?:align|p|size|font|color|b)\]/g;

/** Whether `source` is a text in a forum's markup: two closing tags at least. */
export const holdsMarkup = (source: string): boolean =>
  source.includes("[/") && (source.match(CLOSING)?.length ?? 0) >= 2;

/**
 * Where the tags that start at `source[i]` end (one or more in a row, before `to`), or 0; `parts`
 * is told whether one of them parts lines.
 */
export function markupEnd(
  source: string,
  i: number,
  to: number,
  parts?: (block: boolean) => void,
): number {
  let end = i;
  TAG_AT.lastIndex = i;
  while (end < to && TAG_AT.test(source) && TAG_AT.lastIndex <= to) {
    parts?.(BLOCK.test(source.slice(end, end + 9)));
    end = TAG_AT.lastIndex;
  }
  return end === i ? 0 : end;
}

/**
 * The input lines `raw` (ranges of `source`) of a text in markup, parted at its runs of tags that
 * hold a block tag, in place; a piece that holds only tags and spaces goes.
 */
export function cutMarkupLines(source: string, raw: [number, number][]): void {
  // Lines up to the first one its markup parts or drops stay where they are, the same pairs:
  // `out` holds the lines from there on (a text's ranges are kept to the end of the parse, and
  // a new pair for each of its lines is as much memory again for the collector to move).
  let out: [number, number][] | undefined;
  const lineCount = raw.length;
  // The first `[` at or after where the last search started (the lines ascend): each search
  // starts where the last one stopped, so a line without a `[` costs no scan to the next one.
  let next = -1;
  for (let r = 0; r < lineCount; r++) {
    const line = raw[r] as [number, number];
    const [s, e] = line;
    let from = s;
    if (next < s) next = bracketAt(source, s);
    for (let k = next; k < e; ) {
      let block = false;
      const end = markupEnd(source, k, e, (is) => {
        block ||= is;
      });
      if (block) {
        out ??= raw.slice(0, r);
        if (hasText(source, from, k)) out.push([from, k]);
        from = end;
      }
      k = bracketAt(source, Math.max(end, k + 1));
      next = k;
    }
    if (from === s) out?.push(line);
    else {
      out ??= raw.slice(0, r);
      if (hasText(source, from, e)) out.push([from, e]);
    }
  }
  if (out === undefined) return;
  raw.length = 0;
  for (let k = 0; k < out.length; k++) raw.push(out[k] as [number, number]);
}

/** The first `[` of `source` at or after `from`, or `source.length`. */
function bracketAt(source: string, from: number): number {
  const k = source.indexOf("[", from);
  return k < 0 ? source.length : k;
}

/** Whether `source[from, to)` holds more than tags and spaces. */
const hasText = (source: string, from: number, to: number): boolean =>
  source.slice(from, to).replace(TAGS, "").trim() !== "";
