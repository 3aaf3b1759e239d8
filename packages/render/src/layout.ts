import type { Locale } from "@bulletin/format";
import type { DateSpan, Distribution } from "@bulletin/schema";

/**
 * The types of {@link layoutBulletin}'s result: an issue as it reads, as plain data (JSON in,
 * JSON out). Every figure, date, marker and name is already written as text, with the model
 * value it was written from kept beside it, so that a writer only writes.
 */

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

/**
 * Options of {@link layoutBulletin}.
 *
 * @example
 * ```ts
 * const options: LayoutOptions = { dateStyle: "chinese" };
 * layoutBulletin(issue9, options).masthead.publishedOn.text; //=> "二〇二五年十一月十日"
 * ```
 */
export interface LayoutOptions {
  /** How the masthead writes the publication date: `2025年11月10日` (default) or `二〇二五年十一月十日`. */
  dateStyle?: DateStyle;
  /** The language of error messages: `zh-CN` (default) or `en`. */
  locale?: Locale;
}

/**
 * An issue laid out: the masthead, the note and sections in the order of the model, and the
 * tail. What {@link layoutBulletin} returns and what every writer walks.
 *
 * @example
 * ```ts
 * const layout: BulletinLayout = layoutBulletin(issue9);
 * [layout.kind, layout.referenceYear, layout.sections.length, layout.tail?.lines.length];
 * //=> ["bulletin-layout", 2025, 4, 2]
 * ```
 */
export interface BulletinLayout {
  kind: "bulletin-layout";
  /** The year date spans are written relative to: `issue.year`, else the year of `publishedOn`. */
  referenceYear: number;
  masthead: MastheadNode;
  /** Editor's notes and numbered sections, in the order of `bulletin.sections`. */
  sections: (NoteNode | SectionNode)[];
  /** The 报/送/发/抄送 lines and `共印N份`; absent when the issue has neither. */
  tail?: TailNode;
}

/**
 * The masthead (报头): title, issue number, publisher and date.
 *
 * @example
 * ```ts
 * const masthead: MastheadNode = layoutBulletin(issue9).masthead;
 * [masthead.title, masthead.number.text, masthead.publishedOn.text, masthead.publishedOn.date];
 * //=> ["政务窗口月报", "第9期", "2025年11月10日", "2025-11-10"]
 * ```
 */
export interface MastheadNode {
  kind: "masthead";
  /** `publication.title`. */
  title: string;
  /** `publication.publisher`. */
  publisher: { name: string; shortName?: string };
  /** `第9期`, `2026年第3期`, `第9期（总第123期）`, `增刊第1期`, with the model fields it is written from. */
  number: {
    text: string;
    number: number;
    year?: number;
    totalNumber?: number;
    supplement?: boolean;
  };
  /** `2025年11月10日` (or `二〇二五年十一月十日`) and the ISO date `2025-11-10`. */
  publishedOn: { text: string; date: string };
  /**
   * The period the issue covers, if it says: as written (`9月`, relative to the reference
   * year), the span, and its ISO 8601 form (`2025-09`; a 旬 or a range as an interval,
   * `2025-09-21/2025-09-30`).
   */
  period?: { text: string; span: DateSpan; coverage: string };
  /** `issue.editor`, if the issue names one (the text, Markdown and HTML writers do not print it). */
  editor?: string;
  /** `issue.signer` (签发人), if the issue names one (the text, Markdown and HTML writers do not print it). */
  signer?: string;
}

/**
 * An editor's note (编者按): a section of `kind: "editor-note"`. It has no number and no
 * heading; its title opens its first item as a run-in label (`编者按：为推动…`).
 *
 * @example
 * ```ts
 * const note: NoteNode = {
 *   kind: "note",
 *   index: 1,
 *   title: "编者按",
 *   items: [{ kind: "item", index: 1, departments: [], blocks: [{ kind: "paragraph", index: 1,
 *     lead: { kind: "lead", label: { text: "编者按", end: "：" } },
 *     runs: [{ kind: "text", text: "为推动…" }] }] }],
 * };
 * renderText({ ...layoutBulletin(issue9), sections: [note], tail: undefined }).split("\n\n")[4];
 * //=> "编者按：为推动…\n"
 * ```
 */
