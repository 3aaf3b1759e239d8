import { dateSpanBounds, placeTableCells } from "@bulletin/format";
import type { Bulletin, DateSpan, Inline, Item, Section, Table, TableRow } from "@bulletin/schema";
import { RenderError } from "./errors";
import type { LayoutSink, RunSink } from "./internal/layout-sink";
import { type Locale, renderMessage } from "./internal/messages";
import {
  checkedLocale,
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
 *   display says two digits), or as printed where the inline gives its `text` (`四千億元`), a department as `text ?? shortName ?? name`, a title in `《》`, a
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
  const locale = checkedLocale(options.locale);
  checkOption("dateStyle", options.dateStyle, DATE_STYLES, locale);
  const tree = new LayoutTree();
  walkBulletin(bulletin, options.dateStyle, tree, locale);
  return tree.layout as BulletinLayout;
}

/**
 * The walk that holds every rule of the layout: it lays the bulletin out node by node, in
 * document order, and tells `sink` each node as it is decided. {@link layoutBulletin} gives it
 * a sink that builds the plain-data layout; renderHtml without components one that writes the
 * HTML as it comes (no tree built and walked again). `locale` is the language of its errors.
 *
 * @internal
 */
export function walkBulletin(
  bulletin: Bulletin,
  dateStyle: DateStyle | undefined,
  sink: LayoutSink,
  locale: Locale,
): void {
  const resolver = new Resolver(bulletin, locale);
  const model = bulletin.sections;
  sink.begin(resolver.referenceYear, mastheadOf(bulletin, resolver, dateStyle), model.length);
  let numbered = 0;
  for (let s = 0; s < model.length; s++) {
    const section = model[s] as Section;
    const note = isNoteSection(section);
    const running = isRunningText(section);
    const count = section.items.length;
    if (note) sink.note(s + 1, section.title, section.id, count);
    else {
      numbered++;
      sink.section(
        s + 1,
        numbered,
        resolver.sectionMarker(numbered),
        section.title,
        running,
        section.id,
        section.kind,
        count,
      );
    }
    for (let i = 0; i < count; i++) walkItem(resolver, sink, section, s, i, note, running);
    sink.endSection();
  }
  const tail = tailOf(bulletin);
  if (tail !== undefined) sink.tail(tail);
}

/**
 * Run nodes made as a list's runs are told (`runs`, filled from `r`): the nodes of the
 * layout's inline runs, made in one place.
 */
class RunNodes implements RunSink {
  runs: InlineRun[] = EMPTY_RUNS;
  r = 0;

  text(text: string): void {
    this.runs[this.r++] = { kind: "text", text };
  }
  metric(text: string, id: string, label: string, value: number, unit: string): void {
    this.runs[this.r++] = { kind: "metric", text, metric: { id, label, value, unit } };
  }
  department(text: string, id: string, name: string): void {
    this.runs[this.r++] = departmentNode(text, id, name);
  }
  date(text: string, span: DateSpan, datetime: string): void {
    this.runs[this.r++] = dateNode(text, span, datetime);
  }
  title(text: string, content: string): void {
    this.runs[this.r++] = { kind: "title", text, content };
  }
  quote(text: string, content: string): void {
    this.runs[this.r++] = { kind: "quote", text, content };
  }
  emphasis(text: string): void {
    this.runs[this.r++] = { kind: "emphasis", text };
  }
}

/** Replaced by each list's own array before a run is told (never written to). */
const EMPTY_RUNS: InlineRun[] = [];

/**
 * The sink of {@link layoutBulletin}: builds the layout as it is told, each array made at its
 * final length (a `push` from empty reserves room for 17) and each node as one literal of its
 * shape (a field added later needs a second allocation).
 */
class LayoutTree extends RunNodes implements LayoutSink {
  layout: BulletinLayout | undefined;
  #sections: (NoteNode | SectionNode)[] = [];
  #s = 0;
  #items: ItemNode[] = [];
  #i = 0;
  #blocks: BlockNode[] = [];
  #b = 0;

