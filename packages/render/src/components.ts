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
import type { DistributionLine } from "./internal/resolve";
import { escapeHtml, html, markupOf, type SafeHtml, trusted } from "./safe-html";

export type { DistributionLine } from "./internal/resolve";

/** What every component's context holds. */
export interface RenderContext {
  /** The whole bulletin being rendered. */
  bulletin: Bulletin;
  /** The year date spans are written relative to (`9月8日` rather than `2025年9月8日`). */
  referenceYear: number;
  /** The language of the output (`zh-CN`). */
  lang: string;
}

/** Props of the `masthead` component (报头). */
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

/** Props of the `section` component. */
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
  /** The section's items. */
  render: () => SafeHtml;
}

/** Props of the `item` component. */
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

/** Props of the `paragraph` component. */
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

/** Props of an inline component: the node, its context and its default text. */
export interface InlineProps<Node extends Exclude<Inline, string>, Extra = object> {
  node: Node;
  context: RenderContext & {
    /** The text the default renderer writes (`5.88万件`, `省中心`, `9月8日`, `《窗伤》`). */
    text: string;
  } & Extra;
  /** The default text, escaped (for a title or quote without its `《》`/`“”`). */
  render: () => SafeHtml;
}

/** Props of the `metric` component. */
export type MetricProps = InlineProps<Extract<Inline, { type: "metric" }>, { metric: Metric }>;
/** Props of the `department` component. */
export type DepartmentProps = InlineProps<
  Extract<Inline, { type: "department" }>,
  { department: Department }
>;
/** Props of the `date` component. */
export type DateProps = InlineProps<
  Extract<Inline, { type: "date" }>,
  {
    /** A valid `<time datetime>` value: the date, the first day of a range, the month or the year. */
    datetime: string;
  }
>;
/** Props of the `title` component (书名号). */
export type TitleProps = InlineProps<Extract<Inline, { type: "title" }>>;
/** Props of the `quote` component. */
export type QuoteProps = InlineProps<Extract<Inline, { type: "quote" }>>;
/** Props of the `emphasis` component. */
export type EmphasisProps = InlineProps<Extract<Inline, { type: "emphasis" }>>;

/** Props of the `distribution` component (报尾). */
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
  section: ({ node, render }) => trusted(sectionMarkup(node.id, inner(render()))),
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
