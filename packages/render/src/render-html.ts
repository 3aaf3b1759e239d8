import type { Bulletin } from "@bulletin/schema";
import {
  type ComponentProps,
  type Components,
  defaultComponents,
  type RenderContext,
} from "./components";
import { RenderError } from "./errors";
import { HtmlSink } from "./internal/html-sink";
import { isLayout, layoutOf } from "./internal/layout-of";
import {
  ARTICLE_CLOSE,
  articleOpen,
  cellMarkup,
  ITEM_CLOSE,
  itemOpen,
  leadContent,
  leadMarkup,
  mastheadContent,
  mastheadMarkup,
  noteOpen,
  PARAGRAPH_CLOSE,
  PARAGRAPH_OPEN,
  rowsMarkup,
  runMarkup,
  SECTION_CLOSE,
  sectionHeading,
  sectionOpen,
  tableContent,
  tableMarkup,
  tailContent,
  tailMarkup,
} from "./internal/markup";
import { type Locale, renderMessage } from "./internal/messages";
import { plainStylesheet } from "./internal/plain-stylesheet";
import { checkedLocale, checkOption } from "./internal/resolve";
import type {
  BlockNode,
  BulletinLayout,
  DateStyle,
  InlineRun,
  ItemNode,
  LeadNode,
  MastheadNode,
  NoteNode,
  ParagraphNode,
  SectionNode,
  TableCellNode,
  TableNode,
} from "./layout";
import { walkBulletin } from "./layout-bulletin";
import { officialStylesheet } from "./official-stylesheet";
import { jsonLdOf } from "./render-json-ld";
import { escapeHtml, markupOf, type SafeHtml, trusted } from "./safe-html";

/**
 * The stylesheet a whole document carries: GB/T 9704-2012 print layout, a plain one, or none.
 *
 * @example
 * ```ts
 * const theme: Theme = "plain";
 * renderHtml(issue9, { document: true, theme }).startsWith("<!DOCTYPE html>"); //=> true
 * ```
 */
export type Theme = "official" | "plain" | "none";

/**
 * Options of {@link renderHtml}.
 *
 * @example
 * ```ts
 * const options: RenderHtmlOptions = { document: true, theme: "official", dateStyle: "chinese" };
 * renderHtml(issue9, options).includes("二〇二五年十一月十日"); //=> true
 * ```
 */
export interface RenderHtmlOptions {
  /** A whole UTF-8 HTML page (stylesheet and JSON-LD inlined) instead of an `<article>` fragment. */
  document?: boolean;
  /** The stylesheet of a whole document (default `official`); fragments carry none. */
  theme?: Theme;
  /** The `lang` of the article and page (default `zh-CN`). */
  lang?: string;
  /** Replacements for some of the default node renderers. */
  components?: Partial<Components>;
  /** How the masthead writes the publication date: `2025年11月10日` (default) or `二〇二五年十一月十日`. */
  dateStyle?: DateStyle;
  /** The language of error messages: `zh-CN` (default) or `en`. */
  locale?: Locale;
}

const THEMES: readonly Theme[] = ["official", "plain", "none"];
const DATE_STYLES: readonly DateStyle[] = ["arabic", "chinese"];
const KINDS = Object.keys(defaultComponents) as (keyof Components)[];

