import { localeOf } from "@bulletin/format";
import { formatPath } from "./format-path";
import { makeIssue } from "./internal/make-issue";
import { printedValue } from "./internal/printed-value";
import { spanBounds, spanLabel } from "./internal/span-bounds";
import type { IssuePath, LintIssueCode, Locale, Severity, ValidationIssue } from "./issues";
import { TEXT_RULE_SEVERITIES } from "./lint-rules/index";
import { lintText } from "./lint-text";
import { placeTableCells } from "./place-table-cells";
import type { Block, Bulletin, DateSpan, Inline, Metric, Table, TableRow } from "./schemas";

/**
 * Options of {@link lintBulletin}.
 *
 * @example
 * ```ts
 * const options: LintBulletinOptions = { locale: "en", rules: { "unused-metric": "off" } };
 * lintBulletin(issue9, options); //=> []
 * ```
 */
export interface LintBulletinOptions {
  /** Language of the messages: `zh-CN` (default) or `en`. */
  locale?: Locale;
  /** Change the severity of a rule, or turn it `off`. */
  rules?: Partial<Record<LintIssueCode, Severity | "off">>;
  /**
   * Run the text rules (GB/T 15834 / 15835, see {@link TEXT_RULES}): `true` by default here;
   * {@link validateBulletin} runs them only when asked.
   */
  textRules?: boolean;
}

/**
 * The default severity of each lint rule: the model's semantic rules and the text rules.
 *
 * @example
 * ```ts
 * LINT_RULES["duplicate-id"]; //=> "error"
 * LINT_RULES["unused-metric"]; //=> "info"
 * ```
 */
export const LINT_RULES: Readonly<Record<LintIssueCode, Severity>> = {
  "unresolved-metric-ref": "error",
  "unresolved-department-ref": "error",
  "duplicate-id": "error",
  "range-reversed": "error",
  "published-before-period-end": "warning",
  "date-outside-period": "warning",
  "department-text-mismatch": "warning",
  "metric-text-mismatch": "warning",
  "comparison-mismatch": "warning",
  "total-number-below-number": "warning",
  "empty-section": "warning",
  "unused-metric": "info",
  ...TEXT_RULE_SEVERITIES,
  "table-width-mismatch": "error",
  "table-span-overflow": "error",
  "table-span-overlap": "error",
  "empty-table": "error",
  "table-markdown-fallback": "info",
};

const SCALE_EXPONENT = { 万: 4, 亿: 8, 万亿: 12, none: 0 } as const;

/** How far a reported change may be from the one computed from rounded values. */
function changeTolerance(metric: Metric, previous: number): number {
  const exponent = SCALE_EXPONENT[metric.display?.scale ?? "none"];
  const unit = 10 ** (exponent - (metric.display?.fractionDigits ?? 0));
  return 0.05 + ((2 * unit) / Math.abs(previous)) * 100;
}

/**
 * Checks what a schema cannot: references resolve, ids are unique, ranges run forward, dates
 * fall in the period, comparisons add up. Takes a bulletin that passed the schema; never throws.
 *
 * @param bulletin - a structurally valid bulletin
 * @param options - locale and rule severities
 * @returns every issue found
 * @example
 * ```ts
 * import { lintBulletin } from "@bulletin/schema";
 * lintBulletin(bulletin, { locale: "en" }).map((i) => i.code); //=> []
 * ```
 */
