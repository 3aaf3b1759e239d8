import type { IssuePath } from "./issues";
import type { LintBulletinOptions } from "./lint-bulletin";
import { TEXT_RULE_BY_CODE } from "./lint-rules/index";
import type { TextRuleCode } from "./lint-rules/types";
import { walkTexts } from "./lint-rules/walk-texts";
import { checkUnit, enabledRules, issueYear, type RuleConfig } from "./lint-text";
import type { Bulletin } from "./schemas";

/**
 * Options of {@link fixBulletin}: which rules may mend (a rule set to `off` does not).
 *
 * @example
 * ```ts
 * const options: FixBulletinOptions = { rules: { "space-between-cjk": "off" } };
 * fixBulletin(issue9, options).applied; //=> []
 * ```
 */
export interface FixBulletinOptions {
  /** Turn rules `off` (any other severity leaves a fixable rule on). */
  rules?: LintBulletinOptions["rules"];
}

/**
 * One mend {@link fixBulletin} made: the rule, the JSON path of the text, where in the text
 * (at the time of the mend) and the text before and after.
 *
 * @example
 * ```ts
 * const fix: AppliedFix = { rule: "range-dash", path: ["sections", 0, "title"], offset: 5, before: "~", after: "—" };
 * fix.after; //=> "—"
 * ```
 */
export interface AppliedFix {
  rule: TextRuleCode;
  path: IssuePath;
  offset: number;
  before: string;
  after: string;
}

/**
 * What {@link fixBulletin} returns: the mended copy and every change made to it.
 *
 * @example
 * ```ts
 * const result: FixBulletinResult = fixBulletin(issue9);
 * result.applied.length; //=> 0
 * ```
 */
export interface FixBulletinResult {
  bulletin: Bulletin;
  applied: AppliedFix[];
}

/** Enough passes for fixes that make room for one another; every rule converges in two. */
const MAX_PASSES = 8;

/**
 * Applies every unambiguous mend of the text rules (full-width marks, range dashes, ordinal
 * markers, numbers, spaces, repeated marks, signed changes) and lists what it changed. Pure:
 * the input is not mutated. Metrics, dates, department references and ids are never touched;
 * only the prose (titles, string inlines, and the text of title, quote and emphasis inlines).
 * Rules without a fix (`unbalanced-pair`, `rate-difference-percent`, consistency) change nothing.
 *
 * @param bulletin - a structurally valid bulletin
 * @param options - rules to leave `off`
 * @returns the mended copy and the list of changes
 * @example
 * ```ts
 * import { fixBulletin } from "@bulletin/schema";
 * const draft = { ...issue9, sections: [{ title: "工作动态", items: [{ body: [["9月16日~18日,召开会议。。"]] }] }] };
 * const { bulletin, applied } = fixBulletin(draft);
 * bulletin.sections[0]?.items[0]?.body[0]; //=> ["9月16日—18日，召开会议。"]
 * applied.map((a) => a.rule); //=> ["range-dash", "half-width-punctuation", "repeated-mark"]
 * ```
 */
export function fixBulletin(
  bulletin: Bulletin,
  options: FixBulletinOptions = {},
): FixBulletinResult {
  const copy = structuredClone(bulletin);
  const all = enabledRules(options.rules as RuleConfig);
  const enabled = (code: TextRuleCode) =>
    TEXT_RULE_BY_CODE.get(code)?.fixable === true ? all(code) : undefined;
  const year = issueYear(copy);
  const applied: AppliedFix[] = [];
  // After the first pass, only paragraphs (and titles) that changed can have new findings.
  let dirty: Set<number> | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const changed = new Set<number>();
    const only = dirty;
    walkTexts(copy, (unit, set) => {
      if (only !== undefined && !only.has(unit.group)) return;
      const hits = checkUnit(unit, year, enabled)
        .filter((h) => h.fix !== undefined)
        .sort((a, b) => a.offset - b.offset);
      if (hits.length === 0) return;
      const chosen: typeof hits = [];
      let reach = 0;
      for (const hit of hits) {
        if (hit.offset < reach) continue;
        chosen.push(hit);
        reach = hit.offset + hit.length;
      }
      // One pass over the text (a fix at a time would copy it once per fix).
      const parts: string[] = [];
      let from = 0;
      for (const hit of chosen) {
        parts.push(unit.text.slice(from, hit.offset), hit.fix as string);
        from = hit.offset + hit.length;
      }
      parts.push(unit.text.slice(from));
      const text = parts.join("");
      let shift = 0;
      for (const hit of chosen) {
        applied.push({
          rule: hit.code,
          path: unit.path,
          offset: hit.offset + shift,
          before: unit.text.slice(hit.offset, hit.offset + hit.length),
          after: hit.fix as string,
        });
        shift += (hit.fix as string).length - hit.length;
      }
      set(text);
      changed.add(unit.group);
    });
    if (changed.size === 0) break;
    dirty = changed;
  }
  return { bulletin: copy, applied };
}
