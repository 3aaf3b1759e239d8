import type { Bulletin } from "@bulletin/schema";
import {
  type ComponentProps,
  type Components,
  defaultComponents,
  type RenderContext,
} from "./components";
import { RenderError } from "./errors";
import { layoutOf } from "./internal/layout-of";
import {
  cellMarkup,
  dateMarkup,
  departmentMarkup,
  emphasisMarkup,
  ITEM_CLOSE,
  itemOpen,
  leadContent,
  leadMarkup,
  mastheadContent,
  mastheadMarkup,
  metricMarkup,
  noteOpen,
  PARAGRAPH_CLOSE,
  PARAGRAPH_OPEN,
  quoteMarkup,
  SECTION_CLOSE,
  sectionHeading,
  sectionOpen,
  tableContent,
  tableMarkup,
  tailContent,
  tailMarkup,
  textMarkup,
  titleMarkup,
} from "./internal/markup";
import { plainStylesheet } from "./internal/plain-stylesheet";
import { checkOption } from "./internal/resolve";
import type {
  BlockNode,
  BulletinLayout,
  DateStyle,
  InlineRun,
  ItemNode,
  LeadNode,
  NoteNode,
  ParagraphNode,
  SectionNode,
  TableCellNode,
  TableNode,
} from "./layout";
import { officialStylesheet } from "./official-stylesheet";
import { renderJsonLd } from "./render-json-ld";
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
 * unless replaced with `components`). All text is escaped, in text and in attributes; no
 * option turns that off.
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
  checkOption("theme", options.theme, THEMES);
  checkOption("dateStyle", options.dateStyle, DATE_STYLES);
  const own = ownComponents(options.components);
  const layout = layoutOf(input, options.dateStyle);
  const lang = options.lang ?? "zh-CN";
  const article = writeArticle(layout, own, lang);
  if (options.document !== true) return article;

  const theme = options.theme ?? "official";
  const css =
    theme === "official" ? officialStylesheet : theme === "plain" ? plainStylesheet : undefined;
  const title = `${layout.masthead.title} ${layout.masthead.number.text}`;
  return (
    "<!DOCTYPE html>\n" +
    `<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="color-scheme" content="light dark">\n' +
    // Defence in depth: nothing in a rendered bulletin runs script.
    "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'\">\n" +
    `<title>${escapeHtml(title)}</title>\n` +
    (css === undefined ? "" : `<style>\n${css}</style>\n`) +
    `<script type="application/ld+json">\n${renderJsonLd(layout)}\n</script>\n` +
    `</head>\n<body class="bulletin-page">\n${article}\n</body>\n</html>\n`
  );
}

/** The components that are not the default ones (a kind without one is written directly). */
type Own = { [K in keyof Components]?: Components[K] };

function ownComponents(components: Partial<Components> | undefined): Own {
  const own: Own = {};
  if (components === undefined) return own;
  for (const key of Object.keys(components)) {
    const fn = (components as Record<string, unknown>)[key];
    if (fn === undefined) continue;
    if (!(KINDS as string[]).includes(key)) {
      throw new RenderError(
        "invalid-option",
        `option \`components\` has "${key.slice(0, 40)}", which is not a layout node kind: expected ${KINDS.join(", ")}`,
        { path: ["components", key] },
      );
    }
    if (typeof fn !== "function") {
      throw new RenderError(
        "invalid-option",
        `option \`components.${key}\` is ${fn === null ? "null" : typeof fn}: expected a function`,
        { path: ["components", key] },
      );
    }
    if (fn !== defaultComponents[key as keyof Components])
      (own as Record<string, unknown>)[key] = fn;
  }
  return own;
}

function markup(kind: keyof Components, value: unknown): string {
  const markup = markupOf(value);
  if (markup === undefined) {
    throw new RenderError(
      "invalid-component-output",
      `component \`${kind}\` returned ${value === null ? "null" : typeof value}: expected SafeHtml (build it with the html\`…\` template)`,
      { path: ["components", kind] },
    );
  }
  return markup;
}

/** The state of one walk: the replaced components, their context, and the output so far. */
interface Walk {
  readonly own: Own;
  /** No component is replaced: every node is written by the default markup. */
  readonly plain: boolean;
  readonly context: RenderContext;
  out: string;
}

/** What `write` appends to the output of a walk, as a string (for a component's `render`). */
function capture(w: Walk, write: () => void): SafeHtml {
  const before = w.out;
  w.out = "";
  write();
  const written = w.out;
  w.out = before;
  return trusted(written);
}

/**
 * The article: each node written by the markup functions the default components are made of,
 * appended to one string as the walk goes; where a component is replaced, that component
 * writes the node, with `render` for its default content.
 */
function writeArticle(layout: BulletinLayout, own: Own, lang: string): string {
  const w: Walk = {
    own,
    plain: Object.keys(own).length === 0,
    context: { layout, referenceYear: layout.referenceYear, lang },
    out: `<article class="bulletin" lang="${escapeHtml(lang)}">`,
  };
  const masthead = layout.masthead;
  const h = own.masthead;
  w.out +=
    h === undefined
      ? mastheadMarkup(mastheadContent(masthead))
      : markup(
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
    if (section.kind === "note") writeNote(w, section);
    else writeSection(w, section);
  }
  const tail = layout.tail;
  if (tail !== undefined) {
    const t = own.tail;
    w.out +=
      t === undefined
        ? tailMarkup(tailContent(tail))
        : markup(
            "tail",
            t({ node: tail, context: w.context, render: () => trusted(tailContent(tail)) }),
          );
  }
  return `${w.out}</article>`;
}