/**
 * Renders a bulletin (or its layout from {@link layoutBulletin}) as HTML: a semantic fragment
 * (`<article>` with a `<header>` masthead, a `<section>` and `<h2>` per section, `<time
 * datetime>` for dates, `<data value>` for metrics, `<abbr title="full name">` for short
 * department names, a `<footer>` with the 报/送/发 lines), or with `document: true` a whole page
 * with the theme's stylesheet and the JSON-LD inlined. The `official` theme prints in
 * the GB/T 9704-2012 layout (A4, 版心 156 × 225 mm, 22 lines of 28 characters, red masthead, page
 * numbers `— 1 —`).
 *
 * It walks the layout and writes each node through its component ({@link defaultComponents}
 * unless replaced with `components`). Given a bulletin and no components, it writes each node
 * as the layout decides it, without building the layout first: the same bytes as
 * `renderHtml(layoutBulletin(bulletin))`, in less time. All text is escaped, in text and in
 * attributes; no option turns that off.
 *
 * @param input - a valid bulletin (see `validateBulletin` in `@bulletin/schema`), or its layout
 * @param options - {@link RenderHtmlOptions}
 * @returns the HTML
 * @throws {@link RenderError} when a reference does not resolve, a value cannot be formatted,
 *   an option is unknown or a component returns something other than SafeHtml
 * @example
 * ```ts
 * renderHtml(issue9).slice(0, 111);
 * //=> "<article class=\"bulletin\" lang=\"zh-CN\"><header class=\"bulletin-masthead\"><h1 class=\"bulletin-title\">政务窗口月报</h1>"
 * const page = renderHtml(issue9, { document: true, theme: "official" });
 * page.startsWith("<!DOCTYPE html>"); //=> true
 * ```
 */
