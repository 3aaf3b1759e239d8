import type { Department, Issue, Organization, Publication } from "@bulletin/schema";
import { YEAR_RANGE } from "@bulletin/schema/constants";
import { ParseOptionsError } from "../errors";
import { departmentProblem, issueProblem, publicationProblem } from "./check-option-values";
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

const quote = (v: unknown): string => {
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
  if (
    referenceYear !== undefined &&
    !(
      Number.isInteger(referenceYear) &&
      (referenceYear as number) >= YEAR_RANGE.min &&
      (referenceYear as number) <= YEAR_RANGE.max
    )
  ) {
    throw new ParseOptionsError(
      ["referenceYear"],
      `must be a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}, got ${quote(referenceYear)}`,
    );
  }
  if (locale !== "zh-CN" && locale !== "en") {
    throw new ParseOptionsError(["locale"], `must be "zh-CN" or "en", got ${quote(locale)}`);
  }
  if (departmentsMode !== "merge" && departmentsMode !== "replace") {
    throw new ParseOptionsError(
      ["departmentsMode"],
      `must be "merge" or "replace", got ${quote(departmentsMode)}`,
    );
  }
  if (metrics !== "all" && metrics !== "none") {
    throw new ParseOptionsError(["metrics"], `must be "all" or "none", got ${quote(metrics)}`);
  }
  if (!Array.isArray(departments))
    throw new ParseOptionsError(["departments"], `must be an array, got ${quote(departments)}`);
  const ids = new Set<string>();
  departments.forEach((d: unknown, i) => {
    const problem = departmentProblem(d);
    if (problem !== undefined)
      throw new ParseOptionsError(
        ["departments", i],
        `is not a department (${problem}): ${quote(d)}`,
      );
    const { id } = d as Department;
    if (ids.has(id)) throw new ParseOptionsError(["departments", i], `repeats the id ${quote(id)}`);
    ids.add(id);
  });
  if (typeof issue !== "object" || issue === null)
    throw new ParseOptionsError(["issue"], `must be an object, got ${quote(issue)}`);
  const issueCheck = issueProblem({ number: 1, publishedOn: "2000-01-01", ...issue });
  if (issueCheck !== undefined)
    throw new ParseOptionsError(["issue"], `holds invalid fields (${issueCheck}): ${quote(issue)}`);
  if (typeof publication !== "object" || publication === null) {
    throw new ParseOptionsError(["publication"], `must be an object, got ${quote(publication)}`);
  }
  const pubCheck = publicationProblem({ title: "x", publisher: { name: "x" }, ...publication });
  if (pubCheck !== undefined) {
    throw new ParseOptionsError(
      ["publication"],
      `holds invalid fields (${pubCheck}): ${quote(publication)}`,
    );
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
