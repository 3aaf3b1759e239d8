import { BulletinError, type BulletinErrorOptions } from "./bulletin-error";
import type { Locale } from "./locale";

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
 * Options of the {@link FormatError} constructor: where it happened, what caused it, and its
 * message in each locale.
 *
 * @example
 * ```ts
 * const options: FormatErrorOptions = {
 *   messages: { "zh-CN": "parsePercent：无法识别的百分数", en: "parsePercent failed" },
 * };
 * new FormatError("invalid-percent", "parsePercent：无法识别的百分数", options).messages.en;
 * //=> "parsePercent failed"
 * ```
 */
export interface FormatErrorOptions extends BulletinErrorOptions {
  /** The message in each locale; without it, `message` serves for both. */
  messages?: Readonly<Record<Locale, string>>;
}

/**
 * The one error every function of `@bulletin/format` throws. Its message says which function
 * failed, what the `code` means, what was expected and the input (quoted, cut at 40
 * characters). `message` is in Chinese (`zh-CN`, the toolkit's default locale) and `messages`
 * holds it in every locale, so a caller writing in English takes `messages.en`. An invalid
 * option carries its `path` (`["referenceYear"]`). Like every toolkit error it is a
 * {@link BulletinError}: `isBulletinError(error)` is true for it.
 *
 * @example
 * ```ts
 * try {
 *   toChineseMoney(-5);
 * } catch (error) {
 *   if (error instanceof FormatError) [error.code, error.message, error.messages.en];
 * }
 * //=> ["negative-amount", 'toChineseMoney：金额为负数（negative-amount）：应为 0 或以上的金额，实际为 "-5"', 'toChineseMoney failed (negative-amount): expected an amount of 0 or more, got "-5"']
 * ```
 */
export class FormatError extends BulletinError<FormatErrorCode> {
  static override readonly name: string = "FormatError";
  override readonly name = "FormatError";
  /** The message in each locale: `message` is `messages["zh-CN"]`. */
  readonly messages: Readonly<Record<Locale, string>>;

  /**
   * @param code - what went wrong
   * @param message - the message in zh-CN (what failed, why, what was expected)
   * @param options - where it happened, the `cause`, and `messages` in each locale
   */
  constructor(code: FormatErrorCode, message: string, options: FormatErrorOptions = {}) {
    const { messages, ...rest } = options;
    super(code, message, rest);
    this.messages = messages ?? { "zh-CN": message, en: message };
  }
}
