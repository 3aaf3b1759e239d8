import { integerToChinese, UPPER } from "./internal/chinese";
import { toDecimal } from "./internal/decimal";
import { fail } from "./internal/fail";
import { checkMagnitude } from "./internal/limits";
import { oneOf } from "./internal/options";

/**
 * Options of {@link toChineseMoney}.
 *
 * @example
 * ```ts
 * const options: ToChineseMoneyOptions = { prefix: "人民币" };
 * toChineseMoney("0.5", options); //=> "人民币伍角整"
 * ```
 */
export interface ToChineseMoneyOptions {
  /** Written before the amount, as on a cheque: `人民币壹佰元整`. None by default. */
  prefix?: "人民币";
}

const FN = "toChineseMoney";

/**
 * Writes an amount of money in capitals, as the payment settlement rules require: 壹贰叁…拾佰仟万亿,
 * 元 then 角 and 分, 整 when the amount ends at 元 or 角 (壹佰元整, 伍角整) and not after 分, one
 * 零 for each run of zeros (壹仟零伍元零柒分), 壹拾 for a leading ten. Where the 元 digit is zero
 * and 角 is not, no 零 is written (壹仟陆佰捌拾元叁角贰分), which the rules allow.
 * Strings keep exact decimals; digits below 分 are rejected, never rounded away.
 *
 * @param amount - the amount in 元: a number, a bigint or a decimal string (`"1005.07"`)
 * @param options - {@link ToChineseMoneyOptions}
 * @returns the amount in capitals
 * @throws {FormatError} `negative-amount`, `too-many-decimals` (below 分, as `1.005`),
 *   `not-finite`, `unsafe-integer`, `out-of-range` (above 10^20), `invalid-number`, `invalid-option`
 *
 * @example
 * ```ts
 * toChineseMoney(1005.07);
 * //=> "壹仟零伍元零柒分"
 * toChineseMoney(100, { prefix: "人民币" });
 * //=> "人民币壹佰元整"
 * ```
 */
export function toChineseMoney(
  amount: number | string | bigint,
  options: ToChineseMoneyOptions = {},
): string {
  const prefix = options.prefix ?? "";
  if (prefix) oneOf(FN, "prefix", prefix, ["人民币"]);
  // The common case without strings: below 10^13 a double is at most 0.002 from its
  // neighbours, so its shortest decimal has at most two places exactly when int.c reads back.
  let int: string | number = Number.NaN;
  let c = 0; // 角 and 分, 0–99
  if (typeof amount === "number" && amount < 1e13) {
    int = Math.floor(amount);
    c = Math.round((amount - int) * 100);
  }
  if (!(int >= 0 && (int * 100 + c) / 100 === amount)) {
    let neg: boolean;
    let f: string;
    [neg, int, f] = toDecimal(FN, amount);
    if (neg) fail(FN, "negative-amount", ["an amount of 0 or more", " 0 或以上的金额"], amount);
    f = f.replace(/0+$/, "");
    if (f.length > 2)
      fail(
        FN,
        "too-many-decimals",
        ["at most two decimals (角, 分)", "至多两位小数（角、分）"],
        amount,
      );
    checkMagnitude(FN, int, f, amount);
    c = +f.padEnd(2, "0");
  }
  const jiao = (c / 10) | 0;
  const fen = c % 10;
  let out = !+int ? (c ? "" : "零元") : `${integerToChinese(int, UPPER, "零", false)}元`;
  if (jiao) out += `${UPPER[jiao]}角`;
  else if (fen && out) out += "零";
  out += fen ? `${UPPER[fen]}分` : "整";
  return prefix + out;
}
