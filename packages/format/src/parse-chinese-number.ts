import { shiftValue } from "./internal/decimal";
import { fail } from "./internal/fail";
import { normalize } from "./internal/normalize";
import { canonicalNumerals, readInteger, UNIT_POWER } from "./internal/read-chinese";
import { safe } from "./internal/safe";
import type { SafeParseResult } from "./safe-parse-result";

/**
 * Reads a number written in Chinese or mixed numerals: 一亿零一万, 壹仟零伍, 两千, 廿一,
 * 二〇二五 (digit by digit, as in years), 三点一四, 负五, and Arabic numbers with 万/亿 (5.88万,
 * 1.2亿, 38447万) or other units (3千). Full-width digits and stray spaces are accepted.
 * Returns a bigint where a number would lose precision (an integer above 2^53 − 1).
 *
 * @param text - the numeral
 * @returns its value
 * @throws {FormatError} `invalid-number` for text that is not one well-formed numeral,
 *   `out-of-range` above 10^20
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
  const s = canonicalNumerals(normalize(text));
  // An Arabic number with units, its decimals before them (5.88万, 1.2亿, 38447万, 3千)…
  let m = /^([+-]?)(\d+)(?:\.(\d+))?([十百千]?万?亿*)$/.exec(s);
  let int: string | bigint | undefined;
  let e = 0;
  // A small unit after an Arabic number takes one digit: 3千, never 12千 (from 一二十).
  if (m && !(/^[十百千]/.test(m[4] as string) && (m[2] as string).length > 1)) {
    int = m[2];
    for (const c of m[4] as string) e += UNIT_POWER[c] as number;
  } else {
    // …or an integer in words (or mixed), its decimals after it: 一千零一, 三点一四.
    m = /^([+-]?)(.+?)(?:\.(\d+))?$/.exec(s);
    int = m ? readInteger(m[2] as string) : int;
  }
  if (int === undefined || !m)
    return fail("parseChineseNumber", "invalid-number", "a Chinese numeral like 一千零一", text);
  const v = shiftValue(String(int), m[3] ?? "", e);
  if (v > 10n ** 20n)
    fail("parseChineseNumber", "out-of-range", "a magnitude of at most 10^20", text);
  return m[1] === "-" && v ? -v : v;
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
