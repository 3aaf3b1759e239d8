/**
 * An aggregator's spam suffix: a site that copies a report appends its slogan and address to
 * every paragraph and heading (`…头部效应显著。lIp某某新闻——关注每天新变化gihot.com`). The
 * tail is no text of the bulletin: on a heading it makes the heading a paragraph, and its words
 * run into the sentences.
 */

type Range = [number, number];

/** Characters of a line's tail counted as its key: a shorter tail is too plain to tell. */
const KEY = 10;
/** Fewest lines a spam suffix closes. */
const MIN_REPEATS = 3;
/** Fewest of them where it follows a sentence's end (`。lIp…`): a text's own tails seldom do. */
const MIN_AFTER_SENTENCE = 2;
/** Longest suffix read. */
const MAX_SUFFIX = 80;
/** Shortest start of the suffix that closes the text's last line when the copy stops inside it. */
const MIN_CUT_START = 4;
/** A site's letters: three in a row (`gihot`, `www`). */
const LETTERS = /[A-Za-z]{3}/;
/** A sentence's end inside the tail: the tail says something, and is the text's. */
const SENTENCE_INSIDE = /[。！？；]/;

/** Where `source[s, e)` ends without its white space. */
function trimmedEnd(source: string, s: number, e: number): number {
  let k = e;
  while (k > s && source.charCodeAt(k - 1) <= 0x20) k--;
  return k;
}

/** Whether a sentence ends at `source[k - 1]`. */
const afterSentence = (source: string, k: number): boolean =>
  "。！？!?".includes(source.charAt(k - 1));

/**
 * The tail that closes most lines, when it is a spam suffix: at least {@link KEY} characters, the
 * same on {@link MIN_REPEATS} lines or more, two of them after a sentence's end, with a site's
 * letters and no sentence's end in it. Undefined for most texts. One pass over the lines' tails,
 * then one over the lines that share the most common one.
 */
export function spamSuffix(source: string, raw: readonly Range[]): string | undefined {
  const counts = new Map<string, number>();
  let best = "";
  let most = 0;
  for (let r = 0; r < raw.length; r++) {
    const range = raw[r] as Range;
    const end = trimmedEnd(source, range[0], range[1]);
    if (end - range[0] < KEY) continue;
    const key = source.slice(end - KEY, end);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > most) {
      most = n;
      best = key;
    }
  }
  if (most < MIN_REPEATS) return undefined;
  const ends: { start: number; end: number }[] = [];
  for (let r = 0; r < raw.length; r++) {
    const range = raw[r] as Range;
    const end = trimmedEnd(source, range[0], range[1]);
    if (end - range[0] >= KEY && source.startsWith(best, end - KEY))
      ends.push({ start: range[0], end });
  }
  // The longest tail they all share, from the key leftwards.
  let length = KEY;
  const first = ends[0] as { start: number; end: number };
  while (length < MAX_SUFFIX) {
    const c = source.charCodeAt(first.end - length - 1);
    if (!ends.every((l) => l.end - l.start > length && source.charCodeAt(l.end - length - 1) === c))
      break;
    length++;
  }
  const suffix = source.slice(first.end - length, first.end);
  if (!LETTERS.test(suffix) || SENTENCE_INSIDE.test(suffix)) return undefined;
  let afterSentences = 0;
  for (const l of ends) if (afterSentence(source, l.end - length)) afterSentences++;
  return afterSentences >= MIN_AFTER_SENTENCE ? suffix : undefined;
}

/**
 * Takes a spam suffix ({@link spamSuffix}) off the raw lines, in place: off each line it closes
 * (a line of it alone is left blank), and a start of it of {@link MIN_CUT_START} characters or
 * more off a line it was cut inside (the copy stopped there, a page's foot perhaps under it).
 * `drop` is told of each piece.
 */
export function cutSpamSuffix(
  source: string,
  raw: Range[],
  drop: (from: number, to: number) => void,
): void {
  const suffix = spamSuffix(source, raw);
  if (suffix === undefined) return;
  for (let r = 0; r < raw.length; r++) {
    const range = raw[r] as Range;
    const end = trimmedEnd(source, range[0], range[1]);
    let cut = source.startsWith(suffix, end - suffix.length) ? suffix.length : 0;
    if (cut === 0) cut = cutStart(source, range[0], end, suffix);
    if (cut === 0 || end - cut < range[0]) continue;
    drop(end - cut, end);
    range[1] = end - cut;
  }
}

/** How long a start of `suffix` that closes `source[s, end)` is, 0 for none long enough. */
function cutStart(source: string, s: number, end: number, suffix: string): number {
  for (let n = Math.min(suffix.length - 1, end - s); n >= MIN_CUT_START; n--)
    if (source.startsWith(suffix.slice(0, n), end - n)) return n;
  return 0;
}
