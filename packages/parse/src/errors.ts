/**
 * What {@link ParseOptionsError} is about. Only options can make the parser throw; no text can.
 *
 * - `invalid-option`: an option has a value outside its type (`referenceYear: 25`,
 *   `metrics: "some"`, a department without an `id`, an `issue.publishedOn` that is no date).
 *
 * @example
 * ```ts
 * const code: ParseOptionsErrorCode = "invalid-option";
 * ```
 */
export type ParseOptionsErrorCode = "invalid-option";

/**
 * Thrown by `parseBulletinText` when its options (never its text) are invalid.
 *
 * @example
 * ```ts
 * try {
 *   parseBulletinText("…", { referenceYear: 25 });
 * } catch (error) {
 *   if (error instanceof ParseOptionsError) error.code;
 * }
 * //=> "invalid-option"
 * ```
 */
export class ParseOptionsError extends Error {
  override readonly name = "ParseOptionsError";
  /** Which problem this is; stable across versions. */
  readonly code: ParseOptionsErrorCode;
  /** The option at fault: `referenceYear`, `departments[2]`, `issue`… */
  readonly option: string;

  /**
   * @param option - the option at fault
   * @param message - what was expected and what was given
   * @param options - `cause`, where there is one
   */
  constructor(option: string, message: string, options?: { cause?: unknown }) {
    super(`parseBulletinText: options.${option} ${message}`, options);
    this.code = "invalid-option";
    this.option = option;
  }
}