export function lintBulletin(
  bulletin: Bulletin,
  options: LintBulletinOptions = {},
): ValidationIssue[] {
  const locale = localeOf(options.locale);
  const rules = options.rules;
  const issues: ValidationIssue[] = [];
  const report = (code: LintIssueCode, path: IssuePath, params: Record<string, unknown>): void => {
    const severity = rules?.[code] ?? LINT_RULES[code];
    if (severity === "off") return;
    issues.push(makeIssue(code, path, params, locale, severity));
  };

  const unique = (seen: Map<string, IssuePath>, id: string | undefined, path: IssuePath): void => {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first) report("duplicate-id", path, { id, first: formatPath(first) });
    else seen.set(id, path);
  };

  const departments = new Map<string, Bulletin["departments"][number]>();
  const departmentIds = new Map<string, IssuePath>();
  bulletin.departments.forEach((d, i) => {
    unique(departmentIds, d.id, ["departments", i, "id"]);
    if (!departments.has(d.id)) departments.set(d.id, d);
  });
  const metrics = new Map<string, Metric>();
  const metricIds = new Map<string, IssuePath>();
  bulletin.metrics.forEach((m, i) => {
    unique(metricIds, m.id, ["metrics", i, "id"]);
    if (!metrics.has(m.id)) metrics.set(m.id, m);
  });
  const usedMetrics = new Set<string>();

  const checkSpan = (span: DateSpan, path: IssuePath): void => {
    if (span.kind === "range" && span.end < span.start)
      report("range-reversed", path, { start: span.start, end: span.end });
  };

  // Issue: period, publication date, numbers.
  const { issue } = bulletin;
  let period: [string, string] | undefined;
  if (issue.period) {
    checkSpan(issue.period, ["issue", "period"]);
    period = spanBounds(issue.period);
    if (issue.publishedOn < period[1])
      report("published-before-period-end", ["issue", "publishedOn"], {
        publishedOn: issue.publishedOn,
        periodEnd: period[1],
      });
  }
  if (issue.totalNumber !== undefined && issue.totalNumber < issue.number)
    report("total-number-below-number", ["issue", "totalNumber"], {
      totalNumber: issue.totalNumber,
      number: issue.number,
    });
  const month = issue.publishedOn.slice(0, 7);
  const monthBounds = spanBounds({ kind: "month", month });

  const checkInlines = (inlines: readonly Inline[], base: IssuePath): void => {
    inlines.forEach((inline, k) => {
      if (typeof inline === "string") return;
      const path = [...base, k];
      if (inline.type === "metric") {
        usedMetrics.add(inline.ref);
        const m = metrics.get(inline.ref);
        if (!m) report("unresolved-metric-ref", [...path, "ref"], { ref: inline.ref });
        else if (inline.text !== undefined) {
          // The printed form must read as the value it stands for (`四千亿元` for 400000000000).
          const read = printedValue(inline.text);
          if (
            read === undefined ||
            Math.abs(read - m.value) > 1e-9 * Math.max(1, Math.abs(m.value))
          )
            report("metric-text-mismatch", [...path, "text"], {
              text: inline.text,
              ref: inline.ref,
              value: m.value,
            });
        }
      } else if (inline.type === "department") {
        const d = departments.get(inline.ref);
        if (!d) report("unresolved-department-ref", [...path, "ref"], { ref: inline.ref });
        else if (inline.text !== undefined) {
          const known = [d.name, ...(d.shortName ? [d.shortName] : []), ...(d.aliases ?? [])];
          if (!known.includes(inline.text))
            report("department-text-mismatch", [...path, "text"], {
              text: inline.text,
              ref: inline.ref,
              known,
            });
        }
      } else if (inline.type === "date") checkSpan(inline.value, [...path, "value"]);
    });
  };

  /**
   * The cells of a table's head or body rows: references, spans, and each row's width
   * against `width` (the head's first row, else the first body row). Returns the width.
   */
  const checkRows = (
    rows: readonly TableRow[],
    base: IssuePath,
    width: number | undefined,
  ): number | undefined => {
    let expected = width;
    placeTableCells(rows).forEach((placed, r) => {
      const row = rows[r] as TableRow;
      for (const cell of placed.cells) {
        const path = [...base, r, cell.index];
        const object = !Array.isArray(row[cell.index]);
        checkInlines(cell.content, object ? [...path, "content"] : path);
        if (cell.overlaps)
          report("table-span-overlap", path, { row: r + 1, column: cell.column + 1 });
        if (r + cell.rowSpan > rows.length)
          report("table-span-overflow", [...path, "rowSpan"], {
            rowSpan: cell.rowSpan,
            left: rows.length - r,
          });
      }
      if (expected === undefined) expected = placed.width;
      else if (placed.width !== expected)
        report("table-width-mismatch", [...base, r], { width: placed.width, expected });
    });
    return expected;
  };

  const checkTable = (table: Table, base: IssuePath): void => {
    const width = table.head ? checkRows(table.head, [...base, "head"], undefined) : undefined;
    checkRows(table.rows, [...base, "rows"], width);
    table.notes?.forEach((note, n) => {
      checkInlines(note, [...base, "notes", n]);
    });
    const blank = (row: TableRow): boolean =>
      row.every((cell) => (Array.isArray(cell) ? cell : cell.content).length === 0);
    if (table.rows.every(blank) && (table.head ?? []).every(blank)) report("empty-table", base, {});
    const spans = [...(table.head ?? []), ...table.rows].some((row) =>
      row.some(
        (cell) => !Array.isArray(cell) && ((cell.colSpan ?? 1) > 1 || (cell.rowSpan ?? 1) > 1),
      ),
    );
    const headRows = table.head?.length ?? 0;
    if (spans || headRows !== 1)
      report("table-markdown-fallback", base, { reason: spans ? "spans" : "head", headRows });
  };

  const checkBody = (body: readonly Block[], base: IssuePath): void => {
    body.forEach((block, b) => {
      if (Array.isArray(block)) checkInlines(block, [...base, b]);
      else checkTable(block, [...base, b]);
    });
  };

  const sectionIds = new Map<string, IssuePath>();
  bulletin.sections.forEach((section, s) => {
    unique(sectionIds, section.id, ["sections", s, "id"]);
    if (section.items.length === 0) report("empty-section", ["sections", s, "items"], {});
    section.items.forEach((item, i) => {
      const base: IssuePath = ["sections", s, "items", i];
      unique(sectionIds, item.id, [...base, "id"]);
      item.departmentRefs?.forEach((ref, r) => {
        if (!departments.has(ref))
          report("unresolved-department-ref", [...base, "departmentRefs", r], { ref });
      });
      if (item.date) {
        checkSpan(item.date, [...base, "date"]);
        const [start, end] = spanBounds(item.date);
        const inside = (b: [string, string]): boolean => start >= b[0] && end <= b[1];
        if (start <= end && !(period && inside(period)) && !inside(monthBounds))
          report("date-outside-period", [...base, "date"], {
            start,
            end,
            ...(issue.period ? { period: spanLabel(issue.period) } : {}),
            month,
          });
      }
      checkBody(item.body, [...base, "body"]);
    });
  });

  bulletin.metrics.forEach((m, i) => {
    const c = m.comparison;
    if (
      c?.previous !== undefined &&
      c.change !== undefined &&
      c.previous !== 0 &&
      c.changeUnit !== "points" &&
      // `5万余件`: a bound, from which no change follows exactly.
      m.approximate === undefined
    ) {
      const computed = ((m.value - c.previous) / Math.abs(c.previous)) * 100;
      if (Math.abs(computed - c.change) > changeTolerance(m, c.previous))
        report("comparison-mismatch", ["metrics", i, "comparison", "change"], {
          change: c.change,
          value: m.value,
          previous: c.previous,
          computed: Number(computed.toFixed(2)),
        });
    }
    if (!usedMetrics.has(m.id)) report("unused-metric", ["metrics", i], { id: m.id });
  });
  if (options.textRules !== false) issues.push(...lintText(bulletin, { locale, rules }));
  return issues;
}