  begin(referenceYear: number, masthead: MastheadNode, sections: number): void {
    this.#sections = new Array<NoteNode | SectionNode>(sections);
    this.layout = {
      kind: "bulletin-layout",
      referenceYear,
      masthead,
      sections: this.#sections,
    };
  }
  note(index: number, title: string, id: string | undefined, items: number): void {
    const node: NoteNode = { kind: "note", index, title, items: this.#open(items) };
    if (id !== undefined) node.id = id;
    this.#sections[this.#s++] = node;
  }
  section(
    index: number,
    number: number,
    marker: string,
    title: string,
    runningText: boolean,
    id: string | undefined,
    sectionKind: SectionNode["sectionKind"],
    items: number,
  ): void {
    const node: SectionNode = {
      kind: "section",
      index,
      number,
      marker,
      title,
      runningText,
      items: this.#open(items),
    };
    if (id !== undefined) node.id = id;
    if (sectionKind !== undefined) node.sectionKind = sectionKind;
    this.#sections[this.#s++] = node;
  }
  #open(items: number): ItemNode[] {
    this.#items = new Array<ItemNode>(items);
    this.#i = 0;
    return this.#items;
  }
  endSection(): void {}
  item(index: number, departments: DepartmentRun[], id: string | undefined, blocks: number): void {
    this.#blocks = new Array<BlockNode>(blocks);
    this.#b = 0;
    this.#items[this.#i++] =
      id === undefined
        ? { kind: "item", index, departments, blocks: this.#blocks }
        : { kind: "item", index, departments, blocks: this.#blocks, id };
  }
  endItem(): void {}
  paragraph(index: number, lead: LeadNode | undefined, runs: number): void {
    this.runs = new Array<InlineRun>(runs);
    this.r = 0;
    this.#blocks[this.#b++] =
      lead === undefined
        ? { kind: "paragraph", index, runs: this.runs }
        : { kind: "paragraph", index, lead, runs: this.runs };
  }
  endParagraph(): void {}
  table(node: TableNode): void {
    this.#blocks[this.#b++] = node;
  }
  tail(node: TailNode): void {
    (this.layout as BulletinLayout).tail = node;
  }
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

/** Item `i` of section `s`, told to `sink`: the item, then its blocks. */
function walkItem(
  resolver: Resolver,
  sink: LayoutSink,
  section: Section,
  s: number,
  i: number,
  note: boolean,
  running: boolean,
): void {
  const item = section.items[i] as Item;
  let date: DateRun | undefined;
  if (item.date !== undefined) {
    try {
      date = dateNode(resolver.span(item.date), item.date, isoOfSpan(item.date));
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
    departments[k] = departmentNode(d.shortName ?? d.name, d.id, d.name);
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
  sink.item(i + 1, departments, item.id, leadAlone ? body.length + 1 : body.length);
  if (leadAlone) {
    sink.paragraph(1, lead, 0);
    sink.endParagraph();
  }
  for (let p = 0; p < body.length; p++) {
    const block = body[p];
    if (!Array.isArray(block)) {
      sink.table(tableOf(resolver, block as Table, s, i, p));
      continue;
    }
    const inlines = block as Inline[];
    sink.paragraph(p + 1, p === 0 ? lead : undefined, inlines.length);
    for (let n = 0; n < inlines.length; n++)
      walkRun(resolver, sink, inlines[n] as Inline, s, i, p, n, undefined);
    sink.endParagraph();
  }
  sink.endItem();
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
 * The runs of some inlines as nodes (a table's cell or note). Where they are, for the path of
 * an error (made only when one fails, no closure per run): paragraph `p` of item `i` of
 * section `s`, or, given `at`, the list at that path.
 */
function runsOf(
  resolver: Resolver,
  inlines: readonly Inline[],
  s: number,
  i: number,
  p: number,
  at: string | undefined,
): InlineRun[] {
  const nodes = new RunNodes();
  nodes.runs = new Array<InlineRun>(inlines.length);
  for (let n = 0; n < inlines.length; n++)
    walkRun(resolver, nodes, inlines[n] as Inline, s, i, p, n, at);
  return nodes.runs;
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

/** Inline `n` of a list laid out as a run and told to `sink` (see {@link runsOf} for where). */
function walkRun(
  resolver: Resolver,
  sink: RunSink,
  node: Inline,
  s: number,
  i: number,
  p: number,
  n: number,
  at: string | undefined,
): void {
  if (typeof node === "string") {
    sink.text(node);
    return;
  }
  switch (node.type) {
    case "metric": {
      const metric = resolver.metric(node.ref);
      if (metric === undefined)
        throw unresolved("metric", node.ref, pathOf(s, i, p, n, at), resolver.locale);
      // `四千億元`: a figure printed in a form its display does not give is written as printed.
      let text: string;
      try {
        text = node.text ?? resolver.metricText(metric);
      } catch (error) {
        throw invalidValue(pathOf(s, i, p, n, at), error, resolver.locale);
      }
      sink.metric(text, metric.id, metric.label, metric.value, metric.unit);
      return;
    }
    case "department": {
      const department = resolver.department(node.ref);
      if (department === undefined)
        throw unresolved("department", node.ref, pathOf(s, i, p, n, at), resolver.locale);
      sink.department(
        node.text ?? department.shortName ?? department.name,
        department.id,
        department.name,
      );
      return;
    }
    case "date": {
      const span = node.value;
      let text: string;
      try {
        text = resolver.span(span);
      } catch (error) {
        throw invalidValue(`${pathOf(s, i, p, n, at)}.value`, error, resolver.locale);
      }
      sink.date(text, span, isoOfSpan(span));
      return;
    }
    case "title":
      sink.title(`《${node.text}》`, node.text);
      return;
    case "quote":
      sink.quote(`“${node.text}”`, node.text);
      return;
    case "emphasis":
      sink.emphasis(node.text);
      return;
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

function departmentNode(text: string, id: string, name: string): DepartmentRun {
  return { kind: "department", text, department: { id, name } };
}

/** A date's run; `span` (the model's) is copied. */
function dateNode(text: string, span: DateSpan, datetime: string): DateRun {
  return { kind: "date", text, span: plainSpan(span), datetime };
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
