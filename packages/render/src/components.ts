import type {
  Bulletin,
  Department,
  Distribution,
  Inline,
  Issue,
  Item,
  Metric,
  Paragraph,
  Publication,
  Section,
} from "@bulletin/schema";
import {
  dateMarkup,
  departmentMarkup,
  emphasisMarkup,
  itemMarkup,
  metricMarkup,
  paragraphMarkup,
  quoteMarkup,
  sectionMarkup,
  titleMarkup,
} from "./internal/markup";
import { isNoteSection } from "./internal/resolve";
import type { DistributionLine } from "./layout";
import { escapeHtml, html, markupOf, type SafeHtml, trusted } from "./safe-html";

export type { DistributionLine } from "./layout";

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
 * [contexts[0]?.referenceYear, contexts[0]?.lang]; //=> [2025, "zh-CN"]
 * ```
 */
export interface RenderContext {
  /** The whole bulletin being rendered. */
  bulletin: Bulletin;
  /** The year date spans are written relative to (`9月8日` rather than `2025年9月8日`). */
  referenceYear: number;
  /** The language of the output (`zh-CN`). */
  lang: string;
}

/**
 * Props of the `masthead` component (报头).
 *
 * @example
 * ```ts
 * const masthead = ({ node, context }: MastheadProps) =>
 *   html`<header><h1>${node.publication.title}</h1><p>${context.issueNumber}</p></header>`;
 * renderHtml(issue9, { components: { masthead } }).match(/<header>.*?<\/header>/)?.[0];
 * //=> "<header><h1>政务窗口月报</h1><p>第9期</p></header>"
 * ```
 */
export interface MastheadProps {
  node: { publication: Publication; issue: Issue };
  context: RenderContext & {
    /** `第9期` (with `（总第N期）` or `增刊` where the issue has them). */
    issueNumber: string;
    /** `2025年11月10日`. */
    publishedOn: string;
  };
  /** The default masthead's content (title, number, publisher and date). */
  render: () => SafeHtml;
}

/**
 * Props of the `section` component.
 *
 * @example
 * ```ts
 * const section = ({ context, render }: SectionProps) =>
 *   html`<section data-index="${context.index}">${render()}</section>`;
 * renderHtml(issue9, { components: { section } }).includes('<section data-index="1"><h2>'); //=> true
 * ```
 */
export interface SectionProps {
  node: Section;
  context: RenderContext & {
    /** Position from 1. */
    index: number;
    /** `一、`. */
    marker: string;
    /** Whether the section is running text (one item without title, date or departments). */
    runningText: boolean;
  };
  /** The section's heading (`<h2>` with its marker) and items. */
  render: () => SafeHtml;
}

/**
 * Props of the `item` component.
 *
 * @example
 * ```ts
 * const item = ({ context, render }: ItemProps) =>
 *   html`<div class="item">${render(html`<b>${context.marker}</b>`)}</div>`;
 * renderHtml(issue9, { components: { item } }).includes('<div class="item"><p><b>（一）</b>'); //=> true
 * ```
 */
export interface ItemProps {
  node: Item;
  context: RenderContext & {
    section: Section;
    /** The section's position from 1. */
    sectionIndex: number;
    /** The item's position in its section from 1. */
    index: number;
    /** `（一）`, or `""` in a section of running text. */
    marker: string;
    /** The item's date span as written (`9月16日—18日`), if it has one. */
    date: string | undefined;
    /** The departments of `departmentRefs`, resolved. */
    departments: Department[];
    /** The default run-in lead: marker, `title。`, `date，`. */
    lead: SafeHtml;
  };
  /** The item's paragraphs; `lead` (default: `context.lead`) opens the first one. */
  render: (lead?: SafeHtml) => SafeHtml;
}

/**
 * Props of the `paragraph` component.
 *
 * @example
 * ```ts
 * const paragraph = ({ context, render }: ParagraphProps) =>
 *   html`<p data-index="${context.index}">${context.lead}${render()}</p>`;
 * renderHtml(issue9, { components: { paragraph } }).includes('<p data-index="1">'); //=> true
 * ```
 */
export interface ParagraphProps {
  node: Paragraph;
  context: RenderContext & {
    section: Section;
    item: Item;
    /** Position in the item from 1. */
    index: number;
    /** What opens the paragraph (the item's lead for the first paragraph), if anything. */
    lead: SafeHtml | undefined;
  };
  /** The paragraph's inlines (without the lead). */
  render: () => SafeHtml;
}

/**
 * Props of an inline component: the node, its context and its default text.
 *
 * @example
 * ```ts
 * // Every inline component is given the text the default writes in `context.text`:
 * const plain = ({ context }: InlineProps<Exclude<Inline, string>>) => html`${context.text}`;
 * renderHtml(issue9, { components: { metric: plain, department: plain, date: plain } });
 * ```
 */
export interface InlineProps<Node extends Exclude<Inline, string>, Extra = object> {
  node: Node;
  context: RenderContext & {
    /** The text the default renderer writes (`5.88万件`, `省中心`, `9月8日`, `《窗伤》`). */
    text: string;
  } & Extra;
  /** The default text, escaped (for a title or quote without its `《》`/`“”`). */
  render: () => SafeHtml;
}

/**
 * Props of the `metric` component.
 *
 * @example
 * ```ts
 * const metric = ({ context }: MetricProps) =>
 *   html`<data value="${context.metric.value}">${context.text}</data>`;
 * renderHtml(issue9, { components: { metric } }).includes('<data value="58800">5.88万件</data>');
 * //=> true
 * ```
 */
export type MetricProps = InlineProps<Extract<Inline, { type: "metric" }>, { metric: Metric }>;
/**
 * Props of the `department` component.
 *
 * @example
 * ```ts
 * const department = ({ context }: DepartmentProps) =>
 *   html`<abbr title="${context.department.name}">${context.text}</abbr>`;
 * renderHtml(issue9, { components: { department } }).includes('<abbr title="四川省供销合作社联合社">');
 * //=> true
 * ```
 */
export type DepartmentProps = InlineProps<
  Extract<Inline, { type: "department" }>,
  { department: Department }
>;
/**
 * Props of the `date` component.
 *
 * @example
 * ```ts
 * const date = ({ context }: DateProps) =>
 *   html`<time datetime="${context.datetime}">${context.text}</time>`;
 * renderHtml(issue9, { components: { date } }).includes('<time datetime="2025-09">9月</time>'); //=> true
 * ```
 */
export type DateProps = InlineProps<
  Extract<Inline, { type: "date" }>,
  {
    /** A valid `<time datetime>` value: the date, the first day of a range, the month or the year. */
    datetime: string;
  }
>;
/**
 * Props of the `title` component (书名号).
 *
 * @example
 * ```ts
 * const title = ({ render }: TitleProps) => html`<cite>《${render()}》</cite>`;
 * renderHtml(issue9, { components: { title } }).match(/<cite>.*?<\/cite>/)?.[0];
 * //=> "<cite>《国务院关于深入实施“人工智能+”行动的指导意见》</cite>"
 * ```
 */
export type TitleProps = InlineProps<Extract<Inline, { type: "title" }>>;
/**
 * Props of the `quote` component.
 *
 * @example
 * ```ts
 * const quote = ({ render }: QuoteProps) => html`<q>${render()}</q>`;
 * renderHtml(issue9, { components: { quote } }).match(/<q>.*?<\/q>/)?.[0]; //=> "<q>一网通办</q>"
 * ```
 */
export type QuoteProps = InlineProps<Extract<Inline, { type: "quote" }>>;
/**
 * Props of the `emphasis` component.
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
export type EmphasisProps = InlineProps<Extract<Inline, { type: "emphasis" }>>;

/**
 * Props of the `distribution` component (报尾).
 *
 * @example
 * ```ts
 * const distribution = ({ context }: DistributionProps) =>
 *   html`<footer>${context.lines.map((line) => html`<p>${line.label}：${line.text}</p>`)}</footer>`;
 * renderHtml(issue9, { components: { distribution } }).match(/<footer><p>.*?<\/p>/)?.[0];
 * //=> "<footer><p>报：省政务管理办公室、省级相关部门（单位）、省中心领导。</p>"
 * ```
 */
export interface DistributionProps {
  node: Distribution;
  context: RenderContext & {
    /** The 报/送/发/抄送 lines that have entries. */
    lines: DistributionLine[];
    /** `共印120份`, if the issue says how many copies. */
    copies: string | undefined;
  };
  /** The default lines. */
  render: () => SafeHtml;
}

/**
 * One renderer per node kind. Pass some of them as `renderHtml(bulletin, { components })` to
 * replace those; the others stay the defaults ({@link defaultComponents}). Each receives the
 * node, its context (numbering, resolved department or metric, formatted text) and a
 * `render` for its children or default text; text it gets from `render` is escaped, and it
 * must return {@link SafeHtml} (build it with the `html` template).
 *
 * @example
 * ```ts
 * const components: Partial<Components> = {
 *   department: ({ context }) => html`<b>${context.text}</b>`,
 *   emphasis: ({ render }) => html`<strong>${render()}</strong>`,
 * };
 * renderHtml(issue9, { components }).includes("<b>省供销社</b>"); //=> true
 * ```
 */
export interface Components {
  masthead: (props: MastheadProps) => SafeHtml;
  section: (props: SectionProps) => SafeHtml;
  item: (props: ItemProps) => SafeHtml;
  paragraph: (props: ParagraphProps) => SafeHtml;
  metric: (props: MetricProps) => SafeHtml;
  department: (props: DepartmentProps) => SafeHtml;
  date: (props: DateProps) => SafeHtml;
  title: (props: TitleProps) => SafeHtml;
  quote: (props: QuoteProps) => SafeHtml;
  emphasis: (props: EmphasisProps) => SafeHtml;
  distribution: (props: DistributionProps) => SafeHtml;
}

/**
 * The default renderers of {@link renderHtml}: semantic HTML with `bulletin-*` classes that the
 * themes style. Call one from a replacement to wrap the default.
 *
 * @example
 * ```ts
 * renderHtml(issue9, {
 *   components: {
 *     metric: (props) => html`<mark>${defaultComponents.metric(props)}</mark>`,
 *   },
 * });
 * ```
 */
export const defaultComponents: Components = {
  masthead: ({ render }) => html`<header class="bulletin-masthead">${render()}</header>`,
  section: ({ node, render }) =>
    trusted(sectionMarkup(node.id, inner(render()), isNoteSection(node))),
  item: ({ node, render }) => trusted(itemMarkup(node.id, inner(render()))),
  paragraph: ({ context, render }) =>
    trusted(
      paragraphMarkup(context.lead === undefined ? "" : inner(context.lead), inner(render())),
    ),
  metric: ({ context, render }) => trusted(metricMarkup(context.metric, inner(render()))),
  department: ({ context, render }) =>
    trusted(departmentMarkup(context.department, context.text, inner(render()))),
  date: ({ context, render }) => trusted(dateMarkup(context.datetime, inner(render()))),
  title: ({ render }) => trusted(titleMarkup(inner(render()))),
  quote: ({ render }) => trusted(quoteMarkup(inner(render()))),
  emphasis: ({ render }) => trusted(emphasisMarkup(inner(render()))),
  distribution: ({ render }) => html`<footer class="bulletin-distribution">${render()}</footer>`,
};

/** The markup of SafeHtml (what `render` returns); anything else is escaped as text. */
function inner(value: SafeHtml): string {
  return markupOf(value) ?? escapeHtml(String(value));
}
