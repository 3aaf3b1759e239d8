import { localeOf } from "@bulletin/format";
import { BulletinValidationError } from "./errors";
import { type Collect, compileCollect } from "./internal/collect-issues";
import { type Check, compileCheck } from "./internal/compile-check";
import { inspectInput, unreadableIssue } from "./internal/inspect-input";
import { mapZodIssues } from "./internal/map-zod-issues";
import type { Locale, ValidationIssue } from "./issues";
import { type LintBulletinOptions, lintBulletin } from "./lint-bulletin";
import { schemasFor, type ValidationMode } from "./model";
import type { Bulletin } from "./schemas";

/**
 * Options of {@link parseBulletin} and {@link safeParseBulletin}.
 *
 * @example
 * ```ts
 * const options: ParseBulletinOptions = { locale: "en", mode: "passthrough" };
 * parseBulletin({ ...issue9, note: "draft" }, options).issue.number; //=> 9
 * ```
 */
export interface ParseBulletinOptions {
  /** Language of the messages: `zh-CN` (default) or `en`. */
  locale?: Locale;
  /** `strict` (default) rejects unknown keys; `passthrough` keeps them. `_` keys are always kept. */
  mode?: ValidationMode;
}

/**
 * Options of {@link validateBulletin}: those of parsing plus the lint rule severities.
 *
 * @example
 * ```ts
 * const options: ValidateBulletinOptions = { locale: "en", rules: { "total-number-below-number": "error" } };
 * validateBulletin({ ...issue9, issue: { ...issue9.issue, totalNumber: 5 } }, options).ok; //=> false
 * ```
 */
export interface ValidateBulletinOptions extends ParseBulletinOptions {
  /** Change the severity of a lint rule, or turn it `off`. */
  rules?: LintBulletinOptions["rules"];
  /** Also run the text rules of {@link lintBulletin} (off by default: they are style, not validity). */
  textRules?: boolean;
}

/**
 * What {@link safeParseBulletin} returns: the toolkit's one safe-parse shape (format's
 * `SafeParseResult`), `{ success: true, data }` or `{ success: false, error }` where `error` is
 * the {@link BulletinValidationError} {@link parseBulletin} would throw. `issues` on a failure is
 * an alias of `error.issues`, kept from before the shapes were made one.
 *
 * @example
 * ```ts
 * const result: SafeParseBulletinResult = safeParseBulletin({ ...issue9, schemaVersion: "2" });
 * result.success ? result.data.issue.number : result.error.issues.map((issue) => issue.code);
 * //=> ["unsupported-schema-version"]
 * ```
 */
export type SafeParseBulletinResult =
  | { success: true; data: Bulletin }
  | {
      success: false;
      error: BulletinValidationError;
      /** The same array as `error.issues` (an alias kept for existing callers). */
      issues: ValidationIssue[];
    };

/** A failure of {@link safeParseBulletin}: the error parseBulletin throws, and its issues. */
const failure = (issues: ValidationIssue[], locale: Locale): SafeParseBulletinResult => ({
  success: false,
  error: new BulletinValidationError(issues, { locale }),
  issues,
});

/**
 * What {@link validateBulletin} returns: `ok` is false only when an issue is an `error`.
 *
 * @example
 * ```ts
 * const result: ValidateBulletinResult = validateBulletin(issue9);
 * [result.ok, result.bulletin === issue9, result.issues]; //=> [true, true, []]
 * ```
 */
export interface ValidateBulletinResult {
  ok: boolean;
  bulletin?: Bulletin;
  issues: ValidationIssue[];
}

const compiled = new Map<ValidationMode, { check: Check; collect: Collect }>();

/** The compiled check and issue collector of a mode, built on first use. */
function compiledFor(mode: ValidationMode): { check: Check; collect: Collect } {
  let c = compiled.get(mode);
  if (!c) {
    const schema = schemasFor(mode).Bulletin;
    c = { check: compileCheck(schema), collect: compileCollect(schema) };
    compiled.set(mode, c);
  }
  return c;
}

