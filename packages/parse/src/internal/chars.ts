/** Character classes the repair and the parser share. All work on one UTF-16 code unit. */

/** A Han character (CJK unified ideographs, extension A, compatibility) or 〇. */
export function isHan(c: string): boolean {
  const n = c.charCodeAt(0);
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
export function isCjk(c: string): boolean {
  if (c === "") return false;
  const n = c.charCodeAt(0);
  return (
    isHan(c) ||
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
export const isLatin = (c: string): boolean => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");

/** Whitespace as JavaScript's `trim` sees it, except line breaks (split before). */
export function isSpace(c: string): boolean {
  const n = c.charCodeAt(0);
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

/** Marks that end a sentence, after which a line break ends a paragraph. */
export const SENTENCE_END = "。！？；：…”’）】》";

/** Whether `c` is one of the characters of `set` (never true for "", unlike `set.includes("")`). */
export const oneOf = (set: string, c: string): boolean => c !== "" && set.includes(c);

const CHAR_CACHE: string[] = [];

/**
 * The one-unit string of a UTF-16 code unit, made once and shared: `charAt` on Chinese text
 * allocates a new string for every character, which is most of the repair's garbage.
 */
export function charOf(code: number): string {
  let c = CHAR_CACHE[code];
  if (c === undefined) {
    c = String.fromCharCode(code);
    CHAR_CACHE[code] = c;
  }
  return c;
}

/** The UTF-16 units of `text` as shared one-unit strings (what `text.split("")` gives). */
export function unitsOf(text: string): string[] {
  const out = new Array<string>(text.length);
  for (let k = 0; k < text.length; k++) out[k] = charOf(text.charCodeAt(k));
  return out;
}