export interface NoteNode {
  kind: "note";
  /** The section's `id`, if it has one. */
  id?: string;
  /** Position in `bulletin.sections`, from 1. */
  index: number;
  /** The section's title (`编者按`), written as the label of the first item's lead. */
  title: string;
  items: ItemNode[];
}

/**
 * A numbered section: `一、` + title, then its items.
 *
 * @example
 * ```ts
 * const section = layoutBulletin(issue9).sections[1] as SectionNode;
 * [section.marker, section.title, section.number, section.runningText];
 * //=> ["二、", "政务工作动态", 2, false]
 * ```
 */
export interface SectionNode {
  kind: "section";
  /** The section's `id`, if it has one. */
  id?: string;
  /** The model's `kind` (`overview`, `news`, …), if it has one. */
  sectionKind?: string;
  /** Position in `bulletin.sections`, from 1 (notes included). */
  index: number;
  /** The section's number among numbered sections, from 1 (notes not counted). */
  number: number;
  /** `一、`. */
  marker: string;
  /** The section's title. */
  title: string;
  /** Running text: one item without title, date or departments, written without a marker. */
  runningText: boolean;
  items: ItemNode[];
}

/**
 * An item: its blocks, the first of which opens with the item's lead.
 *
 * @example
 * ```ts
 * const section = layoutBulletin(issue9).sections[3] as SectionNode;
 * const item: ItemNode = section.items[0] as ItemNode;
 * const first = item.blocks[0] as ParagraphNode;
 * [item.index, first.lead?.marker, first.lead?.date?.run.text, first.lead?.date?.run.datetime];
 * //=> [1, "（一）", "9月16日—18日", "2025-09-16"]
 * ```
 */
export interface ItemNode {
  kind: "item";
  /** The item's `id`, if it has one. */
  id?: string;
  /** Position in its section, from 1. */
  index: number;
  /** The departments of `departmentRefs`, resolved (the default writers do not show them). */
  departments: DepartmentRun[];
  /**
   * The item's blocks. The first opens with the lead; an item with a lead and no paragraphs
   * has one paragraph that holds only the lead.
   */
  blocks: BlockNode[];
}

/**
 * A block of an item: a paragraph or a table, in the order of the item's body.
 *
 * @example
 * ```ts
 * const block: BlockNode = { kind: "paragraph", index: 1, runs: [{ kind: "text", text: "一段。" }] };
 * block.kind; //=> "paragraph"
 * ```
 */
export type BlockNode = ParagraphNode | TableNode;

/**
 * A table laid out: its caption, its head and body rows with every cell placed on the grid
 * (first column, spans, text), and its notes. An item whose body opens with a table and that
 * has a lead gets a paragraph of its own for the lead, before the table.
 *
 * @example
 * ```ts
 * const bulletin: Bulletin = {
 *   ...issue9,
 *   sections: [{ title: "受理情况", items: [{ body: [{ type: "table", caption: "表1 受理量",
 *     head: [[["地区"], ["受理量"]]], rows: [[["成都市"], ["4528件"]]] }] }] }],
 * };
 * const table = (layoutBulletin(bulletin).sections[0] as SectionNode).items[0]?.blocks[0] as TableNode;
 * [table.caption, table.columns, table.spanning, table.rows[0]?.map((cell) => cell.text)];
 * //=> ["表1 受理量", 2, false, ["成都市", "4528件"]]
 * ```
 */
export interface TableNode {
  kind: "table";
  /** Position in the item's body, from 1. */
  index: number;
  /** The caption as stored (`表1 …`), if any. */
  caption?: string;
  /** How many columns the table has, spans counted. */
  columns: number;
  /** Whether a cell spans more than one column or row. */
  spanning: boolean;
  /** The head rows (none when the table has no head). */
  head: TableCellNode[][];
  /** The body rows. */
  rows: TableCellNode[][];
  /** The notes under the table (`注：…`), each the runs of a paragraph. */
  notes: InlineRun[][];
}

/**
 * A cell of a table, placed: its first column (from 0), its spans, its runs and their text.
 * The columns a cell does not cover and no cell above holds are never empty: every row of a
 * valid table covers every column.
 *
 * @example
 * ```ts
 * const cell: TableCellNode = {
 *   kind: "cell", header: true, column: 1, colSpan: 2, rowSpan: 1,
 *   runs: [{ kind: "text", text: "办件量" }], text: "办件量",
 * };
 * cell.column + cell.colSpan; //=> 3
 * ```
 */
