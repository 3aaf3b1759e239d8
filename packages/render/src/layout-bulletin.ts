import { dateSpanBounds, placeTableCells } from "@bulletin/format";
import type {
  Bulletin,
  DateSpan,
  Department,
  Inline,
  Item,
  Section,
  Table,
  TableRow,
} from "@bulletin/schema";
import { RenderError } from "./errors";
import { localeOf, renderMessage } from "./internal/messages";
import {
  checkOption,
  DISTRIBUTION_ROLES,
  inlinePath,
  invalidValue,
  isNoteSection,
  isoOfSpan,
  isRunningText,
  joinDistribution,
  pathArray,
  Resolver,
  unresolved,
} from "./internal/resolve";
import type {
  BlockNode,
  BulletinLayout,
  DateRun,
  DateStyle,
  DepartmentRun,
  DistributionLine,
  InlineRun,
  ItemNode,
  LayoutOptions,
  LeadNode,
  MastheadNode,
  MetricRun,
  NoteNode,
  SectionNode,
  TableCellNode,
  TableNode,
  TailNode,
} from "./layout";

const DATE_STYLES: readonly DateStyle[] = ["arabic", "chinese"];

/**
 * Lays a bulletin out: decides everything about how the issue reads and returns it as plain
 * data ({@link BulletinLayout}) that the text, Markdown and HTML writers (and the DOCX and PDF
 * ones) walk without looking anything up.
 *
 * The rules, all here:
 * - the masthead: title, the issue number as printed (`第9期`, `2026年第3期` when the issue has a
 *   `year`, `（总第N期）`, `增刊`), the publisher, the date (`2025年11月10日` or, with
 *   `dateStyle: "chinese"`, `二〇二五年十一月十日`);
 * - date spans are written relative to the reference year: `issue.year`, else the year of
 *   `publishedOn` (`9月8日`, but `2024年12月30日—2025年1月2日`);
 * - sections of `kind: "editor-note"` become notes (编者按): no number, no heading, their title a
 *   run-in label of the first item; the other sections are numbered `一、` `二、` by position
 *   among numbered sections;
 * - a section whose only item has no title, date or departments is running text: no `（一）`;
 *   otherwise each item opens with its lead: `（一）` + title + `。` + date + `，`; an item with a
 *   lead and no paragraphs keeps one paragraph for its lead, and so does an item whose body
 *   opens with a table;
 * - tables: every cell placed on the grid by `placeTableCells` (its first column, its spans),
 *   head cells marked as headers, cells and notes written like paragraphs;
 * - inlines: a metric as reported through `formatQuantity` (`5.88万件`, `5.80万件` when the
 *   display says two digits), a department as `text ?? shortName ?? name`, a title in `《》`, a
 *   quote in `“”`;
 * - the tail: 报, 送, 发, 抄送 in that order, entries joined with `、` (or `，` when an entry holds
 *   a `、`) and closed with `。`, then `共印N份`.
 *
 * @param bulletin - a valid bulletin (see `validateBulletin` in `@bulletin/schema`)
 * @param options - {@link LayoutOptions}
 * @returns the layout; `JSON.parse(JSON.stringify(layout))` equals it
 * @throws {@link RenderError} `unresolved-metric-ref` or `unresolved-department-ref` (with the
 *   `path` of the reference) when a reference does not resolve, `invalid-value` when a value
 *   cannot be written, `invalid-option` for an unknown option value
 * @example
 * ```ts
 * const layout = layoutBulletin(issue9);
 * layout.masthead.number.text; //=> "第9期"
 * const news = layout.sections[3] as SectionNode;
 * [news.marker, news.title]; //=> ["四、", "窗口资讯"]
 * const first = news.items[0]?.blocks[0] as ParagraphNode;
 * first.lead;
 * //=> { kind: "lead", marker: "（一）",
 * //     date: { run: { kind: "date", text: "9月16日—18日",
 * //                    span: { kind: "range", start: "2025-09-16", end: "2025-09-18" },
 * //                    datetime: "2025-09-16" }, end: "，" } }
 * first.runs[0];
 * //=> { kind: "department", text: "省林草局", department: { id: "forestry-grassland", name: "四川省林业和草原局" } }
 * layout.tail?.lines[0]?.text; //=> "省政务管理办公室、省级相关部门（单位）、省中心领导。"
 * ```
 */
