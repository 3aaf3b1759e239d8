import { fail } from "./internal/fail";
import { normalize } from "./internal/normalize";
import { canonicalNumerals, readInteger } from "./internal/read-chinese";
import { safe } from "./internal/safe";
import type { SafeParseResult } from "./safe-parse-result";

/**
 * What {@link parseChineseMoney} reads.
 *
 * @example
 * ```ts
 * const money: ParsedMoney = parseChineseMoney("人民币壹佰元整");
 * //=> { amount: "100", value: 100, prefix: "人民币" }
 * ```
 */
export interface ParsedMoney {
  /** The exact amount in 元 as a plain decimal without trailing zeros: `"1005.07"`, `"100"`. */
  amount: string;
  /** The same amount as a number (exact up to 2^53 − 1 分). */
  value: number;
  /** Present when the text starts with 人民币. */
  prefix?: "人民币";
}

/**
 * Reads an amount written in capitals: `人民币壹仟零伍元零柒分`, `壹佰元整` (also 正 and 圆), with
 * or without the optional 零 after 元 (壹仟陆佰捌拾元零叁角贰分). Lower-case digits are read too.
 *
 * @param text - the amount in words
 * @returns {@link ParsedMoney}
 * @throws {FormatError} `invalid-money` for text that is not an amount in words, `out-of-range`
 *   above 10^20 元
 *
 * @example
 * ```ts
 * parseChineseMoney("壹仟零伍元零柒分");
 * //=> { amount: "1005.07", value: 1005.07 }
 * ```
 */
export function parseChineseMoney(text: string): ParsedMoney {
  const m = /^(人民币)?(?:(.+?)[元圆])?0?(?:(\d)角)?0?(?:(\d)分)?([整正]?)$/.exec(
    canonicalNumerals(normalize(text)),
  );
  const int = m?.[2] ? readInteger(m[2]) : 0;
  if (!m || int === undefined || !(m[2] || m[3] || m[4])) {
    return fail(
      "parseChineseMoney",
      "invalid-money",
      ["an amount like 壹佰元整", "形如“壹佰元整”的金额"],
      text,
    );
  }
  // As toChineseMoney: 一万亿亿 at most, which keeps the amount exact.
  if (int > 1e20)
    fail(
      "parseChineseMoney",
      "out-of-range",
      ["an amount of at most 10^20 元", "不超过 10^20 元的金额"],
      text,
    );
  const f = `${m[3] ?? 0}${m[4] ?? 0}`.replace(/0+$/, "");
  const amount = f ? `${int}.${f}` : String(int);
  const out: ParsedMoney = { amount, value: Number(amount) };
  if (m[1]) out.prefix = "人民币";
  return out;
}

/**
 * {@link parseChineseMoney} without throwing.
 *
 * @example
 * ```ts
 * safeParseChineseMoney("壹佰元整").success;
 * //=> true
 * ```
 */
export const safeParseChineseMoney = (text: string): SafeParseResult<ParsedMoney> =>
  safe(parseChineseMoney, text);
