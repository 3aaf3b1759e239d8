import {
  cellMarkup,
  dateMarkup,
  departmentMarkup,
  emphasisMarkup,
  itemMarkup,
  leadMarkup,
  mastheadMarkup,
  metricMarkup,
  noteMarkup,
  paragraphMarkup,
  quoteMarkup,
  sectionMarkup,
  tableMarkup,
  tailMarkup,
  textMarkup,
  titleMarkup,
} from "./internal/markup";
import type {
  BulletinLayout,
  DateRun,
  DepartmentRun,
  EmphasisRun,
  ItemNode,
  LeadNode,
  MastheadNode,
  MetricRun,
  NoteNode,
  ParagraphNode,
  QuoteRun,
  SectionNode,
  TableCellNode,
  TableNode,
  TailNode,
  TextRun,
  TitleRun,
} from "./layout";
import { escapeHtml, markupOf, type SafeHtml, trusted } from "./safe-html";

/**
 * What every component's context holds.
 *
 * @example
 * ```ts
 * const contexts: RenderContext[] = [];
 * renderHtml(issue9, {
 *   components: {
 *     masthead: (props) => {
 *       contexts.push(props.context);
 *       return defaultComponents.masthead(props);
 *     },
 *   },
 * });
 * [contexts[0]?.referenceYear, contexts[0]?.lang, contexts[0]?.layout.masthead.number.text];
 * //=> [2025, "zh-CN", "第9期"]
 * ```
 */
export interface RenderContext {
  /** The whole layout being written. */
  layout: BulletinLayout;
  /** The year date spans are written relative to (`9月8日` rather than `2025年9月8日`). */
  referenceYear: number;
  /** The language of the output (`zh-CN`). */
  lang: string;
}

/**
 * What a component is given: its layout node, the context, and `render`, which writes the
 * node's default content — its children through their own components, or its text escaped —
 * as the default component puts it inside its element.
 *
 * @example
 * ```ts
 * const props: ComponentProps<TextRun> = {
 *   node: { kind: "text", text: "<省中心>" },
 *   context: { layout: layoutBulletin(issue9), referenceYear: 2025, lang: "zh-CN" },
 *   render: () => html`${"<省中心>"}`,
 * };
 * String(defaultComponents.text(props)); //=> "&lt;省中心&gt;"
 * ```
 */
export interface ComponentProps<Node, Context = RenderContext> {
  node: Node;
  context: Context;
  /** The default content, escaped: children through their components, or the node's text. */
  render: () => SafeHtml;
}

/**
 * Props of the `masthead` component (报头); `render()` gives the title, number, publisher and date.
 *
 * @example
 * ```ts
 * const masthead = ({ node }: MastheadProps) =>
 *   html`<header><h1>${node.title}</h1><p>${node.number.text}</p></header>`;
 * renderHtml(issue9, { components: { masthead } }).match(/<header>.*?<\/header>/)?.[0];
 * //=> "<header><h1>政务窗口月报</h1><p>第9期</p></header>"
 * ```
 */
export type MastheadProps = ComponentProps<MastheadNode>;

/**
 * Props of the `note` component (编者按); `render()` gives its items.
 *
 * @example
 * ```ts
 * const note = ({ render }: NoteProps) => html`<aside>${render()}</aside>`;
 * const bulletin: Bulletin = {
 *   ...issue9,
 *   sections: [{ title: "编者按", kind: "editor-note", items: [{ body: [["为推动工作。"]] }] }],
 * };
 * renderHtml(bulletin, { components: { note } }).match(/<aside>.*?<\/aside>/)?.[0];
 * //=> "<aside><div class=\"bulletin-item\"><p><strong class=\"bulletin-note-label\">编者按：</strong>为推动工作。</p></div></aside>"
 * ```
 */
export type NoteProps = ComponentProps<NoteNode>;

