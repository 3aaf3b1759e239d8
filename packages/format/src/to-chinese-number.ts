import { groupWords, integerToChinese, LOWER, UPPER } from "./internal/chinese";
import { toDecimal } from "./internal/decimal";
import { checkMagnitude } from "./internal/limits";
import { oneOf } from "./internal/options";

/**
 * Options of {@link toChineseNumber}.
 *
 * @example
 * ```ts
 * const options: ToChineseNumberOptions = { tenStyle: "一十", zero: "〇" };
 * toChineseNumber(15, options); //=> "一十五"
 * toChineseNumber(105, options); //=> "一百〇五"
 * ```
 */
export interface ToChineseNumberOptions {
  /** `lower` (default) writes 一二三十百千; `upper` writes the capitals 壹贰叁拾佰仟. */
  style?: "lower" | "upper";
  /** How a leading ten is written: `十` (十五, 十万; the default for `lower`) or `一十` (the default for `upper`: 壹拾). */
  tenStyle?: "十" | "一十";
  /** The zero character: `零` (default, for quantities) or `〇` (as in codes). */
  zero?: "零" | "〇";
}

const FN = "toChineseNumber";

/**
 * Writes a number in Chinese numerals (GB/T 15835-2011): integers up to 10^20 grouped by 万,
 * 亿, 万亿 and 亿亿, one 零 for each run of zeros (一亿零一万, 一千零一十), 负 for negatives and
 * 点 plus digit by digit for decimals (三点一四). Strings keep their exact digits (`"3.140"` →
 * 三点一四零); pass a bigint or a string for integers beyond `Number.MAX_SAFE_INTEGER`.
 *
 * @param n - the number: a number, a bigint or a decimal string like `"-12.50"`
 * @param options - {@link ToChineseNumberOptions}
 * @returns the Chinese numeral
 * @throws {FormatError} `not-finite`, `unsafe-integer`, `out-of-range` (above 10^20),
 *   `invalid-number` (a string that is not a plain decimal), `invalid-option`
 *
 * @example
 * ```ts
 * toChineseNumber(100010000);
 * //=> "一亿零一万"
 * toChineseNumber(1010, { style: "upper" });
 * //=> "壹仟零壹拾"
 * ```
 */
export function toChineseNumber(
  n: number | bigint | string,
  options: ToChineseNumberOptions = {},
): string {
  const { style, tenStyle, zero = "零" } = options;
  if (style || tenStyle || zero !== "零") {
    oneOf(FN, "style", style, ["lower", "upper"]);
    oneOf(FN, "tenStyle", tenStyle, ["十", "一十"]);
    oneOf(FN, "zero", zero, ["零", "〇"]);
  }
  const chars = style === "upper" ? UPPER : LOWER;
  let neg: boolean;
  let int: string | number;
  let f = "";
  if (typeof n === "number" && Number.isSafeInteger(n)) {
    // The common case: no strings, no regular expressions.
    neg = n < 0;
    int = neg ? -n : n;
  } else {
    [neg, int, f] = toDecimal(FN, n);
    checkMagnitude(FN, int, f, n);
  }
  let out = integerToChinese(int, chars, zero, tenStyle ? tenStyle === "十" : chars === LOWER);
  if (f) {
    // Decimals digit by digit: the words of the groups 0–9.
    const words = groupWords(chars, zero);
    out += "点";
    for (const d of f) out += words[+d];
  }
  return neg ? `负${out}` : out;
}
