import { BulletinError, type IssuePath, type Locale, localeOf } from "@bulletin/format";

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

/** The codes of {@link ParseOptionsError}, for tests that every code has its messages. */
export const PARSE_OPTIONS_ERROR_CODES: readonly ParseOptionsErrorCode[] = ["invalid-option"];

/**
 * The message of each code in each locale: `p.option` (`departments[2]`) and `p.detail`, what is
 * wrong with it, in that locale.
 */
export const PARSE_OPTIONS_MESSAGES: Record<
  ParseOptionsErrorCode,
  Record<Locale, (p: { option: string; detail: string; fn?: string | undefined }) => string>
> = {
  "invalid-option": {
    "zh-CN": (p) =>
      `${p.fn ?? "parseBulletinText"}：${p.option === "" ? "options" : `options.${p.option}`} 无效：${p.detail}`,
    en: (p) =>
      `${p.fn ?? "parseBulletinText"}: ${p.option === "" ? "options" : `options.${p.option}`} ${p.detail}`,
  },
};

/**
 * Thrown by `parseBulletinText` and `repairExtractedText` when their options (never their text) are invalid. `path` is the
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
   * @param message - what was expected and what was given, in `options.locale`
   * @param options - the `locale` of the message (`zh-CN` by default), the `cause`, and `fn`, the
   *   function whose options they are (`parseBulletinText` by default, or `repairExtractedText`)
   */
  constructor(
    path: IssuePath,
    message: string,
    options?: {
      cause?: unknown;
      locale?: Locale;
      fn?: "parseBulletinText" | "repairExtractedText";
    },
  ) {
    const option = path
      .map((k, i) => (typeof k === "number" ? `[${k}]` : i ? `.${k}` : k))
      .join("");
    const locale = localeOf(options?.locale);
    super(
      "invalid-option",
      PARSE_OPTIONS_MESSAGES["invalid-option"][locale]({
        option,
        detail: message,
        fn: options?.fn,
      }),
      {
        path,
        cause: options?.cause,
      },
    );
    this.option = option;
  }
}