/**
 * Props of the `section` component; `render()` gives the `<h2>` heading and the items.
 *
 * @example
 * ```ts
 * const section = ({ node, render }: SectionProps) =>
 *   html`<section data-number="${node.number}">${render()}</section>`;
 * renderHtml(issue9, { components: { section } }).includes('<section data-number="1"><h2>'); //=> true
 * ```
 */
export type SectionProps = ComponentProps<SectionNode>;

/**
 * Props of the `item` component; `render()` gives its blocks.
 *
 * @example
 * ```ts
 * const item = ({ node, context, render }: ItemProps) =>
 *   html`<li data-n="${"number" in context.section ? context.section.number : 0}.${node.index}">${render()}</li>`;
 * renderHtml(issue9, { components: { item } }).includes('<li data-n="2.1"><p><span class="bulletin-marker">（一）</span>');
 * //=> true
 * ```
 */
export type ItemProps = ComponentProps<
  ItemNode,
  RenderContext & {
    /** The note or section the item is in. */
    section: NoteNode | SectionNode;
  }
>;

/**
 * Props of the `paragraph` component; `render()` gives the lead (through the `lead` component)
 * and the runs.
 *
 * @example
 * ```ts
 * const paragraph = ({ node, render }: ParagraphProps) =>
 *   html`<p data-index="${node.index}">${render()}</p>`;
 * renderHtml(issue9, { components: { paragraph } }).includes('<p data-index="1">'); //=> true
 * ```
 */
export type ParagraphProps = ComponentProps<
  ParagraphNode,
  RenderContext & { section: NoteNode | SectionNode; item: ItemNode }
>;

/**
 * Props of the `table` component; `render()` gives the `<table>` (caption, head, body, each cell
 * through the `cell` component) and the notes after it.
 *
 * @example
 * ```ts
 * const table = ({ node, render }: TableProps) =>
 *   html`<figure data-columns="${node.columns}">${render()}</figure>`;
 * const bulletin: Bulletin = {
 *   ...issue9,
 *   sections: [{ title: "受理情况", items: [{ body: [{ type: "table", rows: [[["成都市"], ["4528件"]]] }] }] }],
 * };
 * renderHtml(bulletin, { components: { table } }).match(/<figure.*?<\/figure>/)?.[0];
 * //=> "<figure data-columns=\"2\"><table><tbody><tr><td>成都市</td><td>4528件</td></tr></tbody></table></figure>"
 * ```
 */
export type TableProps = ComponentProps<
  TableNode,
  RenderContext & { section: NoteNode | SectionNode; item: ItemNode }
>;

/**
 * Props of the `cell` component (a table cell); `render()` gives its runs.
 *
 * @example
 * ```ts
 * const cell = (props: CellProps) =>
 *   props.node.header ? defaultComponents.cell(props) : html`<td class="num">${props.render()}</td>`;
 * const bulletin: Bulletin = {
 *   ...issue9,
 *   sections: [{ title: "受理情况", items: [{ body: [{ type: "table", rows: [[["成都市"], ["4528件"]]] }] }] }],
 * };
 * renderHtml(bulletin, { components: { cell } }).includes('<td class="num">4528件</td>'); //=> true
 * ```
 */
export type CellProps = ComponentProps<
  TableCellNode,
  RenderContext & { section: NoteNode | SectionNode; item: ItemNode; table: TableNode }
>;

/**
 * Props of the `lead` component (the run-in start of an item); `render()` gives the default lead.
 *
 * @example
 * ```ts
 * const lead = ({ node }: LeadProps) => html`<b>${node.marker}</b>`;
 * renderHtml(issue9, { components: { lead } }).includes("<p><b>（一）</b>"); //=> true
 * ```
 */
export type LeadProps = ComponentProps<
  LeadNode,
  RenderContext & { section: NoteNode | SectionNode; item: ItemNode }
>;

