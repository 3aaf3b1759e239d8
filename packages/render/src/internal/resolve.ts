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
  Distribution,
  Item,
  Metric,
  Section,
} from "@bulletin/schema";
import { RenderError } from "../errors";
import { escapeHtml } from "../safe-html";

/**
 * How the masthead writes the publication date.
 *
 * @example
 * ```ts
 * const dateStyle: DateStyle = "chinese";
 * renderText(issue9, { dateStyle }).split("\n\n")[3]; //=> "二〇二五年十一月十日"
 * ```
 */
export type DateStyle = "arabic" | "chinese";

type Key = string | number | boolean | undefined;

interface MemoEntry {
  readonly b: Key;
  readonly c: Key;
  readonly d: Key;
  readonly value: string;
}

/**
 * Formatting results by their inputs, shared by all renders: the formatters are pure, and a
 * bulletin repeats the same dates and figures from issue to issue. Keyed by the inputs
 * themselves (primitives compared with `===`), so no key string is built per lookup. Bounded:
 * a cache that reaches its limit starts again empty.
 */
class Memo {
  readonly #map = new Map<Key, MemoEntry[]>();
  #size = 0;
  get(a: Key, b: Key, c: Key, d: Key): string | undefined {
    const list = this.#map.get(a);
    if (list === undefined) return undefined;
    for (let k = 0; k < list.length; k++) {
      const e = list[k] as MemoEntry;
      if (e.b === b && e.c === c && e.d === d) return e.value;
    }
    return undefined;
  }
  set(a: Key, b: Key, c: Key, d: Key, value: string): void {
    if (this.#size >= 2048) {
      this.#map.clear();
      this.#size = 0;
    }
    const list = this.#map.get(a);
    if (list === undefined) this.#map.set(a, [{ b, c, d, value }]);
    else list.push({ b, c, d, value });
    this.#size++;
  }
}

const quantities = new Memo();
const spans = new Memo();
const dates = new Memo();

function isKey(value: unknown): value is Key {
  return (
    value === undefined ||
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && !Object.is(value, -0))
  );
}

/** The 报/送/发/抄送 lists in the order GB/T 9704-2012 prints them. */
export const DISTRIBUTION_ROLES = [
  ["reportTo", "报"],
  ["sendTo", "送"],
  ["issueTo", "发"],
  ["copyTo", "抄送"],
] as const;

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
 * One line of the 报尾: `报：省政务管理办公室、省级相关部门（单位）、省中心领导。`.
 *
 * @example
 * ```ts
 * const lines: DistributionLine[] = [];
 * renderHtml(issue9, {
 *   components: {
 *     distribution: (props) => {
 *       lines.push(...props.context.lines);
 *       return props.render();
 *     },
 *   },
 * });
 * lines[0];
 * //=> { role: "reportTo", label: "报", entries: ["省政务管理办公室", "省级相关部门（单位）", "省中心领导"],
 * //     text: "省政务管理办公室、省级相关部门（单位）、省中心领导。" }
 * lines[1]?.text; // an entry holds a 、, so entries are joined with ，
 * //=> "省级相关部门（单位）窗口，省直部门办事大厅，省中心各处（室）、直属单位。"
 * ```
 */
export interface DistributionLine {
  /** Which list of `distribution` it comes from. */
  role: keyof Distribution;
  /** `报`, `送`, `发` or `抄送`. */
  label: string;
  /** The entries as stored. */
  entries: readonly string[];
  /** The entries joined with `、` (or `，` when an entry holds a `、`) and closed with `。`, without the label. */
  text: string;
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
 * What every renderer needs from a bulletin, looked up once: departments and metrics by id,
 * the reference year of date spans, and memoised formatting.
 */
export class Resolver {
  readonly bulletin: Bulletin;
  readonly referenceYear: number;
  readonly #departments = new Map<string, Department>();
  readonly #metrics = new Map<string, Metric>();

  constructor(bulletin: Bulletin) {
    this.bulletin = bulletin;
    const year = bulletin.issue.year ?? Number(String(bulletin.issue.publishedOn).slice(0, 4));
    this.referenceYear = Number.isInteger(year) ? year : Number.NaN;
    // Backwards, so that the first of two entries with the same id is the one that stays.
    const departments = bulletin.departments;
    for (let k = departments.length - 1; k >= 0; k--) {
      const d = departments[k] as Department;
      this.#departments.set(d.id, d);
    }
    const metrics = bulletin.metrics;
    for (let k = metrics.length - 1; k >= 0; k--) {
      const m = metrics[k] as Metric;
      this.#metrics.set(m.id, m);
    }
  }

  department(ref: string, path: () => string): Department {
    const department = this.#departments.get(ref);
    if (department === undefined) {
      const at = path();
      throw new RenderError(
        "unresolved-department-ref",
        `\`${at}\` names department "${truncate(ref)}", which \`departments\` does not have`,
        { path: at },
      );
    }
    return department;
  }

  metric(ref: string, path: () => string): Metric {
    const metric = this.#metrics.get(ref);
    if (metric === undefined) {
      const at = path();
      throw new RenderError(
        "unresolved-metric-ref",
        `\`${at}\` names metric "${truncate(ref)}", which \`metrics\` does not have`,
        { path: at },
      );
    }
    return metric;
  }

  /** The department with this id, or `undefined`. */
  findDepartment(ref: string): Department | undefined {
    return this.#departments.get(ref);
  }

  /** The metric with this id, or `undefined`. */
  findMetric(ref: string): Metric | undefined {
    return this.#metrics.get(ref);
  }

