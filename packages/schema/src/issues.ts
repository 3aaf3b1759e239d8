import type { IssuePath } from "@bulletin/format";
import type { TextRuleCode } from "./lint-rules/types";

/**
 * How serious a validation issue is: only `error` makes a bulletin invalid.
 *
 * @example
 * ```ts
 * const severity: Severity = LINT_RULES["unused-metric"]; //=> "info"
 * validateBulletin(issue9).issues.filter((issue) => issue.severity === "error"); //=> []
 * ```
 */
export type Severity = "error" | "warning" | "info";

// The one `Locale` and `IssuePath` of the toolkit live in @bulletin/format (its root package),
// so every package's errors and messages share them; schema re-exports both.
export type { IssuePath, Locale } from "@bulletin/format";

/**
 * Codes of structural problems (the shape of the JSON).
 *
 * @example
 * ```ts
 * const code: StructureIssueCode = "unknown-key";
 * formatMessage(code, { path: "issue.numbr", known: ["number", "year"] }, "en");
 * //=> "`issue.numbr` is not a field of the model: expected one of \"number\", \"year\"; name extensions with a leading \"_\""
 * ```
 */
export type StructureIssueCode =
  | "invalid-type"
  | "missing-field"
  | "unknown-key"
  | "forbidden-key"
  | "invalid-value"
  | "unsupported-schema-version"
  | "invalid-date"
  | "invalid-month"
  | "invalid-id"
  | "invalid-inline"
  | "empty-text"
  | "invalid-text"
  | "control-character"
  | "unreadable-value"
  | "too-long"
  | "too-short"
  | "out-of-range"
  | "not-integer"
  | "too-deep";

/**
 * Codes of semantic problems found by {@link lintBulletin}: the model's own rules, and the text
 * rules of GB/T 15834-2011 and GB/T 15835-2011 listed in {@link TEXT_RULES}.
 *
 * @example
 * ```ts
 * const code: LintIssueCode = "total-number-below-number";
 * LINT_RULES[code]; //=> "warning"
 * ```
 */
export type LintIssueCode =
  | "unresolved-metric-ref"
  | "unresolved-department-ref"
  | "duplicate-id"
  | "range-reversed"
  | "published-before-period-end"
  | "date-outside-period"
  | "department-text-mismatch"
  | "metric-text-mismatch"
  | "comparison-mismatch"
  | "total-number-below-number"
  | "empty-section"
  | "unused-metric"
  | "table-width-mismatch"
  | "table-span-overflow"
  | "table-span-overlap"
  | "empty-table"
  | "table-markdown-fallback"
  | TextRuleCode;

/**
 * Every stable code a validation issue can carry.
 *
 * @example
 * ```ts
 * const { issues } = validateBulletin({ ...issue9, issue: { ...issue9.issue, totalNumber: 5 } });
 * const codes: ValidationIssueCode[] = issues.map((issue) => issue.code);
 * //=> ["total-number-below-number"]
 * ```
 */
export type ValidationIssueCode = StructureIssueCode | LintIssueCode;

/**
 * One problem found in a bulletin: a stable `code`, where it is (`path`), how serious it is and
 * a message in the requested locale. `params` holds the facts the message was built from.
 *
 * @example
 * ```ts
 * const { issues } = validateBulletin({ ...issue9, issue: { ...issue9.issue, number: 0 } }, { locale: "en" });
 * const issue: ValidationIssue | undefined = issues[0];
 * [issue?.code, issue?.path, issue?.severity]; //=> ["out-of-range", ["issue", "number"], "error"]
 * issue?.message; //=> "`issue.number` is out of range: expected at least 1, got 0"
 * ```
 */
export interface ValidationIssue {
  code: ValidationIssueCode;
  path: IssuePath;
  severity: Severity;
  message: string;
  params?: Record<string, unknown>;
  /** Text rules: where the offending text starts inside the text at `path` (UTF-16 code units). */
  offset?: number;
  /** Text rules: how long the offending text is (UTF-16 code units). */
  length?: number;
  /** Text rules with an unambiguous mend: the text that replaces the offending text. */
  fix?: string;
}
