import { fail } from "./internal/fail";
import { digitsOption, oneOf } from "./internal/options";
import { percentDigits } from "./internal/percent";

/**
 * Against what a change is measured: `yoy` 同比 (the same period a year earlier), `mom` 环比 (the previous period).
 *
 * @example
 * ```ts
 * const basis: ChangeBasis = "mom";
 * formatChange({ basis, ratio: 0.02 }); //=> "环比增长2.0%"
 * ```
 */
export type ChangeBasis = "yoy" | "mom";

/**
 * A change to write: two values, or the ratio of change itself (`0.123` for +12.3%).
 *
 * @example
 * ```ts
 * const change: Change = { basis: "yoy", current: 1123, previous: 1000 };
 * formatChange(change); //=> "同比增长12.3%"
 * formatChange({ basis: "yoy", ratio: 0.123 }); //=> "同比增长12.3%"
 * ```
 */
export type Change =
  | { basis: ChangeBasis; current: number; previous: number }
  | { basis: ChangeBasis; ratio: number };

/**
 * Options of {@link formatChange}.
 *
 * @example
 * ```ts
 * const options: FormatChangeOptions = { fractionDigits: 2 };
 * formatChange({ basis: "yoy", ratio: 0.1234 }, options); //=> "同比增长12.34%"
 * ```
 */
export interface FormatChangeOptions {
  /** Decimals of the percentage, kept even when zero (`5.0%`); default 1. */
  fractionDigits?: number;
}

const FN = "formatChange";

/**
 * Writes a relative change as statistics reports do: `同比增长12.3%`, `环比下降5.0%`, and
 * `同比持平` when the rounded change is zero. The percentage is (current − previous) / previous,
 * rounded half away from zero.
 *
 * @param change - {@link Change}
 * @param options - {@link FormatChangeOptions}
 * @returns the change in words
 * @throws {FormatError} `out-of-range` when `previous` is not positive, `not-finite`, `invalid-option`,
 *   `invalid-number` (a ratio that is not a number)
 *
 * @example
 * ```ts
 * formatChange({ basis: "yoy", current: 1123, previous: 1000 });
 * //=> "同比增长12.3%"
 * formatChange({ basis: "mom", ratio: -0.05 });
 * //=> "环比下降5.0%"
 * ```
 */
export function formatChange(change: Change, options: FormatChangeOptions = {}): string {
  oneOf(FN, "basis", change?.basis, ["yoy", "mom"]);
  let ratio: number;
  if ("ratio" in change) ratio = change.ratio;
  else {
    if (!(change.previous > 0))
      fail(FN, "out-of-range", ["a previous value above 0", "大于 0 的上期值"], change.previous);
    ratio = (change.current - change.previous) / change.previous;
  }
  const s = percentDigits(FN, ratio, digitsOption(FN, options.fractionDigits, 1));
  return `${change.basis === "mom" ? "环比" : "同比"}${/[1-9]/.test(s) ? `${ratio < 0 ? "下降" : "增长"}${s}%` : "持平"}`;
}
