import { digitsOption } from "./internal/options";
import { percentDigits } from "./internal/percent";

/**
 * Options of {@link formatPercent}.
 *
 * @example
 * ```ts
 * const options: FormatPercentOptions = { fractionDigits: 0 };
 * formatPercent(0.05, options); //=> "5%"
 * ```
 */
export interface FormatPercentOptions {
  /** Decimals after the point, kept even when zero (`5.0%`); default 1. */
  fractionDigits?: number;
}

/**
 * Writes a ratio as a percentage with Arabic numerals and `%` (GB/T 15835-2011), rounded half
 * away from zero on the decimal value (no floating-point drift: 0.1005 → `10.1%`).
 *
 * @param ratio - the ratio: 0.123 for 12.3%
 * @param options - {@link FormatPercentOptions}
 * @returns the percentage
 * @throws {FormatError} `not-finite`, `invalid-option`, `invalid-number` (not a number)
 *
 * @example
 * ```ts
 * formatPercent(0.123);
 * //=> "12.3%"
 * formatPercent(-0.2485, { fractionDigits: 2 });
 * //=> "-24.85%"
 * ```
 */
export function formatPercent(ratio: number, options: FormatPercentOptions = {}): string {
  const s = percentDigits(
    "formatPercent",
    ratio,
    digitsOption("formatPercent", options.fractionDigits, 1),
  );
  return `${ratio < 0 && /[1-9]/.test(s) ? "-" : ""}${s}%`;
}
