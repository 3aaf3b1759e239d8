import { BulletinError } from "./bulletin-error";

/**
 * What went wrong, as a stable string you can switch on.
 *
 * - `not-finite`: NaN or ±Infinity was given.
 * - `unsafe-integer`: an integer beyond `Number.MAX_SAFE_INTEGER` was given as a number (pass a bigint or a string).
 * - `out-of-range`: the value is outside what the form can express (above 10^20, a month 13, a level 5…).
 * - `negative-amount`: money must not be negative.
 * - `too-many-decimals`: money has digits below 分 (`1.005`).
 * - `invalid-option`: an option has a value outside its type.
 * - `invalid-date`: not a real calendar date.
 * - `invalid-date-span`: a span of an unknown kind or a range that ends before it starts.
 * - `missing-reference-year`: the text has no year and no `referenceYear` was given.
 * - `invalid-number` … `invalid-change`: a parser did not recognise its text.
 *
 * @example
 * ```ts
 * const result = safeParsePercent("12.3");
 * const code: FormatErrorCode | undefined = result.success ? undefined : result.error.code;
 * //=> "invalid-percent"
 * ```
 */
export type FormatErrorCode =
  | "not-finite"
  | "unsafe-integer"
  | "out-of-range"
  | "negative-amount"
  | "too-many-decimals"
  | "invalid-option"
  | "invalid-date"
  | "invalid-date-span"
  | "missing-reference-year"
  | "invalid-number"
  | "invalid-money"
  | "invalid-quantity"
  | "invalid-section-marker"
  | "invalid-issue-number"
  | "invalid-percent"
  | "invalid-change";

/**
 * The one error every function of `@bulletin/format` throws. Its message says which function
 * failed, the `code`, what was expected and the input (quoted, cut at 40 characters). An invalid
 * option carries its `path` (`["referenceYear"]`). Like every toolkit error it is a
 * {@link BulletinError}: `isBulletinError(error)` is true for it.
 *
 * @example
 * ```ts
 * try {
 *   toChineseMoney(-5);
 * } catch (error) {
 *   if (error instanceof FormatError) error.code;
 * }
 * //=> "negative-amount"
 * ```
 */
export class FormatError extends BulletinError<FormatErrorCode> {
  static override readonly name: string = "FormatError";
  override readonly name = "FormatError";
}
