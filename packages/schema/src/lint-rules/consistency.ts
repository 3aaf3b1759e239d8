import { findAll } from "./chars";
import type { IssueRule, UnitFinding } from "./types";

const ARABIC_YEAR = /(?<!\d)\d{4}年/gu;
const CHINESE_YEAR = /(?<![一二三四五六七八九〇零])[一二三四五六七八九〇零OoＯｏ0０]{4}(?=年)/gu;

/**
 * `mixed-date-style` — GB/T 9704-2012 7.3.5 writes dates in Arabic numerals; the older
 * `二〇二五年` style is also seen. One issue should use one style: the minority is reported.
 */
export const mixedDateStyle: IssueRule = {
  scope: "issue",
  code: "mixed-date-style",
  severity: "info",
  family: "consistency",
  clause: "GB/T 9704-2012 7.3.5（成文日期用阿拉伯数字）；同一期内写法一致",
  fixable: false,
  explain: {
    "zh-CN": "同一期中年份写法不一致（阿拉伯数字与汉字数字混用）",
    en: "years are written in two styles in one issue (Arabic and Chinese numerals)",
  },
  example: { wrong: "2025年9月……二〇二五年十月" },
  check(units) {
    const arabic: UnitFinding[] = [];
    const chinese: UnitFinding[] = [];
    for (const unit of units) {
      if (!unit.text.includes("年")) continue;
      for (const [re, into, style] of [
        [ARABIC_YEAR, arabic, "arabic"],
        [CHINESE_YEAR, chinese, "chinese"],
      ] as const)
        into.push(
          ...findAll(unit.text, re, (m) => {
            if (style === "chinese" && m[0].replace(/[^一二三四五六七八九]/gu, "").length < 2)
              return undefined;
            return { unit, offset: m.index, length: m[0].length, params: { style } };
          }),
        );
    }
    if (arabic.length === 0 || chinese.length === 0) return [];
    return chinese.length <= arabic.length ? chinese : arabic;
  },
};

/**
 * `department-name-variants` — consistency within one issue: the same department written
 * with different names (`四川省林业和草原局`, `省林草局`, `林草局`). Informational: a full name
 * first and a short name after is common practice.
 */
export const departmentNameVariants: IssueRule = {
  scope: "issue",
  code: "department-name-variants",
  severity: "info",
  family: "consistency",
  clause: "同一期内同一部门名称写法一致（首次全称、其后简称为常见做法）",
  fixable: false,
  explain: {
    "zh-CN": "同一部门在本期中有多种写法",
    en: "one department is written with several names in this issue",
  },
  example: { wrong: "四川省林业和草原局……省林草局……林草局" },
  check(units, { departments }) {
    const owner = new Map<string, string>();
    for (const d of departments)
      for (const name of d.names) if (name.length >= 2 && !owner.has(name)) owner.set(name, d.id);
    if (owner.size === 0) return [];
    const names = [...owner.keys()].sort((a, b) => b.length - a.length);
    const re = new RegExp(
      names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
      "gu",
    );
    // Allowed: the first form, and after a full name one shorter form; anything else is a variant.
    const allowed = new Map<string, string[]>();
    const full = new Set(departments.map((d) => d.names[0]));
    const found: UnitFinding[] = [];
    for (const unit of units)
      for (const f of findAll(unit.text, re, (m) => ({ m: m[0], offset: m.index }))) {
        const id = owner.get(f.m) as string;
        const forms = allowed.get(id);
        if (forms === undefined) allowed.set(id, [f.m]);
        else if (forms.includes(f.m)) continue;
        else if (forms.length === 1 && full.has(forms[0] as string)) forms.push(f.m);
        else
          found.push({
            unit,
            offset: f.offset,
            length: f.m.length,
            params: { department: id, first: forms.join("、"), name: f.m },
          });
      }
    return found;
  },
};