export interface TableCellNode {
  kind: "cell";
  /** A head cell (`<th scope="col">`); body cells are data cells. */
  header: boolean;
  /** The first column it occupies, from 0. */
  column: number;
  /** Columns it spans (1 or more). */
  colSpan: number;
  /** Rows it spans (1 or more). */
  rowSpan: number;
  runs: InlineRun[];
  /** The runs' text, joined (`""` for a blank cell). */
  text: string;
}

/**
 * A paragraph: its lead (the first paragraph of an item only) and its inline runs.
 *
 * @example
 * ```ts
 * const paragraph = (layoutBulletin(issue9).sections[0] as SectionNode).items[0]?.blocks[0] as ParagraphNode;
 * paragraph.runs.slice(0, 4).map((run) => run.text);
 * //=> ["9月", "，省本级办理政务服务事项", "5.88万件", "。各进驻部门（单位）窗口共受理政务服务事项全程网办"]
 * ```
 */
export interface ParagraphNode {
  kind: "paragraph";
  /** Position in the item's body, from 1. */
  index: number;
  /** What opens the paragraph: the item's lead, on its first paragraph only. */
  lead?: LeadNode;
  runs: InlineRun[];
}

/**
 * The run-in lead of an item, in the order it is written: the note's label, the marker, the
 * title, the date. Each part carries the punctuation that follows it (`end`).
 *
 * @example
 * ```ts
 * const lead: LeadNode = {
 *   kind: "lead",
 *   marker: "（一）",
 *   title: { text: "数字政府项目建设", end: "。" },
 * };
 * `${lead.marker}${lead.title?.text}${lead.title?.end}`; //=> "（一）数字政府项目建设。"
 * ```
 */
export interface LeadNode {
  kind: "lead";
  /** The label of an editor's note and its colon: `{ text: "编者按", end: "：" }`. */
  label?: LeadPart;
  /** `（一）`; absent in running text. */
  marker?: string;
  /** The item's run-in title and its full stop: `{ text: "数字政府项目建设", end: "。" }`. */
  title?: LeadPart;
  /** The item's date and its comma. */
  date?: { run: DateRun; end: string };
}

/**
 * A part of a lead: its text and the punctuation written after it.
 *
 * @example
 * ```ts
 * const part: LeadPart = { text: "编者按", end: "：" };
 * part.text + part.end; //=> "编者按："
 * ```
 */
export interface LeadPart {
  text: string;
  end: string;
}

/**
 * One run of a paragraph. `text` is what plain text shows; the others keep what it was
 * written from.
 *
 * @example
 * ```ts
 * const runs: InlineRun[] = [
 *   { kind: "text", text: "共受理" },
 *   { kind: "metric", text: "5.88万件", metric: { id: "m1", label: "受理件数", value: 58800, unit: "件" } },
 * ];
 * runs.map((run) => run.text).join(""); //=> "共受理5.88万件"
 * ```
 */
export type InlineRun =
  | TextRun
  | MetricRun
  | DepartmentRun
  | DateRun
  | TitleRun
  | QuoteRun
  | EmphasisRun;

/**
 * Text as the model has it.
 *
 * @example
 * ```ts
 * const run: TextRun = { kind: "text", text: "。" };
 * run.text; //=> "。"
 * ```
 */
export interface TextRun {
  kind: "text";
  text: string;
}

/**
 * A metric as reported (`5.88万件`) beside its id, label, value in base units and unit.
 *
 * @example
 * ```ts
 * const paragraph = (layoutBulletin(issue9).sections[0] as SectionNode).items[0]?.blocks[0] as ParagraphNode;
 * paragraph.runs[2];
 * //=> { kind: "metric", text: "5.88万件",
 * //     metric: { id: "provincial-services-handled", label: "省本级办理政务服务事项", value: 58800, unit: "件" } }
 * ```
 */
export interface MetricRun {
  kind: "metric";
  text: string;
  metric: { id: string; label: string; value: number; unit: string };
}

