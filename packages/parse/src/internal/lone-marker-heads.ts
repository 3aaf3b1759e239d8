/** A point's number alone on its line: `1、`, `2.`, `(3)`, `4）`. */
const LONE_MARKER = /^(?:\d{1,2}[、.．]|[（(]\d{1,2}[）)]|\d{1,2}[）)])$/;
/** Longest heading {@link loneMarkerHeads} reads under a lone number. */
const MAX_LONE_HEAD = 40;

/**
 * `1、` / `自2012年以来持续增长，截至目前超过90万家。` / paragraphs / `2、` / …: a page that sets each
 * point's number in a paragraph of its own and the point's heading, one sentence of at most
 * {@link MAX_LONE_HEAD} characters, in the next (an app's article layout). The indices of such numbers
 * and their headings (without the closing `。`), when the text has two or more; else none. Not a
 * number over a paragraph of sentences or a table, nor over the text's last line.
 */
export function loneMarkerHeads(
  lines: readonly { text: string; table?: unknown }[],
): Map<number, string> {
  const heads = new Map<number, string>();
  for (let k = 0; k + 2 < lines.length; k++) {
    const t = (lines[k] as { text: string }).text;
    if (t.length > 4 || !LONE_MARKER.test(t)) continue;
    const next = lines[k + 1] as { text: string; table?: unknown };
    if (next.table) continue;
    const head = next.text.replace(/[。！？]$/, "");
    if (
      head.length >= 2 &&
      head.length <= MAX_LONE_HEAD &&
      !/[。！？；：:]/.test(head) &&
      /[\u4e00-\u9fff]/.test(head)
    )
      heads.set(k, head);
  }
  return heads.size >= 2 ? heads : new Map();
}
