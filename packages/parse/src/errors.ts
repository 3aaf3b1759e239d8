import { BulletinError, type IssuePath } from "@bulletin/format";

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
 * Thrown by `parseBulletinText` when its options (never its text) are invalid. `path` is the
 * option at fault as a JSON path into the options object (`["departments", 2]`,
 * `["issue", "publishedOn"]`), the one location shape of the toolkit; `option` is the same
 * written out (`departments[2]`), kept for existing callers. A `BulletinError`, like every error
 * of the toolkit.
 *
 * @example
 * ```ts
 * try {
 *   parseBulletinText("…", { referenceYear: 25 });
 * } catch (error) {
 *   if (error instanceof ParseOptionsError) [error.code, error.path];
 * }
 * //=> ["invalid-option", ["referenceYear"]]
 * ```
 */
export class ParseOptionsError extends BulletinError<ParseOptionsErrorCode> {
  static override readonly name: string = "ParseOptionsError";
  override readonly name = "ParseOptionsError";
  /** The option at fault written out (`referenceYear`, `departments[2]`): `path` as a string. */
  readonly option: string;
  declare readonly path: IssuePath;

  /**
   * @param path - the option at fault, as a JSON path into the options object
   * @param message - what was expected and what was given
   * @param options - `cause`, where there is one
   */
  constructor(path: IssuePath, message: string, options?: { cause?: unknown }) {
    const option = path
      .map((k, i) => (typeof k === "number" ? `[${k}]` : i ? `.${k}` : k))
      .join("");
    super("invalid-option", `parseBulletinText: options.${option} ${message}`, {
      path,
      ...(options?.cause === undefined ? {} : { cause: options.cause }),
    });
    this.option = option;
  }
}