/**
 * A department as named (`text ?? shortName ?? name`) beside its id and full name.
 *
 * @example
 * ```ts
 * const run: DepartmentRun = {
 *   kind: "department",
 *   text: "省林草局",
 *   department: { id: "sc-forestry", name: "四川省林业和草原局" },
 * };
 * run.text === run.department.name; //=> false
 * ```
 */
export interface DepartmentRun {
  kind: "department";
  text: string;
  department: { id: string; name: string };
}

/**
 * A date span as written relative to the reference year (`9月16日—18日`), beside the span and a
 * valid `<time datetime>` value (the date, the first day of a range, the month or the year).
 *
 * @example
 * ```ts
 * const paragraph = (layoutBulletin(issue9).sections[0] as SectionNode).items[0]?.blocks[0] as ParagraphNode;
 * paragraph.runs[0];
 * //=> { kind: "date", text: "9月", span: { kind: "month", month: "2025-09" }, datetime: "2025-09" }
 * ```
 */
export interface DateRun {
  kind: "date";
  text: string;
  span: DateSpan;
  datetime: string;
}

/**
 * The title of a work in 书名号: `text` with the marks, `content` without.
 *
 * @example
 * ```ts
 * const run: TitleRun = { kind: "title", text: "《窗伤》", content: "窗伤" };
 * run.text; //=> "《窗伤》"
 * ```
 */
export interface TitleRun {
  kind: "title";
  text: string;
  content: string;
}

/**
 * A quotation: `text` with its marks (`“一网通办”`), `content` without.
 *
 * @example
 * ```ts
 * const run: QuoteRun = { kind: "quote", text: "“一网通办”", content: "一网通办" };
 * run.content; //=> "一网通办"
 * ```
 */
export interface QuoteRun {
  kind: "quote";
  text: string;
  content: string;
}

/**
 * Emphasised text.
 *
 * @example
 * ```ts
 * const run: EmphasisRun = { kind: "emphasis", text: "全程网办" };
 * run.text; //=> "全程网办"
 * ```
 */
export interface EmphasisRun {
  kind: "emphasis";
  text: string;
}

/**
 * The tail (版记): the 报/送/发/抄送 lines that have entries, then `共印N份`.
 *
 * @example
 * ```ts
 * const tail = layoutBulletin(issue9).tail as TailNode;
 * tail.lines.map((line) => `${line.label}：${line.text}`);
 * //=> ["报：省政务管理办公室、省级相关部门（单位）、省中心领导。",
 * //    "发：省级相关部门（单位）窗口，省直部门办事大厅，省中心各处（室）、直属单位。"]
 * ```
 */
export interface TailNode {
  kind: "tail";
  lines: DistributionLine[];
  /** `{ text: "共印120份", count: 120 }`, if the issue says how many copies. */
  copies?: { text: string; count: number };
}

/**
 * One line of the 报尾: `报：省政务管理办公室、省级相关部门（单位）、省中心领导。`.
 *
 * @example
 * ```ts
 * const line: DistributionLine = (layoutBulletin(issue9).tail as TailNode).lines[1] as DistributionLine;
 * [line.role, line.label, line.text]; // an entry holds a 、, so entries are joined with ，
 * //=> ["issueTo", "发", "省级相关部门（单位）窗口，省直部门办事大厅，省中心各处（室）、直属单位。"]
 * ```
 */
export interface DistributionLine {
  /** Which list of `distribution` it comes from. */
  role: keyof Distribution;
  /** `报`, `送`, `发` or `抄送`. */
  label: string;
  /** The entries as stored. */
  entries: string[];
  /** The entries joined with `、` (or `，` when an entry holds a `、`) and closed with `。`, without the label. */
  text: string;
}

/**
 * Every kind of node in a layout, by its `kind`: what the `components` of `renderHtml` are
 * keyed by.
 *
 * @example
 * ```ts
 * const kinds: LayoutNode["kind"][] = ["masthead", "note", "section", "item", "lead", "paragraph"];
 * kinds.length; //=> 6
 * ```
 */
export type LayoutNode =
  | MastheadNode
  | NoteNode
  | SectionNode
  | ItemNode
  | LeadNode
  | BlockNode
  | TableCellNode
  | InlineRun
  | TailNode;
