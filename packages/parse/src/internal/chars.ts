/** Character classes the repair and the parser share. All work on one UTF-16 code unit. */

/** A Han character (CJK unified ideographs, extension A, compatibility) or 〇. */
export const isHan = (c: string): boolean => isHanCode(c.charCodeAt(0));

/** {@link isHan} of a UTF-16 code unit. */
export function isHanCode(n: number): boolean {
  return (
    (n >= 0x4e00 && n <= 0x9fff) ||
    (n >= 0x3400 && n <= 0x4dbf) ||
    (n >= 0xf900 && n <= 0xfaff) ||
    n === 0x3007
  );
}

/**
 * Han text or the marks that belong to it: CJK punctuation (U+3000–303F), full-width forms
 * (U+FF00–FFEF), curly quotes, the dashes and the ellipsis. A space next to one of these in
 * extracted text is an artifact.
 */
export const isCjk = (c: string): boolean => c !== "" && isCjkCode(c.charCodeAt(0));

/** {@link isCjk} of a UTF-16 code unit. */
export function isCjkCode(n: number): boolean {
  return (
    isHanCode(n) ||
    (n >= 0x3000 && n <= 0x303f) ||
    (n >= 0xff00 && n <= 0xffef) ||
    (n >= 0x2018 && n <= 0x201f) ||
    n === 0x2014 ||
    n === 0x2015 ||
    n === 0x2026 ||
    (n >= 0xd800 && n <= 0xdfff && n !== 0xfffd)
  );
}

export const isDigit = (c: string): boolean => c >= "0" && c <= "9";
export const isDigitCode = (n: number): boolean => n >= 0x30 && n <= 0x39;
export const isLatin = (c: string): boolean => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
export const isLatinCode = (n: number): boolean =>
  (n >= 0x61 && n <= 0x7a) || (n >= 0x41 && n <= 0x5a);

/** Whitespace as JavaScript's `trim` sees it, except line breaks (split before). */
export const isSpace = (c: string): boolean => isSpaceCode(c.charCodeAt(0));

/** {@link isSpace} of a UTF-16 code unit. */
export function isSpaceCode(n: number): boolean {
  return (
    n === 0x20 ||
    n === 0x09 ||
    n === 0x0b ||
    n === 0xa0 ||
    n === 0x1680 ||
    (n >= 0x2000 && n <= 0x200a) ||
    n === 0x202f ||
    n === 0x205f ||
    n === 0x3000
  );
}

/** Chinese numerals as markers and dates write them. */
export const CHINESE_DIGITS = "〇零一二三四五六七八九十百两";

export const isChineseDigit = (c: string): boolean => c !== "" && CHINESE_DIGITS.includes(c);

/**
 * Look-alikes of 〇 a year in words is typed with (`二○一九年`, `二OO八年`, `二ＯＯ八年`); the date's reader in
 * @bulletin/format takes them as 〇.
 */
export const ZERO_LOOKALIKES = "○OＯ";

/** 1 for the units of {@link CHINESE_DIGITS}. */
const CHINESE_DIGIT_UNITS = new Uint8Array(0x10000);
for (let k = 0; k < CHINESE_DIGITS.length; k++)
  CHINESE_DIGIT_UNITS[CHINESE_DIGITS.charCodeAt(k)] = 1;

/**
 * {@link isChineseDigit} of a UTF-16 code unit (no string built for the unit, as `charAt` does);
 * false for NaN (`charCodeAt` past the end), read as unit 0.
 */
export const isChineseDigitCode = (n: number): boolean => CHINESE_DIGIT_UNITS[n | 0] === 1;

/** Marks that end a sentence, after which a line break ends a paragraph. */
export const SENTENCE_END = "。！？；：…”’）】》";

/**
 * Whether a line ends on a full stop, a question mark or an exclamation mark (`…。`, `…？`, `…！`):
 * a closed sentence; not a heading, a label (`…：`) or a clause (`…；`).
 *
 * @example
 * endsFullSentence("本月受理办件3215件。"); // true
 * endsFullSentence("一、总体情况："); // false
 */
const FULL_STOP_END = /[。！？]$/;
export const endsFullSentence = (text: string): boolean => FULL_STOP_END.test(text);

/** Whether `c` is one of the characters of `set` (never true for "", unlike `set.includes("")`). */
export const oneOf = (set: string, c: string): boolean => c !== "" && set.includes(c);

/**
 * {@link oneOf} of a UTF-16 code unit as `charCodeAt` gives it, without the string `charAt`
 * builds for each unit past Latin-1 (a Han character, a Chinese mark); false for NaN (past the end).
 */
export function oneOfCode(set: string, n: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === n) return true;
  return false;
}

/**
 * The code units of `chars` as a set, for a scan that asks of many units ({@link oneOfCode} reads
 * the string through for each): `has` is false for NaN (`charCodeAt` past the end).
 */
export function unitSet(chars: string): ReadonlySet<number> {
  const set = new Set<number>();
  for (let k = 0; k < chars.length; k++) set.add(chars.charCodeAt(k));
  return set;
}
