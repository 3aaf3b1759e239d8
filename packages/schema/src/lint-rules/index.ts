import type { Severity } from "../issues";
import { negativeChange, rateDifferencePercent } from "./changes";
import { fullWidthAlphanumeric, yearZero } from "./characters";
import { departmentNameVariants, mixedDateStyle } from "./consistency";
import { repeatedMark, unbalancedPair } from "./marks";
import { chineseMagnitude, decimalLeadingZero, shortYear, splitValue } from "./numbers";
import { ordinalAsciiBrackets, ordinalBracketMark, ordinalMark } from "./ordinal-markers";
import { halfWidthPunctuation } from "./punctuation-width";
import { rangeDash, valueRangeUnit } from "./ranges";
import { spaceBetweenCjk, spaceNumberUnit } from "./spaces";
import type { AnyTextRule, TextRuleCode } from "./types";

/** Every text rule, in the order docs list them and fixes are tried at one offset. */
export const ALL_TEXT_RULES: readonly AnyTextRule[] = [
  halfWidthPunctuation,
  rangeDash,
  valueRangeUnit,
  ordinalBracketMark,
  ordinalMark,
  ordinalAsciiBrackets,
  chineseMagnitude,
  splitValue,
  shortYear,
  decimalLeadingZero,
  yearZero,
  fullWidthAlphanumeric,
  spaceBetweenCjk,
  spaceNumberUnit,
  repeatedMark,
  unbalancedPair,
  negativeChange,
  rateDifferencePercent,
  mixedDateStyle,
  departmentNameVariants,
];

export const TEXT_RULE_SEVERITIES = Object.fromEntries(
  ALL_TEXT_RULES.map((r) => [r.code, r.severity]),
) as Record<TextRuleCode, Severity>;

export const TEXT_RULE_BY_CODE: ReadonlyMap<string, AnyTextRule> = new Map(
  ALL_TEXT_RULES.map((r) => [r.code, r]),
);