/**
 * Props of the `text` component; `render()` gives the text escaped.
 *
 * @example
 * ```ts
 * const text = ({ render }: TextProps) => html`<span>${render()}</span>`;
 * renderHtml(issue9, { components: { text } }).includes("<span>，省本级办理政务服务事项</span>"); //=> true
 * ```
 */
export type TextProps = ComponentProps<TextRun>;

/**
 * Props of the `metric` component; `render()` gives the figure as written (`5.88万件`).
 *
 * @example
 * ```ts
 * const metric = ({ node, render }: MetricProps) =>
 *   html`<data value="${node.metric.value}">${render()}</data>`;
 * renderHtml(issue9, { components: { metric } }).includes('<data value="58800">5.88万件</data>');
 * //=> true
 * ```
 */
export type MetricProps = ComponentProps<MetricRun>;

/**
 * Props of the `department` component; `render()` gives the name as written (`省林草局`).
 *
 * @example
 * ```ts
 * const department = ({ node, render }: DepartmentProps) =>
 *   html`<abbr title="${node.department.name}">${render()}</abbr>`;
 * renderHtml(issue9, { components: { department } }).includes('<abbr title="四川省供销合作社联合社">');
 * //=> true
 * ```
 */
export type DepartmentProps = ComponentProps<DepartmentRun>;

/**
 * Props of the `date` component, for dates in text and in an item's lead; `render()` gives
 * the span as written (`9月16日—18日`).
 *
 * @example
 * ```ts
 * const date = ({ node, render }: DateProps) =>
 *   html`<time datetime="${node.datetime}" data-kind="${node.span.kind}">${render()}</time>`;
 * renderHtml(issue9, { components: { date } }).includes('<time datetime="2025-09" data-kind="xun">9月下旬</time>'); //=> true
 * ```
 */
export type DateProps = ComponentProps<DateRun>;

/**
 * Props of the `title` component (书名号); `render()` gives the title in its marks (`《窗伤》`).
 *
 * @example
 * ```ts
 * const title = ({ node }: TitleProps) => html`<cite>《${node.content}》</cite>`;
 * renderHtml(issue9, { components: { title } }).match(/<cite>.*?<\/cite>/)?.[0];
 * //=> "<cite>《国务院关于深入实施“人工智能+”行动的指导意见》</cite>"
 * ```
 */
export type TitleProps = ComponentProps<TitleRun>;

/**
 * Props of the `quote` component; `render()` gives the quote in its marks (`“一网通办”`).
 *
 * @example
 * ```ts
 * const quote = ({ node }: QuoteProps) => html`<q>${node.content}</q>`;
 * renderHtml(issue9, { components: { quote } }).match(/<q>.*?<\/q>/)?.[0]; //=> "<q>一网通办</q>"
 * ```
 */
export type QuoteProps = ComponentProps<QuoteRun>;

/**
 * Props of the `emphasis` component; `render()` gives the text escaped.
 *
 * @example
 * ```ts
 * const emphasis = ({ render }: EmphasisProps) => html`<strong>${render()}</strong>`;
 * const bulletin: Bulletin = {
 *   ...issue9,
 *   sections: [{ title: "要闻", items: [{ body: [[{ type: "emphasis", text: "全程网办" }]] }] }],
 * };
 * renderHtml(bulletin, { components: { emphasis } }).includes("<strong>全程网办</strong>"); //=> true
 * ```
 */
export type EmphasisProps = ComponentProps<EmphasisRun>;

/**
 * Props of the `tail` component (版记); `render()` gives the 报/送/发/抄送 lines and 共印N份.
 *
 * @example
 * ```ts
 * const tail = ({ node }: TailProps) =>
 *   html`<footer>${node.lines.map((line) => html`<p>${line.label}：${line.text}</p>`)}</footer>`;
 * renderHtml(issue9, { components: { tail } }).match(/<footer><p>.*?<\/p>/)?.[0];
 * //=> "<footer><p>报：省政务管理办公室、省级相关部门（单位）、省中心领导。</p>"
 * ```
 */