export function layoutBulletin(bulletin: Bulletin, options: LayoutOptions = {}): BulletinLayout {
  const locale = localeOf(options);
  checkOption("dateStyle", options.dateStyle, DATE_STYLES, locale);
  const resolver = new Resolver(bulletin, locale);
  const masthead = mastheadOf(bulletin, resolver, options.dateStyle);
  const model = bulletin.sections;
  // Arrays are made at their final length (a `push` from empty reserves room for 17).
  const sections = new Array<NoteNode | SectionNode>(model.length);
  let numbered = 0;
  for (let s = 0; s < model.length; s++) {
    const section = model[s] as Section;
    const note = isNoteSection(section);
    const running = isRunningText(section);
    const items = new Array<ItemNode>(section.items.length);
    for (let i = 0; i < items.length; i++)
      items[i] = itemOf(resolver, section, s, i, note, running);
    if (note) {
      const node: NoteNode = { kind: "note", index: s + 1, title: section.title, items };
      if (section.id !== undefined) node.id = section.id;
      sections[s] = node;
    } else {
      numbered++;
      const node: SectionNode = {
        kind: "section",
        index: s + 1,
        number: numbered,
        marker: resolver.sectionMarker(numbered),
        title: section.title,
        runningText: running,
        items,
      };
      if (section.id !== undefined) node.id = section.id;
      if (section.kind !== undefined) node.sectionKind = section.kind;
      sections[s] = node;
    }
  }
  const layout: BulletinLayout = {
    kind: "bulletin-layout",
    referenceYear: resolver.referenceYear,
    masthead,
    sections,
  };
  const tail = tailOf(bulletin);
  if (tail !== undefined) layout.tail = tail;
  return layout;
}

/**
 * The masthead alone, for writers that need no more (the JSON-LD of an issue).
 *
 * @internal
 */
export function layoutMasthead(bulletin: Bulletin): MastheadNode {
  return mastheadOf(bulletin, new Resolver(bulletin), undefined);
}

function mastheadOf(
  bulletin: Bulletin,
  resolver: Resolver,
  dateStyle: DateStyle | undefined,
): MastheadNode {
  const { publication, issue } = bulletin;
  const numberText = resolver.issueNumber();
  const number: MastheadNode["number"] = { text: numberText, number: issue.number };
  if (issue.year !== undefined) number.year = issue.year;
  if (issue.totalNumber !== undefined) number.totalNumber = issue.totalNumber;
  if (issue.supplement !== undefined) number.supplement = issue.supplement;
  const publisher: MastheadNode["publisher"] = { name: publication.publisher.name };
  if (publication.publisher.shortName !== undefined)
    publisher.shortName = publication.publisher.shortName;
  const masthead: MastheadNode = {
    kind: "masthead",
    title: publication.title,
    publisher,
    number,
    publishedOn: { text: resolver.publishedOn(dateStyle), date: issue.publishedOn },
  };
  const period = issue.period;
  if (period !== undefined) {
    let text: string;
    try {
      text = resolver.span(period);
    } catch (error) {
      throw invalidValue("issue.period", error, resolver.locale);
    }
    masthead.period = { text, span: plainSpan(period), coverage: coverageOf(period) };
  }
  if (issue.editor !== undefined) masthead.editor = issue.editor;
  if (issue.signer !== undefined) masthead.signer = issue.signer;
  return masthead;
}

