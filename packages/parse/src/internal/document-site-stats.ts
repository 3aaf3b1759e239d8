import { offsetAt, type TextLine } from "./text-line";

/**
 * `约3.6千字`, `约 7页`, `0` / `0` / `约1.87千字` (the counts over it, a paragraph the repair read whole),
 * `约4.41千字约6页`, `举报`: a document-sharing site's card over a report it hosts, the report's
 * length in characters and in pages (`约`, a count, `千字`, `万字`, `字` or `页`), its downloads' and
 * favourites' counts before them, its report button (`举报`) after them (alone on a line, the
 * button is the card's only under such a line: {@link isCardReportButton}).
 */
const DOCUMENT_STATS =
  /^(?:\d{1,7}\s*){0,4}(?:约\s*\d+(?:\.\d+)?\s*(?:千字|万字|字|页)\s*)+(?:举报)?$/;

/**
 * `"furniture"` for a line of a document-sharing site's card ({@link DOCUMENT_STATS}); asked only
 * over the text's first sentence (a report's line never gives its own length so).
 *
 * @example
 * documentSiteStats("00约3.6千字"); //=> "furniture"
 * documentSiteStats("约7页"); //=> "furniture"
 */
export const documentSiteStats = (text: string): "furniture" | undefined =>
  text.length <= 40 && DOCUMENT_STATS.test(text) ? "furniture" : undefined;

/**
 * `举报` alone on its line under a document site's card ({@link documentSiteStats}, the page's lines
 * between them perhaps): the card's report button. Alone elsewhere (a table's head cell under its
 * caption, `投诉` / `举报` / `咨询`) it is the text's.
 */
export const isCardReportButton = (text: string, afterCard: boolean): boolean =>
  afterCard && text === "举报";

/** A count alone on its line: a card's downloads or favourites (`0`, `46`). */
const BARE_COUNT = /^\d{1,7}$/;
/** Most counts a card prints over its length. */
const MAX_CARD_COUNTS = 4;

/**
 * `0` / `0` / (`约3.6千字` / `约 7页` / `举报`, the page's) / headline: how many bare counts open `lines`
 * straight over a document site's card the page's lines (`dropped`) held, the card's downloads and
 * favourites (0: none). The counts end where the next line kept came after a dropped line of the
 * card ({@link documentSiteStats}); a count over a line of the text (a year, a figure) stays.
 */
export function countsOverCard(lines: readonly TextLine[], dropped: readonly TextLine[]): number {
  let k = 0;
  while (k < lines.length && k < MAX_CARD_COUNTS && BARE_COUNT.test((lines[k] as TextLine).text))
    k++;
  const next = lines[k];
  if (k === 0 || next === undefined || next.pageLineBefore !== true) return 0;
  const from = offsetAt(lines[k - 1] as TextLine, 0) ?? -1;
  const to = offsetAt(next, 0) ?? -1;
  return dropped.some((d) => {
    const at = offsetAt(d, 0) ?? -1;
    return at > from && at < to && documentSiteStats(d.text) !== undefined;
  })
    ? k
    : 0;
}