export type TailProps = ComponentProps<TailNode>;

/**
 * One component per layout node kind, in the way markdown-it's `renderer.rules` work. Pass
 * some of them as `renderHtml(bulletin, { components })` to replace those; the others stay
 * the defaults ({@link defaultComponents}), and what they write does not change. Each receives
 * its layout node, the context and a `render` for its default content; text it gets from
 * `render` is escaped, and it must return {@link SafeHtml} (build it with the `html` template).
 *
 * @example
 * ```ts
 * const components: Partial<Components> = {
 *   department: ({ render }) => html`<b>${render()}</b>`,
 *   emphasis: ({ render }) => html`<strong>${render()}</strong>`,
 * };
 * renderHtml(issue9, { components }).includes("<b>省供销社</b>"); //=> true
 * ```
 */
export interface Components {
  masthead: (props: MastheadProps) => SafeHtml;
  note: (props: NoteProps) => SafeHtml;
  section: (props: SectionProps) => SafeHtml;
  item: (props: ItemProps) => SafeHtml;
  paragraph: (props: ParagraphProps) => SafeHtml;
  table: (props: TableProps) => SafeHtml;
  cell: (props: CellProps) => SafeHtml;
  lead: (props: LeadProps) => SafeHtml;
  text: (props: TextProps) => SafeHtml;
  metric: (props: MetricProps) => SafeHtml;
  department: (props: DepartmentProps) => SafeHtml;
  date: (props: DateProps) => SafeHtml;
  title: (props: TitleProps) => SafeHtml;
  quote: (props: QuoteProps) => SafeHtml;
  emphasis: (props: EmphasisProps) => SafeHtml;
  tail: (props: TailProps) => SafeHtml;
}

/** The markup of SafeHtml (what `render` returns); anything else is escaped as text. */
function inner(value: SafeHtml): string {
  return markupOf(value) ?? escapeHtml(String(value));
}

/**
 * The default components: the HTML writer of {@link renderHtml}, semantic HTML with
 * `bulletin-*` classes that the themes style. Call one from a replacement to wrap the default.
 *
 * @example
 * ```ts
 * renderHtml(issue9, {
 *   components: { metric: (props) => html`<mark>${defaultComponents.metric(props)}</mark>` },
 * }).includes('<mark><data class="bulletin-metric" value="58800"'); //=> true
 * ```
 */
export const defaultComponents: Readonly<Components> = Object.freeze({
  masthead: ({ render }) => trusted(mastheadMarkup(inner(render()))),
  note: ({ node, render }) => trusted(noteMarkup(node, inner(render()))),
  section: ({ node, render }) => trusted(sectionMarkup(node, inner(render()))),
  item: ({ node, render }) => trusted(itemMarkup(node, inner(render()))),
  paragraph: ({ render }) => trusted(paragraphMarkup(inner(render()))),
  table: ({ render }) => trusted(tableMarkup(inner(render()))),
  cell: ({ node, render }) => trusted(cellMarkup(node, inner(render()))),
  lead: ({ render }) => trusted(leadMarkup(inner(render()))),
  text: ({ render }) => trusted(textMarkup(inner(render()))),
  metric: ({ node, render }) =>
    trusted(metricMarkup(node.metric.value, node.metric.label, inner(render()))),
  department: ({ node, render }) =>
    trusted(departmentMarkup(node.text, node.department.name, inner(render()))),
  date: ({ node, render }) => trusted(dateMarkup(node.datetime, inner(render()))),
  title: ({ render }) => trusted(titleMarkup(inner(render()))),
  quote: ({ render }) => trusted(quoteMarkup(inner(render()))),
  emphasis: ({ render }) => trusted(emphasisMarkup(inner(render()))),
  tail: ({ render }) => trusted(tailMarkup(inner(render()))),
} satisfies Components);