export function renderHtml(
  input: Bulletin | BulletinLayout,
  options: RenderHtmlOptions = {},
): string {
  const locale = checkedLocale(options.locale);
  checkOption("theme", options.theme, THEMES, locale);
  checkOption("dateStyle", options.dateStyle, DATE_STYLES, locale);
  const own = ownComponents(options.components, locale);
  const lang = options.lang ?? "zh-CN";
  let article: string;
  let masthead: MastheadNode;
  if (!isLayout(input) && own === NONE) {
    // No component replaced: the layout's walk tells the HTML writer each node as it decides
    // it, and no layout is built to be walked again.
    const sink = new HtmlSink(lang);
    walkBulletin(input, options.dateStyle, sink, locale);
    article = sink.article();
    masthead = sink.masthead as MastheadNode;
  } else {
    const layout = layoutOf(input, options.dateStyle, locale);
    article = writeArticle(layout, own, lang, locale);
    masthead = layout.masthead;
  }
  if (options.document !== true) return article;

  const theme = options.theme ?? "official";
  const css =
    theme === "official" ? officialStylesheet : theme === "plain" ? plainStylesheet : undefined;
  const title = `${masthead.title} ${masthead.number.text}`;
  return (
    "<!DOCTYPE html>\n" +
    `<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="color-scheme" content="light dark">\n' +
    // Defence in depth: nothing in a rendered bulletin runs script.
    "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'\">\n" +
    `<title>${escapeHtml(title)}</title>\n` +
    (css === undefined ? "" : `<style>\n${css}</style>\n`) +
    `<script type="application/ld+json">\n${jsonLdOf(masthead)}\n</script>\n` +
    `</head>\n<body class="bulletin-page">\n${article}\n</body>\n</html>\n`
  );
}

/** The components that are not the default ones (a kind without one is written directly). */
type Own = { [K in keyof Components]?: Components[K] };

/** No component replaced. */
const NONE: Own = Object.freeze({});

function ownComponents(components: Partial<Components> | undefined, locale: Locale): Own {
  if (components === undefined) return NONE;
  const own: Own = {};
  for (const key of Object.keys(components)) {
    const fn = (components as Record<string, unknown>)[key];
    if (fn === undefined) continue;
    if (!(KINDS as string[]).includes(key)) {
      throw new RenderError(
        "invalid-option",
        renderMessage("invalid-option", locale, {
          option: "components",
          note: "unknown-component",
          got: key.slice(0, 40),
          expected: KINDS.join(", "),
        }),
        { path: ["components", key] },
      );
    }
    if (typeof fn !== "function") {
      throw new RenderError(
        "invalid-option",
        renderMessage("invalid-option", locale, {
          option: `components.${key}`,
          got: fn === null ? "null" : typeof fn,
          expected: locale === "en" ? "a function" : "函数",
        }),
        { path: ["components", key] },
      );
    }
    if (fn !== defaultComponents[key as keyof Components])
      (own as Record<string, unknown>)[key] = fn;
  }
  return Object.keys(own).length === 0 ? NONE : own;
}

function markup(w: Walk, kind: keyof Components, value: unknown): string {
  const markup = markupOf(value);
  if (markup === undefined) {
    throw new RenderError(
      "invalid-component-output",
      renderMessage("invalid-component-output", w.locale, {
        kind,
        got: value === null ? "null" : typeof value,
      }),
      { path: ["components", kind] },
    );
  }
  return markup;
}

/**
 * What one walk knows: the replaced components and their context. The output is not here: each
 * write function takes the output so far and returns it extended (a local string, no property
 * store per piece), and a component's `render` starts from "".
 */
interface Walk {
  /** The language of the errors a component's output can raise. */
  readonly locale: Locale;
  readonly own: Own;
  /** No component is replaced: every node is written by the default markup. */
  readonly plain: boolean;
  readonly context: RenderContext;
}

/**
 * The article: each node written by the markup functions the default components are made of,
 * appended to one string as the walk goes; where a component is replaced, that component
 * writes the node, with `render` for its default content.
 */
function writeArticle(layout: BulletinLayout, own: Own, lang: string, locale: Locale): string {
  const w: Walk = {
    locale,
    own,
    plain: own === NONE,
    context: { layout, referenceYear: layout.referenceYear, lang },
  };
  let out = articleOpen(lang);
  const masthead = layout.masthead;
  const h = own.masthead;
  out +=
    h === undefined
      ? mastheadMarkup(mastheadContent(masthead))
      : markup(
          w,
          "masthead",
          h({
            node: masthead,
            context: w.context,
            render: () => trusted(mastheadContent(masthead)),
          }),
        );
  const sections = layout.sections;
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s] as NoteNode | SectionNode;
    out = section.kind === "note" ? writeNote(w, out, section) : writeSection(w, out, section);
  }
  const tail = layout.tail;
  if (tail !== undefined) {
    const t = own.tail;
    out +=
      t === undefined
        ? tailMarkup(tailContent(tail))
        : markup(
            w,
            "tail",
            t({ node: tail, context: w.context, render: () => trusted(tailContent(tail)) }),
          );
  }
  return out + ARTICLE_CLOSE;
}

function writeItems(w: Walk, out: string, section: NoteNode | SectionNode): string {
  const items = section.items;
  for (let i = 0; i < items.length; i++) out = writeItem(w, out, section, items[i] as ItemNode);
  return out;
}

function writeNote(w: Walk, out: string, node: NoteNode): string {
  const h = w.own.note;
  if (h === undefined) return writeItems(w, out + noteOpen(node.id), node) + SECTION_CLOSE;
  const render = (): SafeHtml => trusted(writeItems(w, "", node));
  return out + markup(w, "note", h({ node, context: w.context, render }));
}

function sectionContent(w: Walk, out: string, node: SectionNode): string {
  return writeItems(w, out + sectionHeading(node.marker, node.title), node);
}

function writeSection(w: Walk, out: string, node: SectionNode): string {
  const h = w.own.section;
  if (h === undefined) return sectionContent(w, out + sectionOpen(node.id), node) + SECTION_CLOSE;
  const render = (): SafeHtml => trusted(sectionContent(w, "", node));
  return out + markup(w, "section", h({ node, context: w.context, render }));
}

function writeItem(w: Walk, out: string, section: NoteNode | SectionNode, node: ItemNode): string {
  const h = w.own.item;
  if (h === undefined) return itemContent(w, out + itemOpen(node.id), section, node) + ITEM_CLOSE;
  const render = (): SafeHtml => trusted(itemContent(w, "", section, node));
  return out + markup(w, "item", h({ node, context: { ...w.context, section }, render }));
}

function itemContent(
  w: Walk,
  out: string,
  section: NoteNode | SectionNode,
  node: ItemNode,
): string {
  const blocks = node.blocks;
  for (let b = 0; b < blocks.length; b++)
    out = writeBlock(w, out, section, node, blocks[b] as BlockNode);
  return out;
}

function writeBlock(
  w: Walk,
  out: string,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: BlockNode,
): string {
  return node.kind === "table"
    ? writeTable(w, out, section, item, node)
    : writeParagraph(w, out, section, item, node);
}

function writeTable(
  w: Walk,
  out: string,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: TableNode,
): string {
  const h = w.own.table;
  if (h === undefined) return out + tableMarkup(tableContentOf(w, section, item, node));
  const render = (): SafeHtml => trusted(tableContentOf(w, section, item, node));
  return out + markup(w, "table", h({ node, context: { ...w.context, section, item }, render }));
}

/** A table's content: its rows, each cell through its component, and its notes. */
function tableContentOf(
  w: Walk,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: TableNode,
): string {
  const given = node.notes;
  const notes = new Array<string>(given.length);
  for (let k = 0; k < given.length; k++) notes[k] = writeRuns(w, "", given[k] as InlineRun[]);
  return tableContent(
    node,
    writeRows(w, section, item, node, node.head),
    writeRows(w, section, item, node, node.rows),
    notes,
  );
}

/** The written rows of a table's head or body. */
function writeRows(
  w: Walk,
  section: NoteNode | SectionNode,
  item: ItemNode,
  table: TableNode,
  rows: readonly TableCellNode[][],
): string[] {
  const h = w.own.cell;
  if (h === undefined)
    return rowsMarkup(rows, (cell) => cellMarkup(cell, writeRuns(w, "", cell.runs)));
  const context = { ...w.context, section, item, table };
  return rowsMarkup(rows, (cell) => {
    const render = (): SafeHtml => trusted(writeRuns(w, "", cell.runs));
    return markup(w, "cell", h({ node: cell, context, render }));
  });
}

function writeParagraph(
  w: Walk,
  out: string,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: ParagraphNode,
): string {
  const h = w.own.paragraph;
  if (h === undefined)
    return paragraphContent(w, out + PARAGRAPH_OPEN, section, item, node) + PARAGRAPH_CLOSE;
  const render = (): SafeHtml => trusted(paragraphContent(w, "", section, item, node));
  return (
    out + markup(w, "paragraph", h({ node, context: { ...w.context, section, item }, render }))
  );
}

function paragraphContent(
  w: Walk,
  out: string,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: ParagraphNode,
): string {
  if (node.lead !== undefined) out = writeLead(w, out, section, item, node.lead);
  return writeRuns(w, out, node.runs);
}

/** Runs appended to `out`, each through its component when one is replaced. */
function writeRuns(w: Walk, out: string, runs: readonly InlineRun[]): string {
  if (w.plain) for (let r = 0; r < runs.length; r++) out += runMarkup(runs[r] as InlineRun);
  else for (let r = 0; r < runs.length; r++) out += writeRun(w, runs[r] as InlineRun);
  return out;
}

function writeLead(
  w: Walk,
  out: string,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: LeadNode,
): string {
  const h = w.own.lead;
  if (h === undefined) return out + leadMarkup(leadOf(w, node));
  const render = (): SafeHtml => trusted(leadOf(w, node));
  return out + markup(w, "lead", h({ node, context: { ...w.context, section, item }, render }));
}

function leadOf(w: Walk, node: LeadNode): string {
  return leadContent(node, node.date === undefined ? undefined : writeRun(w, node.date.run));
}

/** A run: through its component when replaced, else {@link runMarkup}. */
function writeRun(w: Walk, run: InlineRun): string {
  if (w.plain) return runMarkup(run);
  const h = w.own[run.kind] as ((props: ComponentProps<InlineRun>) => SafeHtml) | undefined;
  if (h === undefined) return runMarkup(run);
  return markup(w, run.kind, h({ node: run, context: w.context, render: () => escaped(run.text) }));
}

function escaped(text: string): SafeHtml {
  return trusted(escapeHtml(text));
}
