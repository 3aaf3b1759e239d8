import type { BulletinError } from "./bulletin-error";
import type { FormatError } from "./errors";

/**
 * The one shape every `safeParse…` function of the toolkit returns: the parsed value as `data`,
 * or as `error` the {@link BulletinError} the matching `parse…` function would have thrown.
 * Format's parsers fail with a `FormatError`; schema's `safeParseBulletin` returns
 * `SafeParseResult<Bulletin, BulletinValidationError>` (its failure also keeps `issues`, the
 * error's issues, as an alias).
 *
 * @example
 * ```ts
 * const result: SafeParseResult<number> = safeParsePercent("12.3%");
 * //=> { success: true, data: 0.123 }
 * ```
 */
export type SafeParseResult<T, E extends BulletinError = FormatError> =
  | { success: true; data: T }
  | { success: false; error: E };
