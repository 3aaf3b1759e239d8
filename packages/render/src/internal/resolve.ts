import {
  formatDate,
  formatDateSpan,
  formatIssueNumber,
  formatQuantity,
  sectionMarker,
} from "@bulletin/format";
import type {
  Bulletin,
  DateSpan,
  Department,
  IssuePath,
  Item,
  Metric,
  Section,
} from "@bulletin/schema";
import { DISTRIBUTION_ROLES, SECTION_KINDS } from "@bulletin/schema/constants";
import { RenderError } from "../errors";
import type { DateStyle } from "../layout";

/** The 报/送/发/抄送 lists in the order GB/T 9704-2012 prints them (schema's constants). */
export { DISTRIBUTION_ROLES };

/**
 * The entries of one 报尾 line, closed with `。`: joined with the enumeration comma `、` as
 * bulletins usually write them (`报：省政务管理办公室、省级相关部门（单位）、省中心领导。`), or
 * with `，` when an entry itself holds a `、` (`发：省直部门办事大厅，省中心各处（室）、直属单位。`),
 * the GB/T 9704-2012 separator of 抄送机关, so that entries stay apart when read back.
 */
export function joinDistribution(entries: readonly string[]): string {
  const separator = entries.some((e) => e.includes("、")) ? "，" : "、";
  return `${entries.join(separator)}。`;
}

/**
 * The issue number as the masthead prints it: `第9期`, `2026年第3期` (when the issue has a
 * `year`: issues numbered within the year), `第9期（总第123期）`, `增刊第1期`.
 */
export function issueNumberOf(issue: Bulletin["issue"]): string {
  const { number, year, totalNumber, supplement } = issue;
  return guard(
    () =>
      year !== undefined && !(Number.isSafeInteger(year) && year > 0)
        ? "issue.year"
        : "issue.number",
    () =>
      formatIssueNumber({
        number,
        ...(year === undefined ? {} : { year }),
        ...(totalNumber === undefined ? {} : { totalNumber }),
        ...(supplement === undefined ? {} : { supplement }),
      }),
  );
}

/**
 * What the layout needs from a bulletin, looked up once per call: departments and metrics by
 * id, the reference year of date spans and the options to write them with. Nothing outlives
 * the call: a metric's text is kept for the metric object only while this resolver lives.
 * The methods throw what the formatters throw; the layout, which knows where it is, turns
 * that into a {@link RenderError} with a path ({@link invalidValue}), so that no path is built
 * and no closure made unless something fails.
 */
export class Resolver {
  readonly bulletin: Bulletin;
  readonly referenceYear: number;
  readonly departments = new Map<string, Department>();
  readonly metrics = new Map<string, Metric>();
  readonly #metricTexts = new Map<Metric, string>();
  readonly #spanOptions: { referenceYear?: number };

  constructor(bulletin: Bulletin) {
    this.bulletin = bulletin;
    const year = bulletin.issue.year ?? Number(String(bulletin.issue.publishedOn).slice(0, 4));
    this.referenceYear = Number.isInteger(year) ? year : Number.NaN;
    this.#spanOptions = Number.isNaN(this.referenceYear)
      ? {}
      : { referenceYear: this.referenceYear };
    // Backwards, so that the first of two entries with the same id is the one that stays.
    const departments = bulletin.departments;
    for (let k = departments.length - 1; k >= 0; k--) {
      const d = departments[k] as Department;
      this.departments.set(d.id, d);
    }
    const metrics = bulletin.metrics;
    for (let k = metrics.length - 1; k >= 0; k--) {
      const m = metrics[k] as Metric;
      this.metrics.set(m.id, m);
    }
  }

  /**
   * `5.88万件`: the metric as reported, through `formatQuantity`; with `display.fractionDigits`
   * the decimals are written in full (`5.80万件`), as the issue printed them.
   */
  metricText(metric: Metric): string {
    const known = this.#metricTexts.get(metric);
    if (known !== undefined) return known;
    const display = metric.display;
    const scale = display === undefined ? undefined : display.scale;
    const fractionDigits = display === undefined ? undefined : display.fractionDigits;
    const options: Parameters<typeof formatQuantity>[2] = {};
    if (scale !== undefined) options.scale = scale;
    if (fractionDigits !== undefined) {
      // Digits as reported: `5.80万件` keeps its zero when the display says two decimals.
      options.fractionDigits = fractionDigits;
      options.trimZeros = false;
    }
    const text = formatQuantity(metric.value, metric.unit, options);
    this.#metricTexts.set(metric, text);
    return text;
  }