function writeItems(w: Walk, section: NoteNode | SectionNode): void {
  const items = section.items;
  for (let i = 0; i < items.length; i++) writeItem(w, section, items[i] as ItemNode);
}

function writeNote(w: Walk, node: NoteNode): void {
  const h = w.own.note;
  if (h === undefined) {
    w.out += noteOpen(node);
    writeItems(w, node);
    w.out += SECTION_CLOSE;
    return;
  }
  const render = (): SafeHtml => capture(w, () => writeItems(w, node));
  w.out += markup("note", h({ node, context: w.context, render }));
}

function sectionContent(w: Walk, node: SectionNode): void {
  w.out += sectionHeading(node);
  writeItems(w, node);
}

function writeSection(w: Walk, node: SectionNode): void {
  const h = w.own.section;
  if (h === undefined) {
    w.out += sectionOpen(node);
    sectionContent(w, node);
    w.out += SECTION_CLOSE;
    return;
  }
  const render = (): SafeHtml => capture(w, () => sectionContent(w, node));
  w.out += markup("section", h({ node, context: w.context, render }));
}

function writeItem(w: Walk, section: NoteNode | SectionNode, node: ItemNode): void {
  const h = w.own.item;
  if (h === undefined) {
    w.out += itemOpen(node);
    itemContent(w, section, node);
    w.out += ITEM_CLOSE;
    return;
  }
  const render = (): SafeHtml => capture(w, () => itemContent(w, section, node));
  w.out += markup("item", h({ node, context: { ...w.context, section }, render }));
}

function itemContent(w: Walk, section: NoteNode | SectionNode, node: ItemNode): void {
  const blocks = node.blocks;
  for (let b = 0; b < blocks.length; b++) writeBlock(w, section, node, blocks[b] as BlockNode);
}

function writeBlock(
  w: Walk,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: BlockNode,
): void {
  if (node.kind === "table") w.out += writeTable(w, section, item, node);
  else writeParagraph(w, section, item, node);
}

function writeTable(
  w: Walk,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: TableNode,
): string {
  const context = { ...w.context, section, item, table: node };
  const cell = (c: TableCellNode): string => {
    const runs = (): string => {
      let out = "";
      for (let r = 0; r < c.runs.length; r++) out += writeRun(w, c.runs[r] as InlineRun);
      return out;
    };
    const h = w.own.cell;
    if (h === undefined) return cellMarkup(c, runs());
    return markup("cell", h({ node: c, context, render: () => trusted(runs()) }));
  };
  const rows = (part: readonly TableCellNode[][]): string[] =>
    part.map((row) => row.map(cell).join(""));
  const content = (): string =>
    tableContent(
      node,
      rows(node.head),
      rows(node.rows),
      node.notes.map((note) => note.map((run) => writeRun(w, run)).join("")),
    );
  const h = w.own.table;
  if (h === undefined) return tableMarkup(content());
  return markup(
    "table",
    h({ node, context: { ...w.context, section, item }, render: () => trusted(content()) }),
  );
}

function writeParagraph(
  w: Walk,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: ParagraphNode,
): void {
  const h = w.own.paragraph;
  if (h === undefined) {
    w.out += PARAGRAPH_OPEN;
    paragraphContent(w, section, item, node);
    w.out += PARAGRAPH_CLOSE;
    return;
  }
  const render = (): SafeHtml => capture(w, () => paragraphContent(w, section, item, node));
  w.out += markup("paragraph", h({ node, context: { ...w.context, section, item }, render }));
}

function paragraphContent(
  w: Walk,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: ParagraphNode,
): void {
  if (node.lead !== undefined) writeLead(w, section, item, node.lead);
  const runs = node.runs;
  for (let r = 0; r < runs.length; r++) w.out += writeRun(w, runs[r] as InlineRun);
}

function writeLead(w: Walk, section: NoteNode | SectionNode, item: ItemNode, node: LeadNode): void {
  const h = w.own.lead;
  if (h === undefined) {
    w.out += leadMarkup(leadOf(w, node));
    return;
  }
  const render = (): SafeHtml => trusted(leadOf(w, node));
  w.out += markup("lead", h({ node, context: { ...w.context, section, item }, render }));
}

function leadOf(w: Walk, node: LeadNode): string {
  return leadContent(node, node.date === undefined ? undefined : writeRun(w, node.date.run));
}

/** What a run writes by default: its kind's markup around its escaped text. */
function runMarkup(run: InlineRun): string {
  const inner = escapeHtml(run.text);
  switch (run.kind) {
    case "text":
      return textMarkup(inner);
    case "metric":
      return metricMarkup(run, inner);
    case "department":
      return departmentMarkup(run, inner);
    case "date":
      return dateMarkup(run, inner);
    case "title":
      return titleMarkup(inner);
    case "quote":
      return quoteMarkup(inner);
    case "emphasis":
      return emphasisMarkup(inner);
  }
  // Unreachable for a layout of layoutBulletin; unknown runs write nothing.
  return "";
}

/** A run: through its component when replaced, else {@link runMarkup}. */
function writeRun(w: Walk, run: InlineRun): string {
  if (w.plain) return runMarkup(run);
  const h = w.own[run.kind] as ((props: ComponentProps<InlineRun>) => SafeHtml) | undefined;
  if (h === undefined) return runMarkup(run);
  return markup(run.kind, h({ node: run, context: w.context, render: () => escaped(run.text) }));
}

function escaped(text: string): SafeHtml {
  return trusted(escapeHtml(text));
}
