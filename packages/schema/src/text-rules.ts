import { ALL_TEXT_RULES } from "./lint-rules/index";
import type { TextRuleCode, TextRuleInfo } from "./lint-rules/types";

export type { TextRuleCode, TextRuleInfo };

/**
 * The table of text rules {@link lintBulletin} runs and {@link fixBulletin} mends: code, default
 * severity, family (the file it lives in), the clause of GB/T 15834-2011 / GB/T 15835-2011 /
 * GB/T 9704-2012 it comes from, whether it has a fix, its explanation in zh-CN and en, and an
 * example. Docs list it; the severity can be changed through `rules` like any lint rule.
 *
 * @example
 * ```ts
 * import { TEXT_RULES } from "@bulletin/schema";
 * const dash = TEXT_RULES.find((rule) => rule.code === "range-dash");
 * [dash?.severity, dash?.fixable, dash?.example]; //=> ["warning", true, { wrong: "9月16日~18日", right: "9月16日—18日" }]
 * ```
 */
export const TEXT_RULES: readonly TextRuleInfo[] = ALL_TEXT_RULES.map(
  ({ code, severity, family, clause, fixable, explain, example }) => ({
    code,
    severity,
    family,
    clause,
    fixable,
    explain,
    example,
  }),
);