function itemOf(
  resolver: Resolver,
  section: Section,
  s: number,
  i: number,
  note: boolean,
  running: boolean,
): ItemNode {
  const item = section.items[i] as Item;
  let date: DateRun | undefined;
  if (item.date !== undefined) {
    try {
      date = dateRun(resolver, item.date);
    } catch (error) {
      throw invalidValue(`sections[${s}].items[${i}].date`, error, resolver.locale);
    }
  }
  const refs = item.departmentRefs;
  const departments = new Array<DepartmentRun>(refs === undefined ? 0 : refs.length);
  for (let k = 0; k < departments.length; k++) {
    const ref = (refs as string[])[k] as string;
    const d = resolver.department(ref);
    if (d === undefined)
      throw unresolved(
        "department",
        ref,
        `sections[${s}].items[${i}].departmentRefs[${k}]`,
        resolver.locale,
      );
    departments[k] = departmentRun(d, d.shortName ?? d.name);
  }

  let lead: LeadNode | undefined;
  if (note && i === 0) {
    lead = { kind: "lead", label: { text: section.title, end: "：" } };
    if (!running) {
      lead.marker = resolver.itemMarker(i + 1);
      if (item.title !== undefined) lead.title = { text: item.title, end: "。" };
      if (date !== undefined) lead.date = { run: date, end: "，" };
    }
  } else if (!running) {
    lead = itemLead(resolver.itemMarker(i + 1), item.title, date);
  }

  const body = item.body;
  // The lead opens the item: with no block, or before a table, it is a paragraph of its own.
  const leadAlone = lead !== undefined && (body.length === 0 || !Array.isArray(body[0]));
  const blocks = new Array<BlockNode>(leadAlone ? body.length + 1 : body.length);
  let b = 0;
  if (leadAlone) blocks[b++] = { kind: "paragraph", index: 1, lead: lead as LeadNode, runs: [] };
  for (let p = 0; p < body.length; p++) {
    const block = body[p];
    if (!Array.isArray(block)) {
      blocks[b++] = tableOf(resolver, block as Table, s, i, p);
      continue;
    }
    const runs = runsOf(resolver, block as Inline[], s, i, p, undefined);
    blocks[b++] =
      p === 0 && lead !== undefined
        ? { kind: "paragraph", index: p + 1, lead, runs }
        : { kind: "paragraph", index: p + 1, runs };
  }

  // One literal per shape: an object made whole keeps its fields in itself (one allocation),
  // where a field added later needs a second one.
  return item.id === undefined
    ? { kind: "item", index: i + 1, departments, blocks }
    : { kind: "item", index: i + 1, departments, blocks, id: item.id };
}

/** The lead of an item outside a note: marker, then title and date if it has them. */
function itemLead(marker: string, title: string | undefined, date: DateRun | undefined): LeadNode {
  if (title === undefined)
    return date === undefined
      ? { kind: "lead", marker }
      : { kind: "lead", marker, date: { run: date, end: "，" } };
  const part = { text: title, end: "。" };
  return date === undefined
    ? { kind: "lead", marker, title: part }
    : { kind: "lead", marker, title: part, date: { run: date, end: "，" } };
}

/**
 * The runs of some inlines. Where they are, for the path of an error (made only when one
 * fails, no closure per run): paragraph `p` of item `i` of section `s`, or, given `at`, the
 * list at that path (a table's cell or note).
 */
function runsOf(
  resolver: Resolver,
  inlines: readonly Inline[],
  s: number,
  i: number,
  p: number,
  at: string | undefined,
): InlineRun[] {
  const runs = new Array<InlineRun>(inlines.length);
  for (let n = 0; n < runs.length; n++)
    runs[n] = runOf(resolver, inlines[n] as Inline, s, i, p, n, at);
  return runs;
}

/** The path of inline `n` of a list (see {@link runsOf}). */
function pathOf(s: number, i: number, p: number, n: number, at: string | undefined): string {
  return at === undefined ? inlinePath(s, i, p, n) : `${at}[${n}]`;
}

function tableOf(resolver: Resolver, table: Table, s: number, i: number, p: number): TableNode {
  const at = `sections[${s}].items[${i}].body[${p}]`;
  const head = cellsOf(resolver, table.head ?? [], `${at}.head`, true);
  const rows = cellsOf(resolver, table.rows, `${at}.rows`, false);
  let columns = 0;
  let spanning = false;
  for (let part = 0; part < 2; part++) {
    const placed = part === 0 ? head : rows;
    for (let r = 0; r < placed.length; r++) {
      const row = placed[r] as TableCellNode[];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c] as TableCellNode;
        columns = Math.max(columns, cell.column + cell.colSpan);
        if (cell.colSpan > 1 || cell.rowSpan > 1) spanning = true;
      }
    }
  }
  const given = table.notes ?? [];
  const notes = new Array<InlineRun[]>(given.length);
  for (let k = 0; k < given.length; k++)
    notes[k] = runsOf(resolver, given[k] as Inline[], s, i, p, `${at}.notes[${k}]`);
  const node: TableNode = { kind: "table", index: p + 1, columns, spanning, head, rows, notes };
  if (table.caption !== undefined) node.caption = table.caption;
  return node;
}

/** The rows of a table's head or body, their cells placed on the grid; `at` is their path. */
function cellsOf(
  resolver: Resolver,
  rows: readonly TableRow[],
  at: string,
  header: boolean,
): TableCellNode[][] {
  const placed = placeTableCells(rows);
  const out = new Array<TableCellNode[]>(placed.length);
  for (let r = 0; r < placed.length; r++) {
    const cells = (placed[r] as (typeof placed)[number]).cells;
    const row = new Array<TableCellNode>(cells.length);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as (typeof cells)[number];
      const where = Array.isArray(rows[r]?.[cell.index])
        ? `${at}[${r}][${cell.index}]`
        : `${at}[${r}][${cell.index}].content`;
      const runs = runsOf(resolver, cell.content, 0, 0, 0, where);
      let text = "";
      for (let k = 0; k < runs.length; k++) text += (runs[k] as InlineRun).text;
      row[c] = {
        kind: "cell",
        header,
        column: cell.column,
        colSpan: cell.colSpan,
        rowSpan: cell.rowSpan,
        runs,
        text,
      };
    }
    out[r] = row;
  }
  return out;
}

