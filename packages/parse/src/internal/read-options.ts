import { isLocale, localeOf } from "@bulletin/format";
import type { Department, Issue, Organization, Publication } from "@bulletin/schema";
import { YEAR_RANGE } from "@bulletin/schema/constants";
import { ParseOptionsError } from "../errors";
import {
  departmentProblem,
  issueProblem,
  publicationProblem,
  type Reason,
} from "./check-option-values";
import type { Locale } from "./messages";

/** The options as the parser uses them, checked. */
export interface ReadOptions {
  referenceYear: number | undefined;
  departments: readonly Department[];
  departmentsMode: "merge" | "replace";
  locale: Locale;
  metrics: "all" | "none";
  issue: Partial<Issue>;
  publication: { title?: string; publisher?: Organization; frequency?: Publication["frequency"] };
}

/** A value as an option's message quotes it: JSON where it has one, 40 characters at most. */
export const quote = (v: unknown): string => {
  let s: string;
  try {
    s = typeof v === "string" ? `"${v}"` : (JSON.stringify(v) ?? String(v));
  } catch {
    s = Object.prototype.toString.call(v);
  }
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/** Checks the options of `parseBulletinText`; throws {@link ParseOptionsError}. */
export function readOptions(options: Record<string, unknown>): ReadOptions {
  const {
    referenceYear,
    departments = [],
    departmentsMode = "merge",
    locale = "zh-CN",
    metrics = "all",
    issue = {},
    publication = {},
  } = options;
  // Messages in the options' locale; an invalid locale is refused in the default, zh-CN.
  const lang = localeOf(locale);
  const fail: (path: (string | number)[], why: Reason) => never = (path, why) => {
    throw new ParseOptionsError(path, why[lang], { locale: lang });
  };
  const must = (zh: string, en: string, value: unknown): Reason => ({
    "zh-CN": `应为${zh}，实际为 ${quote(value)}`,
    en: `must be ${en}, got ${quote(value)}`,
  });
  if (
    referenceYear !== undefined &&
    !(
      Number.isInteger(referenceYear) &&
      (referenceYear as number) >= YEAR_RANGE.min &&
      (referenceYear as number) <= YEAR_RANGE.max
    )
  ) {
    fail(
      ["referenceYear"],
      must(
        ` ${YEAR_RANGE.min} 到 ${YEAR_RANGE.max} 之间的年份`,
        `a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`,
        referenceYear,
      ),
    );
  }
  if (!isLocale(locale)) fail(["locale"], must(' "zh-CN" 或 "en"', '"zh-CN" or "en"', locale));
  if (departmentsMode !== "merge" && departmentsMode !== "replace") {
    fail(
      ["departmentsMode"],
      must(' "merge" 或 "replace"', '"merge" or "replace"', departmentsMode),
    );
  }
  if (metrics !== "all" && metrics !== "none") {
    fail(["metrics"], must(' "all" 或 "none"', '"all" or "none"', metrics));
  }
  if (!Array.isArray(departments)) fail(["departments"], must("数组", "an array", departments));
  const ids = new Set<string>();
  (departments as unknown[]).forEach((d: unknown, i) => {
    const problem = departmentProblem(d);
    if (problem !== undefined)
      fail(["departments", i], {
        "zh-CN": `不是部门（${problem["zh-CN"]}）：${quote(d)}`,
        en: `is not a department (${problem.en}): ${quote(d)}`,
      });
    const { id } = d as Department;
    if (ids.has(id))
      fail(["departments", i], {
        "zh-CN": `的 id ${quote(id)} 重复`,
        en: `repeats the id ${quote(id)}`,
      });
    ids.add(id);
  });
  if (typeof issue !== "object" || issue === null)
    fail(["issue"], must("对象", "an object", issue));
  const issueCheck = issueProblem({ number: 1, publishedOn: "2000-01-01", ...(issue as object) });
  if (issueCheck !== undefined)
    fail(["issue"], {
      "zh-CN": `含有无效的字段（${issueCheck["zh-CN"]}）：${quote(issue)}`,
      en: `holds invalid fields (${issueCheck.en}): ${quote(issue)}`,
    });
  if (typeof publication !== "object" || publication === null) {
    fail(["publication"], must("对象", "an object", publication));
  }
  const pubCheck = publicationProblem({
    title: "x",
    publisher: { name: "x" },
    ...(publication as object),
  });
  if (pubCheck !== undefined) {
    fail(["publication"], {
      "zh-CN": `含有无效的字段（${pubCheck["zh-CN"]}）：${quote(publication)}`,
      en: `holds invalid fields (${pubCheck.en}): ${quote(publication)}`,
    });
  }
  return {
    referenceYear: referenceYear as number | undefined,
    departments: departments as Department[],
    departmentsMode,
    locale,
    metrics,
    issue: issue as Partial<Issue>,
    publication: publication as ReadOptions["publication"],
  };
}
