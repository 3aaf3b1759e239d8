import { LOWER, UPPER } from "./chinese";

// The characters of each token beyond LOWER and UPPER, in token order from 1: the digits 0–9,
// the units 十百千万亿, the point, the minus sign, 廿卅卌 (two, three and four tens), the plus sign.
const TOKENS = "0〇|1|2两兩貳|3參|4|5|6陸|7|8|9||||万萬|亿億|.点點|-负負|廿|卅|卌|+";
/** The canonical form of tokens 1–17 ({@link canonicalNumerals}). */
const CANON = "0123456789十百千万亿.-";

let table: Uint8Array | undefined;

/** The token of every code point below U+A000 (40 kB), built on first use. */
const tokens = (): Uint8Array => {
  if (!table) {
    table = new Uint8Array(0xa000);
    for (const [k, chars] of TOKENS.split("|").entries())
      for (const c of chars + LOWER.charAt(k) + UPPER.charAt(k)) table[c.charCodeAt(0)] = k + 1;
  }
  return table;
};

/**
 * The token of the character at `i` of `s` (0 for anything else, and past the end): 1–10 the
 * digits 0–9, 11–15 the units 十百千万亿, 16 a point (`.` 点), 17 a minus (`-` 负), 18–20 廿卅卌,
 * 21 `+`. Looked up by code point in a table: no strings, no regular expressions, so a numeral
 * is read in one pass over its characters.
 */
export const tok = (s: string, i: number): number => tokens()[s.charCodeAt(i)] ?? 0;

/**
 * Rewrites Chinese numerals to a canonical mixed form: every digit (零〇一壹两…) becomes its
 * Arabic digit, capital units become 十百千, 萬億 become 万亿, 点 becomes `.`, 负 becomes `-`,
 * 廿卅卌 become 2十 3十 4十. `一千零五` → `1千05`, `二〇二五` → `2025`.
 */
export const canonicalNumerals = (s: string): string =>
  s.replace(/[^\d.+-]/g, (c) => {
    const t = tok(c, 0);
    return t > 17 ? `${t - 16}十` : t ? (CANON[t - 1] as string) : c;
  });

/**
 * Reads the integer written from `from` to `to` in `s`, in Chinese or mixed numerals (raw or
 * {@link canonicalNumerals}): Arabic runs and the units 十百千万亿 (十二万三千零五), also the
 * colloquial 三千五 (3500), 一万五 (15000), 一百一 (110). A 零 stands between two digits and
 * skips at least one place (一千零十, 一万零五百, 十万零七千; never 二十零五, 一百零五十,
 * 一万零五千 or 一千零万). A number up to 2^53 − 1, a bigint above (exact up to 10^23: callers bound it);
 * `undefined` for anything that is not one well-formed integer.
 */
export const readInteger = (s: string, from = 0, to = s.length): number | bigint | undefined => {
  let total = 0; // the sections closed by 亿, in units of 亿
  let acc = 0; // the section closed by 万, until the next 亿
  let sec = 0; // the section below 万
  let num = -1; // the digits read since the last unit
  let unit = 0; // the power of the last unit
  let zero = false; // whether the digits since the last unit began with a zero
  let top = false; // 零 after 亿, then 千: 万 may not close that section (一亿零五千万)
  let bare = false; // whether a digit stood right before the last 万 or 亿 (一万, not 十万)
  const table = tokens();
  for (let i = from; ; i++) {
    let t = i < to ? (table[s.charCodeAt(i)] ?? 0) : 0;
    if ((t && t < 11) || t > 17) {
      // A digit; 廿 is a 2, then a 十.
      const d = t > 17 ? t - 16 : t - 1;
      if (num < 0) zero = !d;
      num = num < 0 ? d : num * 10 + d;
      if (t < 18) continue;
      t = 11;
    }
    const e = t > 10 && t < 16 ? (t < 15 ? t - 10 : 8) : 0; // 十百千万亿: 1, 2, 3, 4, 8
    // More than four digits, or two after a unit (一千23), are wrong; so is a 零 before 万, 亿
    // or the end (一千零万, 一百零), or 二十零五.
    if (
      num > 9999 ||
      (num > 9 && sec) ||
      (!e && (i < to || i === from)) ||
      ((!e || e > 3) && zero && unit && (unit === 1 || num < 1))
    )
      return;
    if (!e) break;
    // After a unit, a 零 skips at least one place: 十万零七千 (万 is 0) but not 一万零七千.
    const skip = zero && (unit < 4 || bare) ? unit : 0;
    if (e < 4) {
      // A 十 without a digit is 一十 at the start (no unit yet) and after a zero: 十五, 一百零十五.
      const n = num > 0 ? num : e === 1 && (!unit || zero) ? 1 : 0;
      // Within a section the units fall: 千, then 百, then 十.
      if (
        (unit && unit < 4 && e >= unit) ||
        n < 1 ||
        n > 9 ||
        (skip && (unit < 4 ? e > unit - 2 : unit < 8 && e > 2))
      )
        return;
      top ||= skip > 7 && e > 2;
      sec += n * (e < 2 ? 10 : e < 3 ? 100 : 1000); // not 10 ** e, a call to Math.pow
    } else {
      const v = sec + Math.max(num, 0);
      // One 万 per 亿 section, after a number: never 万 alone or 一万二万.
      if (e > 4) total = total * 1e8 + acc + v;
      if (e === 4 ? acc || !v || top : !total) return;
      acc = e === 4 ? v * 1e4 : 0;
      sec = 0;
      top = false;
      bare = num > 0;
    }
    num = -1;
    unit = e;
    zero = false;
  }
  // 三千五 is 3500, but 一万1234 is 11234.
  if (num > 0) sec += !zero && unit && num < 10 ? num * 10 ** (unit - 1) : num;
  // Exact up to 10^23 (in units of 亿 the total stays below 2^53); a bigint above 2^53 − 1.
  const r = total * 1e8 + acc + sec;
  return r > 9007199254740991 ? BigInt(total) * 100000000n + BigInt(acc + sec) : r;
};
