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
import {
  checkOption,
  DISTRIBUTION_ROLES,
  inlinePath,
  invalidValue,
  isNoteSection,
  isoOfSpan,
  isRunningText,
  itemMarkerOf,
  joinDistribution,
  pathOf,
  Resolver,
  sectionMarkerOf,
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
  checkOption("dateStyle", options.dateStyle, DATE_STYLES);
  const resolver = new Resolver(bulletin);
  const masthead = mastheadOf(bulletin, resolver, options.dateStyle);
  const sections: (NoteNode | SectionNode)[] = [];
  const model = bulletin.sections;
  let numbered = 0;
  for (let s = 0; s < model.length; s++) {
    const section = model[s] as Section;
    const note = isNoteSection(section);
    const running = isRunningText(section);
    const items: ItemNode[] = [];
    for (let i = 0; i < section.items.length; i++) {
      items.push(itemOf(resolver, section, s, i, note, running));
    }
    if (note) {
      const node: NoteNode = { kind: "note", index: s + 1, title: section.title, items };
      if (section.id !== undefined) node.id = section.id;
      sections.push(node);
    } else {
      numbered++;
      const node: SectionNode = {
        kind: "section",
        index: s + 1,
        number: numbered,
        marker: sectionMarkerOf(numbered),
        title: section.title,
        runningText: running,
        items,
      };
      if (section.id !== undefined) node.id = section.id;
      if (section.kind !== undefined) node.sectionKind = section.kind;
      sections.push(node);
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
      throw invalidValue("issue.period", error);
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
      throw invalidValue(`sections[${s}].items[${i}].date`, error);
    }
  }
  const refs = item.departmentRefs;
  const departments: DepartmentRun[] = [];
  if (refs !== undefined) {
    for (let k = 0; k < refs.length; k++) {
      const ref = refs[k] as string;
      const d = resolver.departments.get(ref);
      if (d === undefined)
        throw unresolved("department", ref, `sections[${s}].items[${i}].departmentRefs[${k}]`);
      departments.push(departmentRun(d, d.shortName ?? d.name));
    }
  }

  let lead: LeadNode | undefined;
  if ((note && i === 0) || !running) {
    lead = { kind: "lead" };
    if (note && i === 0) lead.label = { text: section.title, end: "：" };
    if (!running) {
      lead.marker = itemMarkerOf(i + 1);
      if (item.title !== undefined) lead.title = { text: item.title, end: "。" };
      if (date !== undefined) lead.date = { run: date, end: "，" };
    }
  }

  const at = `sections[${s}].items[${i}]`;
  const blocks: BlockNode[] = [];
  const body = item.body;
  for (let p = 0; p < body.length; p++) {
    const block = body[p];
    if (!Array.isArray(block)) {
      // The lead opens the item: before a table it is a paragraph of its own.
      if (p === 0 && lead !== undefined)
        blocks.push({ kind: "paragraph", index: 1, lead, runs: [] });
      blocks.push(tableOf(resolver, block as Table, p, `${at}.body[${p}]`));
      continue;
    }
    const paragraph = block as Inline[];
    const runs = runsOf(resolver, paragraph, (n) => inlinePath(s, i, p, n));
    blocks.push(
      p === 0 && lead !== undefined
        ? { kind: "paragraph", index: p + 1, lead, runs }
        : { kind: "paragraph", index: p + 1, runs },
    );
  }
  // An item without paragraphs still shows its lead.
  if (blocks.length === 0 && lead !== undefined)
    blocks.push({ kind: "paragraph", index: 1, lead, runs: [] });

  const node: ItemNode = { kind: "item", index: i + 1, departments, blocks };
  if (item.id !== undefined) node.id = item.id;
  return node;
}

/** The runs of some inlines; `pathOf(n)` is the JSON path of the n-th, for errors. */
function runsOf(
  resolver: Resolver,
  inlines: readonly Inline[],
  pathOf: (n: number) => string,
): InlineRun[] {
  const runs: InlineRun[] = [];
  for (let n = 0; n < inlines.length; n++) {
    runs.push(runOf(resolver, inlines[n] as Inline, () => pathOf(n)));
  }
  return runs;
}

function tableOf(resolver: Resolver, table: Table, p: number, at: string): TableNode {
  const part = (rows: readonly TableRow[], name: string, header: boolean): TableCellNode[][] =>
    placeTableCells(rows).map((row, r) =>
      row.cells.map((cell): TableCellNode => {
        const where = Array.isArray(rows[r]?.[cell.index])
          ? `${at}.${name}[${r}][${cell.index}]`
          : `${at}.${name}[${r}][${cell.index}].content`;
        const runs = runsOf(resolver, cell.content, (n) => `${where}[${n}]`);
        let text = "";
        for (const run of runs) text += run.text;
        return {
          kind: "cell",
          header,
          column: cell.column,
          colSpan: cell.colSpan,
          rowSpan: cell.rowSpan,
          runs,
          text,
        };
      }),
    );
  const head = part(table.head ?? [], "head", true);
  const rows = part(table.rows, "rows", false);
  const all = [...head, ...rows];
  let columns = 0;
  let spanning = false;
  for (const row of all) {
    for (const cell of row) {
      columns = Math.max(columns, cell.column + cell.colSpan);
      if (cell.colSpan > 1 || cell.rowSpan > 1) spanning = true;
    }
  }
  const notes = (table.notes ?? []).map((note, k) =>
    runsOf(resolver, note, (n) => `${at}.notes[${k}][${n}]`),
  );
  const node: TableNode = { kind: "table", index: p + 1, columns, spanning, head, rows, notes };
  if (table.caption !== undefined) node.caption = table.caption;
  return node;
}

function runOf(resolver: Resolver, node: Inline, path: () => string): InlineRun {
  if (typeof node === "string") return { kind: "text", text: node };
  switch (node.type) {
    case "metric": {
      const metric = resolver.metrics.get(node.ref);
      if (metric === undefined) throw unresolved("metric", node.ref, path());
      let text: string;
      try {
        text = resolver.metricText(metric);
      } catch (error) {
        throw invalidValue(path(), error);
      }
      const run: MetricRun = {
        kind: "metric",
        text,
        metric: { id: metric.id, label: metric.label, value: metric.value, unit: metric.unit },
      };
      return run;
    }
    case "department": {
      const department = resolver.departments.get(node.ref);
      if (department === undefined) throw unresolved("department", node.ref, path());
      return departmentRun(department, node.text ?? department.shortName ?? department.name);
    }
    case "date":
      try {
        return dateRun(resolver, node.value);
      } catch (error) {
        throw invalidValue(`${path()}.value`, error);
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
  const at = path();
  throw new RenderError(
    "invalid-value",
    `\`${at}\` is an inline of type "${String(kind).slice(0, 40)}": expected text, metric, department, date, title, quote or emphasis`,
    { path: pathOf(at) },
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
    for (const [role, label] of DISTRIBUTION_ROLES) {
      const entries = distribution[role];
      if (entries === undefined || entries.length === 0) continue;
      lines.push({ role, label, entries: [...entries], text: joinDistribution(entries) });
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
