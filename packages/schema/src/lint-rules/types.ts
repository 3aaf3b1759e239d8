import type { IssuePath, Locale, Severity } from "../issues";

/**
 * The stable codes of the text rules (GB/T 15834-2011 punctuation, GB/T 15835-2011 numbers,
 * and the consistency of one issue). Each is listed with its clause in `TEXT_RULES`.
 *
 * @example
 * ```ts
 * const code: TextRuleCode = "range-dash";
 * LINT_RULES[code]; //=> "warning"
 * ```
 */
export type TextRuleCode =
  | "half-width-punctuation"
  | "range-dash"
  | "value-range-unit"
  | "ordinal-bracket-mark"
  | "ordinal-mark"
  | "ordinal-ascii-brackets"
  | "chinese-magnitude"
  | "split-value"
  | "short-year"
  | "decimal-leading-zero"
  | "year-zero"
  | "full-width-alphanumeric"
  | "space-between-cjk"
  | "space-number-unit"
  | "repeated-mark"
  | "unbalanced-pair"
  | "negative-change"
  | "rate-difference-percent"
  | "mixed-date-style"
  | "department-name-variants";

/** One stretch of text a rule found: where it is inside the text, and its mend if there is one. */
export interface TextFinding {
  /** Offset of the offending text, in UTF-16 code units from the start of the text. */
  offset: number;
  /** Length of the offending text, in UTF-16 code units. */
  length: number;
  /** The text that replaces `[offset, offset + length)`, when the mend is unambiguous. */
  fix?: string;
  /** Extra facts for the message. */
  params?: Record<string, unknown>;
}

/**
 * What a per-text rule sees: it scans `full` (the text with the character written before and
 * after it in its paragraph), and the engine keeps findings inside `[start, end)`.
 */
export interface TextContext {
  /** Where the text itself starts in `full`. */
  start: number;
  /** Where the text itself ends in `full`. */
  end: number;
  /** The year of the issue (for `short-year`). */
  year: number;
}

/** One text of a bulletin: a title, a string inline of a paragraph, or an inline's `text`. */
export interface TextUnit {
  path: IssuePath;
  text: string;
  before: string;
  after: string;
  /** Texts of one paragraph (or one title) share a group: pairs are balanced within it. */
  group: number;
}

/** A finding of a whole-issue rule: which text it is in. */
export interface UnitFinding extends TextFinding {
  unit: TextUnit;
}

/**
 * One row of `TEXT_RULES`: how a text rule is described in docs and messages.
 *
 * @example
 * ```ts
 * const rule: TextRuleInfo | undefined = TEXT_RULES.find((r) => r.code === "unbalanced-pair");
 * [rule?.severity, rule?.fixable]; //=> ["error", false]
 * ```
 */
export interface TextRuleInfo {
  code: TextRuleCode;
  /** The default severity (configurable through `rules`). */
  severity: Severity;
  /** The file (family) the rule lives in. */
  family: string;
  /** The clause of the standard the rule comes from, or where a rule has none, its source. */
  clause: string;
  /** Whether findings carry a mend that `fixBulletin` applies. */
  fixable: boolean;
  /** What the rule says, in each locale (the reason part of a message). */
  explain: Record<Locale, string>;
  /** A wrong text and what the rule makes of it (`right` is absent when there is no fix). */
  example: { wrong: string; right?: string };
}

/** A rule that looks at one text at a time. */
export interface TextRule extends TextRuleInfo {
  scope: "text";
  /** Offsets of the findings are offsets in `full`. */
  check(full: string, context: TextContext): TextFinding[];
}

/** A rule that looks at every text of an issue together (pairs, consistency). */
export interface IssueRule extends TextRuleInfo {
  scope: "issue";
  check(
    units: readonly TextUnit[],
    context: { departments: readonly DepartmentNames[] },
  ): UnitFinding[];
}

/** The names a department may be written with. */
export interface DepartmentNames {
  id: string;
  names: string[];
}

export type AnyTextRule = TextRule | IssueRule;
