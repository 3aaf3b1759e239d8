import { fail } from "./internal/fail";
import { normalize } from "./internal/normalize";
import { ratioOf } from "./internal/percent";
import { safe } from "./internal/safe";
import type { SafeParseResult } from "./safe-parse-result";

/**
 * Reads a percentage as a ratio: `12.3%` → 0.123, also `-5%`, `+3.2%`, full-width `１２．３％`
 * and stray spaces. The ratio is the decimal moved two places, not a floating-point division.
 *
 * @param text - the percentage
 * @returns the ratio
 * @throws {FormatError} `invalid-percent` for anything else
 *
 * @example
 * ```ts
 * parsePercent("24.85%");
 * //=> 0.2485
 * ```
 */
export function parsePercent(text: string): number {
  const m = /^([+-]?)(\d+(?:\.\d+)?)%$/.exec(normalize(text));
  return m
    ? ratioOf(m[1] as string, m[2] as string)
    : fail(
        "parsePercent",
        "invalid-percent",
        ["a percentage like 12.3%", "形如“12.3%”的百分数"],
        text,
      );
}

/**
 * {@link parsePercent} without throwing.
 *
 * @example
 * ```ts
 * const result = safeParsePercent("12.3");
 * [result.success, !result.success && result.error instanceof FormatError]; //=> [false, true]
 * ```
 */
export const safeParsePercent = (text: string): SafeParseResult<number> => safe(parsePercent, text);
