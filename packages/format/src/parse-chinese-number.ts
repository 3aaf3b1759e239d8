import { shiftValue } from "./internal/decimal";
import { fail } from "./internal/fail";
import { normalize } from "./internal/normalize";
import { readInteger, tok } from "./internal/read-chinese";
import { safe } from "./internal/safe";
import type { SafeParseResult } from "./safe-parse-result";

/**
 * Reads a number written in Chinese or mixed numerals: 一亿零一万, 壹仟零伍, 两千, 廿一,
 * 二〇二五 (digit by digit, as in years), 三点一四, 负五, decimals before a scale (一千零九点六亿),
 * and Arabic numbers with 万/亿 (5.88万, 1.2亿, 38447万) or other units (3千). Full-width digits
 * and stray spaces are accepted.
 * Returns a bigint where a number would lose precision (an integer above 2^53 − 1).
 *
 * @param text - the numeral
 * @returns its value
 * @throws {FormatError} `invalid-number` for text that is not one well-formed numeral (二十〇五:
 *   a 零 must skip a place), `out-of-range` above 10^20 and for a decimal that no double holds
 *   exactly (11111111111111111.5): the result is exact or an error, never rounded silently
 *
 * @example
 * ```ts
 * parseChineseNumber("5.88万");
 * //=> 58800
 * parseChineseNumber("二〇二五");
 * //=> 2025
 * ```
 */
export function parseChineseNumber(text: string): number | bigint {
  // Text as it comes first: normalizing costs more than reading, and only text that does not
  // read (spaces, full-width digits) can change by it.
  const v = read(String(text), text) ?? read(normalize(text), text);
  return (
    v ??
    fail(
      FN,
      "invalid-number",
      ["a Chinese numeral like 一千零一", "形如“一千零一”的中文数字"],
      text,
    )
  );
}

const FN = "parseChineseNumber";

/** Whether token `t` ({@link tok}) is a digit. */
const isDigit = (t: number): boolean => t > 0 && t < 11;

/** The Arabic digits of `s` from `from` to `to` (all digit tokens). */
const digitsOf = (s: string, from: number, to: number): string => {
  let out = "";
  for (let i = from; i < to; i++) out += tok(s, i) - 1;
  return out;
};

/** The value of `s`, or `undefined` when it is not one numeral; throws `out-of-range`. */
function read(s: string, text: string): number | bigint | undefined {
  const n = s.length;
  const first = tok(s, 0);
  const sign = +(first === 17 || first === 21);
  // An Arabic number with units, its decimals before them (5.88万, 1.2亿, 38447万, 3千), or
  // digits one by one (二〇二五)…
  let i = sign;
  while (isDigit(tok(s, i))) i++;
  let k = i;
  if (tok(s, k) === 16) while (isDigit(tok(s, k + 1))) k++;
  const dot = k > i; // a point and at least one digit after it
  if (dot) k++;
  const end = k; // of the decimals
  let t = tok(s, k);
  let e = 0;
  // A small unit after an Arabic number takes one digit: 3千, never 12千 (from 一二十).
  if (t > 10 && t < 14 && i - sign === 1) {
    e = t - 10;
    t = tok(s, ++k);
  }
  if (t === 14) {
    e += 4;
    t = tok(s, ++k);
  }
  for (; t === 15; t = tok(s, ++k)) e += 8;
  let v: number | bigint | undefined;
  if (i > sign && k === n && (dot || tok(s, i) !== 16))
    v = shiftValue(digitsOf(s, sign, i), dot ? digitsOf(s, i + 1, end) : "", e);
  else {
    // …or an integer in words (or mixed), its decimals after it (一千零一, 三点一四), and a
    // scale after the decimals (一千零九点六亿, 一百点二五万亿).
    let m = n;
    e = 0;
    if (tok(s, m - 1) === 15) {
      m--;
      e = 8;
    }
    if (tok(s, m - 1) === 14) {
      m--;
      e += 4;
    }
    for (k = m; isDigit(tok(s, k - 1)); ) k--;
    const frac = k < m && tok(s, k - 1) === 16;
    // Without decimals before it, a scale is the integer's own: 一千万.
    if (!frac) m = n;
    v = readInteger(s, sign, frac ? k - 1 : n);
    if (v === undefined) return;
    if (frac) v = shiftValue(String(v), digitsOf(s, k, m), e);
  }
  // A decimal a double does not hold (11111111111111111.5) is refused, never rounded.
  if (v === undefined || v > 1e20)
    fail(
      FN,
      "out-of-range",
      ["at most 10^20, exact in a double", "不超过 10^20 且双精度浮点数能精确表示的数"],
      text,
    );
  return first === 17 && v ? -(v as number) : v;
}

/**
 * {@link parseChineseNumber} without throwing.
 *
 * @example
 * ```ts
 * safeParseChineseNumber("abc").success;
 * //=> false
 * ```
 */
export const safeParseChineseNumber = (text: string): SafeParseResult<number | bigint> =>
  safe(parseChineseNumber, text);