function runOf(
  resolver: Resolver,
  node: Inline,
  s: number,
  i: number,
  p: number,
  n: number,
  at: string | undefined,
): InlineRun {
  if (typeof node === "string") return { kind: "text", text: node };
  switch (node.type) {
    case "metric": {
      const metric = resolver.metric(node.ref);
      if (metric === undefined)
        throw unresolved("metric", node.ref, pathOf(s, i, p, n, at), resolver.locale);
      let text: string;
      try {
        text = resolver.metricText(metric);
      } catch (error) {
        throw invalidValue(pathOf(s, i, p, n, at), error, resolver.locale);
      }
      const run: MetricRun = {
        kind: "metric",
        text,
        metric: { id: metric.id, label: metric.label, value: metric.value, unit: metric.unit },
      };
      return run;
    }
    case "department": {
      const department = resolver.department(node.ref);
      if (department === undefined)
        throw unresolved("department", node.ref, pathOf(s, i, p, n, at), resolver.locale);
      return departmentRun(department, node.text ?? department.shortName ?? department.name);
    }
    case "date":
      try {
        return dateRun(resolver, node.value);
      } catch (error) {
        throw invalidValue(`${pathOf(s, i, p, n, at)}.value`, error, resolver.locale);
      }
    case "title":
      return { kind: "title", text: `《${node.text}》`, content: node.text };
    case "quote":
      return { kind: "quote", text: `“${node.text}”`, content: node.text };
    case "emphasis":
      return { kind: "emphasis", text: node.text };
  }
  // Unreachable for a valid bulletin.
  const kind = (node as { type?: unknown }).type;
  const where = pathOf(s, i, p, n, at);
  throw new RenderError(
    "invalid-value",
    renderMessage("invalid-value", resolver.locale, { at: where, kind: String(kind).slice(0, 40) }),
    { path: pathArray(where) },
  );
}

function departmentRun(department: Department, text: string): DepartmentRun {
  return { kind: "department", text, department: { id: department.id, name: department.name } };
}

/** A date as a run; throws what the formatter throws. */
function dateRun(resolver: Resolver, span: DateSpan): DateRun {
  return {
    kind: "date",
    text: resolver.span(span),
    span: plainSpan(span),
    datetime: isoOfSpan(span),
  };
}

/** The span's own fields only (no extension keys), as a new object. */
function plainSpan(span: DateSpan): DateSpan {
  switch (span.kind) {
    case "day":
      return { kind: "day", date: span.date };
    case "range":
      return { kind: "range", start: span.start, end: span.end };
    case "xun":
      return { kind: "xun", month: span.month, part: span.part };
    case "month":
      return { kind: "month", month: span.month };
    case "year":
      return { kind: "year", year: span.year };
  }
}

function tailOf(bulletin: Bulletin): TailNode | undefined {
  const lines: DistributionLine[] = [];
  const distribution = bulletin.distribution;
  if (distribution !== undefined) {
    for (let k = 0; k < DISTRIBUTION_ROLES.length; k++) {
      const [role, label] = DISTRIBUTION_ROLES[k] as (typeof DISTRIBUTION_ROLES)[number];
      const entries = distribution[role];
      if (entries === undefined || entries.length === 0) continue;
      lines.push({ role, label, entries: entries.slice(), text: joinDistribution(entries) });
    }
  }
  const count = bulletin.issue.copies;
  if (lines.length === 0 && count === undefined) return undefined;
  const tail: TailNode = { kind: "tail", lines };
  if (count !== undefined) tail.copies = { text: `共印${count}份`, count };
  return tail;
}

/** The ISO 8601 form of a period: a date, an interval, a month or a year. */
function coverageOf(span: DateSpan): string {
  switch (span.kind) {
    case "day":
      return span.date;
    case "range":
      return `${span.start}/${span.end}`;
    case "month":
      return span.month;
    case "year":
      return String(span.year);
    case "xun":
      return dateSpanBounds(span).join("/");
  }
}
