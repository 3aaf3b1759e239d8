import {
  type FormatQuantityOptions,
  formatDate,
  formatDateSpan,
  formatIssueNumber,
  formatQuantity,
  type IssueNumber,
  type Locale,
  localeOf,
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
import { renderMessage } from "./messages";

/** The 报/送/发/抄送 lists in the order GB/T 9704-2012 prints them (schema's constants). */
export { DISTRIBUTION_ROLES };

/**
 * The entries of one 报尾 line, closed with `。`: joined with the enumeration comma `、` as
 * bulletins usually write them (`报：省政务管理办公室、省级相关部门（单位）、省中心领导。`), or
 * with `，` when an entry itself holds a `、` (`发：省直部门办事大厅，省中心各处（室）、直属单位。`),
 * the GB/T 9704-2012 separator of 抄送机关, so that entries stay apart when read back.
 */
export function joinDistribution(entries: readonly string[]): string {
  let separator = "、";
  for (let k = 0; k < entries.length; k++)
    if ((entries[k] as string).includes("、")) {
      separator = "，";
      break;
    }
  return `${entries.join(separator)}。`;
}

/**
 * The issue number as the masthead prints it: `第9期`, `2026年第3期` (when the issue has a
 * `year`: issues numbered within the year), `第9期（总第123期）`, `增刊第1期`.
 */
export function issueNumberOf(issue: Bulletin["issue"], locale: Locale = "zh-CN"): string {
  try {
    // formatIssueNumber reads number, year, totalNumber and supplement only (an absent one
    // as absent), so the issue is given as it is rather than copied into a new object.
    return formatIssueNumber(issue as IssueNumber);
  } catch (error) {
    const year = issue.year;
    throw invalidValue(
      year !== undefined && !(Number.isSafeInteger(year) && year > 0)
        ? "issue.year"
        : "issue.number",
      error,
      locale,
    );
  }
}

/**
 * What the layout needs from a bulletin, looked up once per call: departments and metrics by
 * id, the reference year of date spans and the options to write them with. Nothing outlives
 * the call: the item markers written so far are kept only while this resolver lives.
 * The methods throw what the formatters throw; the layout, which knows where it is, turns
 * that into a {@link RenderError} with a path ({@link invalidValue}), so that no path is built
 * and no closure made unless something fails.
 */
export class Resolver {
  readonly bulletin: Bulletin;
  readonly referenceYear: number;
  #departments: Map<string, Department> | undefined;
  #metrics: Map<string, Metric> | undefined;
  readonly #spanOptions: { referenceYear?: number };
  /** `（一）` `（二）` … written so far in this call, by number (every section restarts them). */
  readonly #itemMarkers: string[] = [];

  /** The language of the errors the layout throws. */
  readonly locale: Locale;

  constructor(bulletin: Bulletin, locale: Locale = "zh-CN") {
    this.bulletin = bulletin;
    this.locale = locale;
    const year = bulletin.issue.year ?? Number(String(bulletin.issue.publishedOn).slice(0, 4));
    this.referenceYear = Number.isInteger(year) ? year : Number.NaN;
    this.#spanOptions = Number.isNaN(this.referenceYear)
      ? {}
      : { referenceYear: this.referenceYear };
  }

  /** The first department with this id, if any. */
  department(id: string): Department | undefined {
    const list = this.bulletin.departments;
    if (list.length <= SCAN) return first(list, id);
    if (this.#departments === undefined) this.#departments = byId(list);
    return this.#departments.get(id);
  }

  /** The first metric with this id, if any. */
  metric(id: string): Metric | undefined {
    const list = this.bulletin.metrics;
    if (list.length <= SCAN) return first(list, id);
    if (this.#metrics === undefined) this.#metrics = byId(list);
    return this.#metrics.get(id);
  }

  /**
   * `5.88万件`: the metric as reported, through `formatQuantity`; with `display.fractionDigits`
   * the decimals are written in full (`5.80万件`), as the issue printed them, and an amount
   * printed as a bound keeps its 余 or 多 (`500余人`).
   */
  metricText(metric: Metric): string {
    // No memo: a metric is mostly cited once, and a map made per call cost more than it saved.
    const display = metric.display;
    const approximate = metric.approximate;
    if (display === undefined)
      return approximate === undefined
        ? formatQuantity(metric.value, metric.unit)
        : formatQuantity(metric.value, metric.unit, { approximate });
    const scale = display.scale;
    const fractionDigits = display.fractionDigits;
    // Digits as reported: `5.80万件` keeps its zero when the display says two decimals.
    const options: FormatQuantityOptions =
      fractionDigits === undefined
        ? scale === undefined
          ? {}
          : { scale }
        : scale === undefined
          ? { fractionDigits, trimZeros: false }
          : { scale, fractionDigits, trimZeros: false };
    // `500余人`, `76.7万余件`: an amount printed as a bound keeps its mark where it stood.
    if (approximate !== undefined) options.approximate = approximate;
    return formatQuantity(metric.value, metric.unit, options);
  }

  /** `（一）` for the nth item (from 1), written once per call for each n. */
  itemMarker(index: number): string {
    const known = this.#itemMarkers[index];
    if (known !== undefined) return known;
    const marker = sectionMarker(2, index);
    this.#itemMarkers[index] = marker;
    return marker;
  }

  /** `一、` for the nth numbered section (from 1). */
  sectionMarker(index: number): string {
    // Each number occurs once per issue: nothing to keep.
    return sectionMarker(1, index);
  }

  /** `9月16日—18日`: a date span relative to the issue's year. */
  span(span: DateSpan): string {
    return formatDateSpan(span, this.#spanOptions);
  }

  /** `第9期`, `2026年第3期`, `第9期（总第123期）`, `增刊第1期`: see {@link issueNumberOf}. */
  issueNumber(): string {
    return issueNumberOf(this.bulletin.issue, this.locale);
  }

  /** `2025年11月10日` (or `二〇二五年十一月十日`). */
  publishedOn(style: DateStyle = "arabic"): string {
    try {
      return formatDate(this.bulletin.issue.publishedOn, { style });
    } catch (error) {
      throw invalidValue("issue.publishedOn", error, this.locale);
    }
  }
}

/**
 * Up to this many departments or metrics, a lookup scans the list (cheaper than making a map
 * in every call); past it, a map is made on the first lookup.
 */
const SCAN = 8;

function first<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  for (let k = 0; k < list.length; k++) if ((list[k] as T).id === id) return list[k];
  return undefined;
}

/** A map by id in which the first of two entries with the same id is the one that stays. */
function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let k = list.length - 1; k >= 0; k--) map.set((list[k] as T).id, list[k] as T);
  return map;
}

/** A reference to a department or metric that the bulletin does not have. */
export function unresolved(
  what: "department" | "metric",
  ref: string,
  at: string,
  locale: Locale,
): RenderError {
  const code = what === "metric" ? "unresolved-metric-ref" : "unresolved-department-ref";
  return new RenderError(code, renderMessage(code, locale, { at, ref: truncate(ref) }), {
    path: pathArray(at),
  });
}

/** `sections[1].items[0].body[0][3]` as an array: `["sections", 1, "items", 0, "body", 0, 3]`. */
export function pathArray(at: string): IssuePath {
  const path: IssuePath = [];
  for (const m of at.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    path.push(m[2] === undefined ? (m[1] as string) : Number(m[2]));
  return path;
}

/** A value at `at` that a formatter refused (`error`). */
export function invalidValue(at: string, error: unknown, locale: Locale): RenderError {
  // A formatter's FormatError carries its message in each locale: take the caller's.
  const messages = (error as { messages?: Partial<Record<Locale, unknown>> } | null)?.messages;
  const own = messages?.[locale];
  const reason =
    typeof own === "string" ? own : error instanceof Error ? error.message : String(error);
  const code = String((error as { code?: unknown } | null)?.code ?? "error");
  return new RenderError(
    "invalid-value",
    renderMessage("invalid-value", locale, { at, reason, code }),
    {
      path: pathArray(at),
      cause: error,
    },
  );
}

/**
 * An editor's note (编者按): a section of `kind: "editor-note"`. It prints before the numbered
 * sections without a number or heading, its title as a run-in label: `编者按：为推动…`.
 */
export function isNoteSection(section: Section): boolean {
  return section.kind === SECTION_KINDS.editorNote;
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

function truncate(s: string, max = 40): string {
  const text = String(s);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * The locale of a writer's messages after its `locale` option: the option itself when it is one
 * of the toolkit's locales, zh-CN when it is absent; any other value is a RenderError
 * `invalid-option` at `["locale"]` (written in zh-CN, the default), never a silent zh-CN.
 */
export function checkedLocale(value: unknown): Locale {
  checkOption("locale", value as string | undefined, LOCALES, "zh-CN");
  return localeOf(value);
}

const LOCALES: readonly string[] = ["zh-CN", "en"];

/** Checks an option against the values it may take. */
export function checkOption<T extends string>(
  name: string,
  value: T | undefined,
  allowed: readonly T[],
  locale: Locale,
): void {
  if (value !== undefined && !allowed.includes(value)) {
    throw new RenderError(
      "invalid-option",
      renderMessage("invalid-option", locale, {
        option: name,
        got: `"${truncate(String(value))}"`,
        expected: allowed.map((a) => `"${a}"`).join(" | "),
      }),
      { path: [name] },
    );
  }
}
