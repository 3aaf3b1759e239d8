import type { FormatError } from "./errors";

/**
 * What every `safeParse…` function returns: the parsed value, or the `FormatError` the
 * matching `parse…` function would have thrown.
 *
 * @example
 * ```ts
 * const result: SafeParseResult<number> = safeParsePercent("12.3%");
 * //=> { success: true, data: 0.123 }
 * ```
 */
export type SafeParseResult<T> =
  | { success: true; data: T }
  | { success: false; error: FormatError };
