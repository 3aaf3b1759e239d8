/**
 * Character classes the text rules share. "CJK" here means a Han character or a full-width
 * punctuation mark, the context in which GB/T 15834-2011 5.1.1 asks for full-width marks.
 */

/** Han characters, including 〇 (U+3007). */
export const HAN = "\\p{Script=Han}";
/** Full-width and CJK punctuation (CJK symbols block, full-width forms, curly quotes, 《》). */
export const CJK_PUNCT =
  "\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2018\\u2019\\u201C\\u201D\\u2014\\u2026";

const HAN_RE = /^\p{Script=Han}$/u;
const CJK_RE = new RegExp(`^[${HAN}${CJK_PUNCT}]$`, "u");

/** The character (code point) that ends just before `i`, or "". */
export function charBefore(s: string, i: number): string {
  if (i <= 0) return "";
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) return s.slice(i - 2, i);
  return s.charAt(i - 1);
}

/** The character (code point) that starts at `i`, or "". */
export function charAt(s: string, i: number): string {
  if (i >= s.length) return "";
  const cp = s.codePointAt(i) as number;
  return String.fromCodePoint(cp);
}

export const isHan = (c: string): boolean => c !== "" && HAN_RE.test(c);
export const isCjk = (c: string): boolean => c !== "" && CJK_RE.test(c);
export const isDigit = (c: string): boolean => c >= "0" && c <= "9" && c.length === 1;

/** Runs `re` (global) over `s` and maps each match; a tiny helper to keep rules short. */
export function findAll<T>(s: string, re: RegExp, map: (m: RegExpExecArray) => T | undefined): T[] {
  const out: T[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const v = map(m);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** Ranges of URLs and e-mail addresses, which no punctuation rule may touch. */
export function protectedRanges(s: string): [number, number][] {
  if (!/[:@]|www\./.test(s)) return [];
  return findAll(
    s,
    /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)[^\s\p{Script=Han}，。；！？、）》”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
    (m) => [m.index, m.index + m[0].length] as [number, number],
  );
}

export const inRanges = (ranges: [number, number][], i: number): boolean =>
  ranges.some(([a, b]) => i >= a && i < b);

/**
 * Whether `index` of `full` is where an ordinal marker may stand: the head of a paragraph or
 * title (nothing of it before), or after a sentence mark or a space.
 */
export function atHead(full: string, index: number, start: number): boolean {
  if (index === start) return start === 0;
  return /[。；：！？\s]/.test(full.charAt(index - 1));
}