  /**
   * `5.88万件`: the metric as reported, through `formatQuantity`; with `display.fractionDigits`
   * the decimals are written in full (`5.80万件`), as the issue printed them.
   */
  metricText(metric: Metric, path: () => string): string {
    const { value, unit } = metric;
    const display = metric.display;
    const scale = display === undefined ? undefined : display.scale;
    const fractionDigits = display === undefined ? undefined : display.fractionDigits;
    const memo =
      typeof value === "number" &&
      typeof unit === "string" &&
      isKey(value) &&
      isKey(scale) &&
      isKey(fractionDigits);
    if (memo) {
      const known = quantities.get(value, unit, scale, fractionDigits);
      if (known !== undefined) return known;
    }
    const text = guard(path, () =>
      formatQuantity(value, unit, {
        ...(scale === undefined ? {} : { scale }),
        // Digits as reported: `5.80万件` keeps its zero when the display says two decimals.
        ...(fractionDigits === undefined ? {} : { fractionDigits, trimZeros: false }),
      }),
    );
    // Errors are not cached: only a value that formatted reaches the cache.
    if (memo) quantities.set(value, unit, scale, fractionDigits, text);
    return text;
  }

  /** `9月16日—18日`: a date span relative to the issue's year. */
  span(span: DateSpan, path: () => string): string {
    const year = this.referenceYear;
    let a: unknown;
    let c: unknown;
    switch (span.kind) {
      case "day":
        a = span.date;
        break;
      case "range":
        a = span.start;
        c = span.end;
        break;
      case "xun":
        a = span.month;
        c = span.part;
        break;
      case "month":
        a = span.month;
        break;
      case "year":
        a = span.year;
        break;
    }
    const kind: unknown = span.kind;
    const d = Number.isNaN(year) ? undefined : year;
    const memo = a !== undefined && isKey(a) && isKey(c) && typeof kind === "string";
    if (memo) {
      const known = spans.get(a as Key, kind, c as Key, d);
      if (known !== undefined) return known;
    }
    const text = guard(path, () =>
      formatDateSpan(span, Number.isNaN(year) ? {} : { referenceYear: year }),
    );
    // Errors are not cached: only a span that formatted reaches the cache.
    if (memo) spans.set(a as Key, kind, c as Key, d, text);
    return text;
  }

  /** `第9期`, `2026年第3期`, `第9期（总第123期）`, `增刊第1期`: see {@link issueNumberOf}. */
  issueNumber(): string {
    return issueNumberOf(this.bulletin.issue);
  }

  /** `2025年11月10日` (or `二〇二五年十一月十日`). */
  publishedOn(style: DateStyle = "arabic"): string {
    const date = this.bulletin.issue.publishedOn;
    const memo = typeof date === "string" && isKey(style);
    if (memo) {
      const known = dates.get(date, style, undefined, undefined);
      if (known !== undefined) return known;
    }
    const text = guard(
      () => "issue.publishedOn",
      () => formatDate(date, { style }),
    );
    if (memo) dates.set(date, style, undefined, undefined, text);
    return text;
  }

  /** The 报/送/发/抄送 lines that have entries. */
  distribution(): DistributionLine[] {
    const lines: DistributionLine[] = [];
    const distribution = this.bulletin.distribution;
    if (distribution === undefined) return lines;
    for (const [role, label] of DISTRIBUTION_ROLES) {
      const entries = distribution[role];
      if (entries === undefined || entries.length === 0) continue;
      lines.push({ role, label, entries, text: joinDistribution(entries) });
    }
    return lines;
  }

  /** `共印120份`, or undefined. */
  copies(): string | undefined {
    const copies = this.bulletin.issue.copies;
    return copies === undefined ? undefined : `共印${copies}份`;
  }
}

const SECTION_MARKERS: string[] = [];
const ITEM_MARKERS: string[] = [];

/** `一、` for the nth section (from 1). */
function sectionMarkerOf(index: number): string {
  if (index > 64) return sectionMarker(1, index);
  SECTION_MARKERS[index] ??= sectionMarker(1, index);
  return SECTION_MARKERS[index] as string;
}

/**
 * An editor's note (编者按): a section of `kind: "editor-note"`. It prints before the numbered
 * sections without a number or heading, its title as a run-in label: `编者按：为推动…`.
 */
export function isNoteSection(section: Section): boolean {
  return section.kind === "editor-note";
}

/** The run-in label of an editor's note in HTML: `<strong class="bulletin-note-label">编者按：</strong>`. */
export function noteLabel(title: string): string {
  return `<strong class="bulletin-note-label">${escapeHtml(title)}：</strong>`;
}

/** The heading marker of each section, counted over numbered sections only; `""` for a note. */
export function sectionMarkersOf(sections: readonly Section[]): string[] {
  const markers: string[] = [];
  let n = 0;
  for (const section of sections) markers.push(isNoteSection(section) ? "" : sectionMarkerOf(++n));
  return markers;
}

/** `（一）` for the nth item (from 1). */
export function itemMarkerOf(index: number): string {
  if (index > 64) return sectionMarker(2, index);
  ITEM_MARKERS[index] ??= sectionMarker(2, index);
  return ITEM_MARKERS[index] as string;
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
    const at = path();
    const reason = error instanceof Error ? error.message : String(error);
    throw new RenderError("invalid-value", `\`${at}\` cannot be written: ${reason}`, {
      path: at,
      cause: error,
    });
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
    );
  }
}