  /** `9月16日—18日`: a date span relative to the issue's year. */
  span(span: DateSpan): string {
    return formatDateSpan(span, this.#spanOptions);
  }

  /** `第9期`, `2026年第3期`, `第9期（总第123期）`, `增刊第1期`: see {@link issueNumberOf}. */
  issueNumber(): string {
    return issueNumberOf(this.bulletin.issue);
  }

  /** `2025年11月10日` (or `二〇二五年十一月十日`). */
  publishedOn(style: DateStyle = "arabic"): string {
    const date = this.bulletin.issue.publishedOn;
    return guard(
      () => "issue.publishedOn",
      () => formatDate(date, { style }),
    );
  }
}

/** A reference to a department or metric that the bulletin does not have. */
export function unresolved(what: "department" | "metric", ref: string, at: string): RenderError {
  return new RenderError(
    what === "metric" ? "unresolved-metric-ref" : "unresolved-department-ref",
    `\`${at}\` names ${what} "${truncate(ref)}", which \`${what}s\` does not have`,
    { path: pathOf(at) },
  );
}

/** `sections[1].items[0].body[0][3]` as an array: `["sections", 1, "items", 0, "body", 0, 3]`. */
export function pathOf(at: string): IssuePath {
  const path: IssuePath = [];
  for (const m of at.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    path.push(m[2] === undefined ? (m[1] as string) : Number(m[2]));
  return path;
}

/** A value at `at` that a formatter refused (`error`). */
export function invalidValue(at: string, error: unknown): RenderError {
  const reason = error instanceof Error ? error.message : String(error);
  return new RenderError("invalid-value", `\`${at}\` cannot be written: ${reason}`, {
    path: pathOf(at),
    cause: error,
  });
}

/** `一、` for the nth section (from 1). */
export function sectionMarkerOf(index: number): string {
  return sectionMarker(1, index);
}

/**
 * An editor's note (编者按): a section of `kind: "editor-note"`. It prints before the numbered
 * sections without a number or heading, its title as a run-in label: `编者按：为推动…`.
 */
export function isNoteSection(section: Section): boolean {
  return section.kind === SECTION_KINDS.editorNote;
}

/** `（一）` for the nth item (from 1). */
export function itemMarkerOf(index: number): string {
  return sectionMarker(2, index);
}

/**
 * A section of running text: exactly one item with no title, no date and no departments. It
 * renders as plain paragraphs without the `（一）` marker.
 */
export function isRunningText(section: Section): boolean {
  if (section.items.length !== 1) return false;
  const item = section.items[0] as Item;
  return (
    item.title === undefined &&
    item.date === undefined &&
    (item.departmentRefs === undefined || item.departmentRefs.length === 0)
  );
}

/** The ISO form of a date span for `<time datetime>`: a date, a month or a year. */
export function isoOfSpan(span: DateSpan): string {
  switch (span.kind) {
    case "day":
      return span.date;
    case "range":
      return span.start;
    case "xun":
    case "month":
      return span.month;
    case "year":
      return String(span.year);
  }
}

/** JSON path of an inline: `sections[1].items[0].body[0][3]`. */
export function inlinePath(s: number, i: number, p: number, n: number): string {
  return `sections[${s}].items[${i}].body[${p}][${n}]`;
}

function guard<T>(path: () => string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw invalidValue(path(), error);
  }
}

function truncate(s: string, max = 40): string {
  const text = String(s);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Checks an option against the values it may take. */
export function checkOption<T extends string>(
  name: string,
  value: T | undefined,
  allowed: readonly T[],
): void {
  if (value !== undefined && !allowed.includes(value)) {
    throw new RenderError(
      "invalid-option",
      `option \`${name}\` is "${truncate(String(value))}": expected ${allowed.map((a) => `"${a}"`).join(" | ")}`,
      { path: [name] },
    );
  }
}
