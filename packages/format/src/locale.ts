/**
 * The locales every `@bulletin/*` package writes its messages in: `zh-CN` (the default
 * everywhere) or `en`. One type, re-exported by schema, parse, pdf and the sdk.
 *
 * @example
 * ```ts
 * const locale: Locale = "en";
 * locale; //=> "en"
 * ```
 */
export type Locale = "zh-CN" | "en";

/**
 * Whether a value is one of the toolkit's locales (`"zh-CN"` or `"en"`), for a function that
 * refuses any other `locale` option with its own typed error (`invalid-option`).
 *
 * @param value - anything, usually `options.locale`
 * @returns true for `"zh-CN"` and `"en"` only
 *
 * @example
 * ```ts
 * [isLocale("en"), isLocale("zh-CN"), isLocale("zh"), isLocale(undefined)];
 * //=> [true, true, false, false]
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return value === "zh-CN" || value === "en";
}

/**
 * The locale to write messages in, after a `locale` option: `en` when it is `"en"`, else
 * `zh-CN`, the toolkit's default (also for a missing or invalid value, so that the error that
 * refuses an invalid one can itself be written). Never throws; check the value with
 * {@link isLocale} where a bad one must be refused.
 *
 * @param value - the `locale` option as given (anything)
 * @returns `"en"` or `"zh-CN"`
 *
 * @example
 * ```ts
 * [localeOf("en"), localeOf(undefined), localeOf("fr")]; //=> ["en", "zh-CN", "zh-CN"]
 * ```
 */
export function localeOf(value: unknown): Locale {
  return value === "en" ? "en" : "zh-CN";
}
