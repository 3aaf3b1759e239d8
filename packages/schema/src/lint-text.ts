import { formatPath } from "./format-path";
import type { Locale, Severity, ValidationIssue } from "./issues";
import { ALL_TEXT_RULES } from "./lint-rules/index";
import type {
  DepartmentNames,
  TextFinding,
  TextRule,
  TextRuleCode,
  TextUnit,
} from "./lint-rules/types";
import { walkTexts } from "./lint-rules/walk-texts";
import { formatMessage } from "./messages";
import type { Bulletin } from "./schemas";

const TEXT_SCOPE_RULES = ALL_TEXT_RULES.filter((r): r is TextRule => r.scope === "text");

/** Rule severities as `LintBulletinOptions.rules` gives them. */
export type RuleConfig = Partial<Record<string, Severity | "off">> | undefined;

/** One finding of one rule in one text. */
export interface TextHit extends TextFinding {
  code: TextRuleCode;
  severity: Severity;
  unit: TextUnit;
}

/** The year of the issue, for rules that need a century. */
function issueYear(bulletin: Bulletin): number {
  return bulletin.issue.year ?? Number(bulletin.issue.publishedOn.slice(0, 4));
}

function departmentNames(bulletin: Bulletin): DepartmentNames[] {
  return bulletin.departments.map((d) => ({
    id: d.id,
    names: [d.name, ...(d.shortName ? [d.shortName] : []), ...(d.aliases ?? [])],
  }));
}

/** Findings of one text by the per-text rules (offsets inside the text). */
export function checkUnit(
  unit: TextUnit,
  year: number,
  enabled: (code: TextRuleCode) => Severity | undefined,
): TextHit[] {
  const full = unit.before + unit.text + unit.after;
  const start = unit.before.length;
  const end = start + unit.text.length;
  const hits: TextHit[] = [];
  for (const rule of TEXT_SCOPE_RULES) {
    const severity = enabled(rule.code);
    if (severity === undefined) continue;
    for (const f of rule.check(full, { start, end, year }))
      if (f.offset >= start && f.offset + f.length <= end && f.length > 0)
        hits.push({ ...f, offset: f.offset - start, code: rule.code, severity, unit });
  }
  return hits;
}

/** Findings of the whole-issue rules. */
export function checkIssue(
  units: readonly TextUnit[],
  bulletin: Bulletin,
  enabled: (code: TextRuleCode) => Severity | undefined,
): TextHit[] {
  const hits: TextHit[] = [];
  const context = { departments: departmentNames(bulletin) };
  for (const rule of ALL_TEXT_RULES) {
    if (rule.scope !== "issue") continue;
    const severity = enabled(rule.code);
    if (severity === undefined) continue;
    for (const f of rule.check(units, context)) hits.push({ ...f, code: rule.code, severity });
  }
  return hits;
}

/** Which rules run, and at which severity. */
export function enabledRules(rules: RuleConfig): (code: TextRuleCode) => Severity | undefined {
  const severities = new Map<TextRuleCode, Severity>();
  for (const rule of ALL_TEXT_RULES) {
    const s = rules?.[rule.code] ?? rule.severity;
    if (s !== "off") severities.set(rule.code, s);
  }
  return (code) => severities.get(code);
}

/** Runs every enabled text rule over a bulletin; issues carry offset, length and fix. */
export function lintText(
  bulletin: Bulletin,
  options: { locale: Locale; rules: RuleConfig },
): ValidationIssue[] {
  const enabled = enabledRules(options.rules);
  const year = issueYear(bulletin);
  const units: TextUnit[] = [];
  const hits: TextHit[] = [];
  walkTexts(bulletin, (unit) => {
    units.push(unit);
    for (const hit of checkUnit(unit, year, enabled)) hits.push(hit);
  });
  for (const hit of checkIssue(units, bulletin, enabled)) hits.push(hit);
  return hits.map((hit) => {
    const text = hit.unit.text.slice(hit.offset, hit.offset + hit.length);
    const params: Record<string, unknown> = { ...hit.params, text, offset: hit.offset };
    if (hit.fix !== undefined) params.fix = hit.fix;
    const issue: ValidationIssue = {
      code: hit.code,
      path: hit.unit.path,
      severity: hit.severity,
      message: formatMessage(
        hit.code,
        { ...params, path: formatPath(hit.unit.path) },
        options.locale,
      ),
      params,
      offset: hit.offset,
      length: hit.length,
    };
    if (hit.fix !== undefined) issue.fix = hit.fix;
    return issue;
  });
}

export { issueYear };
