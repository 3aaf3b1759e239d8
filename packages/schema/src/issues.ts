/** How serious a validation issue is: only `error` makes a bulletin invalid. */
export type Severity = "error" | "warning" | "info";

/** The locales messages are written in. */
export type Locale = "zh-CN" | "en";

/** Codes of structural problems (the shape of the JSON). */
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
  | "too-long"
  | "too-short"
  | "out-of-range"
  | "not-integer"
  | "too-deep";

/** Codes of semantic problems found by {@link lintBulletin}. */
export type LintIssueCode =
  | "unresolved-metric-ref"
  | "unresolved-department-ref"
  | "duplicate-id"
  | "range-reversed"
  | "published-before-period-end"
  | "date-outside-period"
  | "department-text-mismatch"
  | "comparison-mismatch"
  | "total-number-below-number"
  | "empty-section"
  | "unused-metric";

/** Every stable code a validation issue can carry. */
export type ValidationIssueCode = StructureIssueCode | LintIssueCode;

/** A path into the bulletin: keys and array indexes, as in `["sections", 3, "items", 0, "date"]`. */
export type IssuePath = (string | number)[];

/**
 * One problem found in a bulletin: a stable `code`, where it is (`path`), how serious it is and
 * a message in the requested locale. `params` holds the facts the message was built from.
 */
export interface ValidationIssue {
  code: ValidationIssueCode;
  path: IssuePath;
  severity: Severity;
  message: string;
  params?: Record<string, unknown>;
}
