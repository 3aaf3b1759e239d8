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