/**
 * Checks the structure of a bulletin (types, required fields, known keys, real dates, text
 * limits) without throwing. Semantic rules are {@link lintBulletin}'s.
 *
 * @param input - anything, typically the result of `JSON.parse`
 * @param options - locale and mode
 * @returns the typed bulletin (the input object itself: valid input is not copied), or every
 *   structural issue
 * @example
 * ```ts
 * import { safeParseBulletin } from "@bulletin/schema";
 * const r = safeParseBulletin({ schemaVersion: "2" }, { locale: "en" });
 * r.success; //=> false
 * ```
 */
export function safeParseBulletin(
  input: unknown,
  options: ParseBulletinOptions = {},
): SafeParseBulletinResult {
  const mode = options.mode ?? "strict";
  const { check, collect } = compiledFor(mode);
  const locale = localeOf(options.locale);
  try {
    // Fast path: a valid document is recognised without building issues or copying it.
    if (check(input)) return { success: true, data: input as Bulletin };
  } catch {
    // A value that throws when read: the walk below names it.
  }
  const hostile = inspectInput(input, locale);
  if (hostile.some((issue) => issue.code === "unreadable-value")) return failure(hostile, locale);
  let result: ReturnType<ReturnType<typeof schemasFor>["Bulletin"]["safeParse"]>;
  try {
    // An invalid document: zod is asked only about the parts that are wrong.
    const issues = [...hostile];
    collect(input, [], locale, issues);
    if (issues.length > hostile.length) return failure(issues, locale);
    // Nothing wrong with the structure (a forbidden key zod drops, an extension the check does
    // not look into): zod's own parse decides, and gives the data.
    result = schemasFor(mode).Bulletin.safeParse(input, { reportInput: true });
  } catch (error) {
    // Read fine once, then threw (a getter with state): where is unknown, so the whole input.
    return failure([...hostile, unreadableIssue([], error, locale)], locale);
  }
  if (result.success && hostile.length === 0) return { success: true, data: result.data };
  return failure(
    result.success ? hostile : mapZodIssues(result.error.issues, locale, hostile),
    locale,
  );
}

/**
 * Validates a value: checks the structure of a bulletin (such as parsed JSON) and returns it
 * typed, or throws. It reads no text; to turn a bulletin's plain text into a bulletin, use
 * `parseBulletinText` from `@bulletin/parse`.
 *
 * @param input - anything, typically the result of `JSON.parse`
 * @param options - locale and mode
 * @returns the bulletin
 * @throws {@link BulletinValidationError} with every structural issue, its header in `locale`
 * @example
 * ```ts
 * import { parseBulletin } from "@bulletin/schema";
 * const bulletin = parseBulletin(JSON.parse(text));
 * bulletin.issue.number; //=> 9
 * ```
 */
export function parseBulletin(input: unknown, options: ParseBulletinOptions = {}): Bulletin {
  const result = safeParseBulletin(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Structure, then semantics, in one call that never throws. `ok` is false only when an issue
 * has severity `error`; warnings and infos leave it true.
 *
 * @param input - anything, typically the result of `JSON.parse`
 * @param options - locale, mode and lint rule severities
 * @returns `{ ok, bulletin?, issues }`; `bulletin` is present when the structure is valid
 * @example
 * ```ts
 * import { validateBulletin } from "@bulletin/schema";
 * const { ok, issues } = validateBulletin(JSON.parse(text), { locale: "en" });
 * ok; //=> true
 * ```
 */
export function validateBulletin(
  input: unknown,
  options: ValidateBulletinOptions = {},
): ValidateBulletinResult {
  const parsed = safeParseBulletin(input, options);
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  const lintOptions: LintBulletinOptions = {};
  if (options.locale) lintOptions.locale = options.locale;
  if (options.rules) lintOptions.rules = options.rules;
  lintOptions.textRules = options.textRules === true;
  let issues: ValidationIssue[];
  try {
    issues = lintBulletin(parsed.data, lintOptions);
  } catch (error) {
    // Valid input is not copied: a getter may throw on a later read.
    return { ok: false, issues: [unreadableIssue([], error, localeOf(options.locale))] };
  }
  return { ok: !issues.some((i) => i.severity === "error"), bulletin: parsed.data, issues };
}
