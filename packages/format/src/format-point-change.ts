import type { ChangeBasis } from "./format-change";
import { shiftRound, toDecimal } from "./internal/decimal";
import { digitsOption, numberArg } from "./internal/options";

/**
 * Options of {@link formatPointChange}.
 *
 * @example
 * ```ts
 * const options: FormatPointChangeOptions = { basis: "mom", fractionDigits: 2 };
 * formatPointChange(0.25, options); //=> "环比提高0.25个百分点"
 * ```
 */
export interface FormatPointChangeOptions {
  /** Decimals, kept even when zero; default 1. */
  fractionDigits?: number;
  /** Writes 同比 or 环比 before the change. */
  basis?: ChangeBasis;
}

/**
 * Writes the difference of two rates in percentage points, never in `%`: `提高1.2个百分点`,
 * `降低0.5个百分点`, `持平` when the rounded difference is zero.
 *
 * @param points - the difference in percentage points: 1.2 for a rate that went from 10.0% to 11.2%
 * @param options - {@link FormatPointChangeOptions}
 * @returns the change in words
 * @throws {FormatError} `not-finite`, `invalid-option`, `invalid-number` (not a number)
 *
 * @example
 * ```ts
 * formatPointChange(1.2);
 * //=> "提高1.2个百分点"
 * formatPointChange(-0.5, { basis: "yoy" });
 * //=> "同比降低0.5个百分点"
 * ```
 */
export function formatPointChange(points: number, options: FormatPointChangeOptions = {}): string {
  const s = shiftRound(
    toDecimal("formatPointChange", numberArg("formatPointChange", points)),
    0,
    digitsOption("formatPointChange", options.fractionDigits, 1),
  );
  const basis = options.basis === "yoy" ? "同比" : options.basis === "mom" ? "环比" : "";
  return basis + (/[1-9]/.test(s) ? `${points < 0 ? "降低" : "提高"}${s}个百分点` : "持平");
}
