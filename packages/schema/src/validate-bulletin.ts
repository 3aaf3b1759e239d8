import { BulletinValidationError } from "./errors";
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
}

/**
 * What {@link safeParseBulletin} returns.
 *
 * @example
 * ```ts
 * const result: SafeParseBulletinResult = safeParseBulletin({ ...issue9, schemaVersion: "2" });
 * result.success ? result.data.issue.number : result.issues.map((issue) => issue.code);
 * //=> ["unsupported-schema-version"]
 * ```
 */
export type SafeParseBulletinResult =
  | { success: true; data: Bulletin }
  | { success: false; issues: ValidationIssue[] };

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

const fastChecks = new Map<ValidationMode, Check>();

/** The compiled yes/no check of a mode, built on first use. */
function fastCheck(mode: ValidationMode): Check {
  let check = fastChecks.get(mode);
  if (!check) {
    check = compileCheck(schemasFor(mode).Bulletin);
    fastChecks.set(mode, check);
  }
  return check;
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
  const locale = options.locale ?? "zh-CN";
  try {
    // Fast path: a valid document is recognised without building issues or copying it.
    if (fastCheck(mode)(input)) return { success: true, data: input as Bulletin };
  } catch {
    // A value that throws when read: the walk below names it.
  }
  const hostile = inspectInput(input, locale);
  if (hostile.some((issue) => issue.code === "unreadable-value"))
    return { success: false, issues: hostile };
  let result: ReturnType<ReturnType<typeof schemasFor>["Bulletin"]["safeParse"]>;
  try {
    result = schemasFor(mode).Bulletin.safeParse(input, { reportInput: true });
  } catch (error) {
    // Read fine once, then threw (a getter with state): where is unknown, so the whole input.
    return { success: false, issues: [...hostile, unreadableIssue([], error, locale)] };
  }
  if (result.success && hostile.length === 0) return { success: true, data: result.data };
  const issues = result.success ? hostile : mapZodIssues(result.error.issues, locale, hostile);
  return { success: false, issues };
}

/**
 * Checks the structure of a bulletin and returns it typed, or throws.
 *
 * @param input - anything, typically the result of `JSON.parse`
 * @param options - locale and mode
 * @returns the bulletin
 * @throws {@link BulletinValidationError} with every structural issue
 * @example
 * ```ts
 * import { parseBulletin } from "@bulletin/schema";
 * const bulletin = parseBulletin(JSON.parse(text));
 * bulletin.issue.number; //=> 9
 * ```
 */
export function parseBulletin(input: unknown, options: ParseBulletinOptions = {}): Bulletin {
  const result = safeParseBulletin(input, options);
  if (!result.success) throw new BulletinValidationError(result.issues);
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
  let issues: ValidationIssue[];
  try {
    issues = lintBulletin(parsed.data, lintOptions);
  } catch (error) {
    // Valid input is not copied: a getter may throw on a later read.
    return { ok: false, issues: [unreadableIssue([], error, options.locale ?? "zh-CN")] };
  }
  return { ok: !issues.some((i) => i.severity === "error"), bulletin: parsed.data, issues };
}
