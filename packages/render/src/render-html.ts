import type { Bulletin } from "@bulletin/schema";
import { type Components, defaultComponents, type RenderContext } from "./components";
import { RenderError } from "./errors";
import { layoutOf } from "./internal/layout-of";
import {
  cellMarkup,
  dateMarkup,
  departmentMarkup,
  emphasisMarkup,
  itemMarkup,
  leadContent,
  leadMarkup,
  mastheadContent,
  mastheadMarkup,
  metricMarkup,
  noteMarkup,
  paragraphMarkup,
  quoteMarkup,
  sectionHeading,
  sectionMarkup,
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
  DateRun,
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
 * renderHtml(issue9).slice(0, 123);
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
      );
    }
    if (typeof fn !== "function") {
      throw new RenderError(
        "invalid-option",
        `option \`components.${key}\` is ${fn === null ? "null" : typeof fn}: expected a function`,
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
    );
  }
  return markup;
}

/** The state of one walk: the replaced components and the context they are given. */
interface Walk {
  readonly own: Own;
  readonly context: RenderContext;
}

/**
 * The article: each node written by the markup functions the default components are made of,
 * or, where a component is replaced, by that component with `render` for its default content.
 */
function writeArticle(layout: BulletinLayout, own: Own, lang: string): string {
  const w: Walk = { own, context: { layout, referenceYear: layout.referenceYear, lang } };
  let out = `<article class="bulletin" lang="${escapeHtml(lang)}">`;
  const masthead = layout.masthead;
  const h = own.masthead;
  out +=
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
    out += section.kind === "note" ? writeNote(w, section) : writeSection(w, section);
  }
  const tail = layout.tail;
  if (tail !== undefined) {
    const t = own.tail;
    out +=
      t === undefined
        ? tailMarkup(tailContent(tail))
        : markup(
            "tail",
            t({ node: tail, context: w.context, render: () => trusted(tailContent(tail)) }),
          );
  }
  return `${out}</article>`;
}

function writeItems(w: Walk, section: NoteNode | SectionNode): string {
  let out = "";
  const items = section.items;
  for (let i = 0; i < items.length; i++) out += writeItem(w, section, items[i] as ItemNode);
  return out;
}

function writeNote(w: Walk, node: NoteNode): string {
  const h = w.own.note;
  if (h === undefined) return noteMarkup(node, writeItems(w, node));
  return markup(
    "note",
    h({ node, context: w.context, render: () => trusted(writeItems(w, node)) }),
  );
}

function writeSection(w: Walk, node: SectionNode): string {
  const h = w.own.section;
  if (h === undefined) return sectionMarkup(node, sectionHeading(node) + writeItems(w, node));
  return markup(
    "section",
    h({
      node,
      context: w.context,
      render: () => trusted(sectionHeading(node) + writeItems(w, node)),
    }),
  );
}

function writeItem(w: Walk, section: NoteNode | SectionNode, node: ItemNode): string {
  const content = (): string => {
    let out = "";
    const blocks = node.blocks;
    for (let b = 0; b < blocks.length; b++)
      out += writeBlock(w, section, node, blocks[b] as BlockNode);
    return out;
  };
  const h = w.own.item;
  if (h === undefined) return itemMarkup(node, content());
  return markup(
    "item",
    h({ node, context: { ...w.context, section }, render: () => trusted(content()) }),
  );
}

function writeBlock(
  w: Walk,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: BlockNode,
): string {
  return node.kind === "table"
    ? writeTable(w, section, item, node)
    : writeParagraph(w, section, item, node);
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
): string {
  const content = (): string => {
    let out = node.lead === undefined ? "" : writeLead(w, section, item, node.lead);
    const runs = node.runs;
    for (let r = 0; r < runs.length; r++) out += writeRun(w, runs[r] as InlineRun);
    return out;
  };
  const h = w.own.paragraph;
  if (h === undefined) return paragraphMarkup(content());
  return markup(
    "paragraph",
    h({ node, context: { ...w.context, section, item }, render: () => trusted(content()) }),
  );
}

function writeLead(
  w: Walk,
  section: NoteNode | SectionNode,
  item: ItemNode,
  node: LeadNode,
): string {
  const content = (): string =>
    leadContent(node, node.date === undefined ? undefined : writeRun(w, node.date.run));
  const h = w.own.lead;
  if (h === undefined) return leadMarkup(content());
  return markup(
    "lead",
    h({ node, context: { ...w.context, section, item }, render: () => trusted(content()) }),
  );
}

function writeRun(w: Walk, run: InlineRun): string {
  const own = w.own;
  switch (run.kind) {
    case "text": {
      const h = own.text;
      if (h === undefined) return textMarkup(escapeHtml(run.text));
      return markup("text", h({ node: run, context: w.context, render: () => escaped(run.text) }));
    }
    case "metric": {
      const h = own.metric;
      if (h === undefined) return metricMarkup(run, escapeHtml(run.text));
      return markup(
        "metric",
        h({ node: run, context: w.context, render: () => escaped(run.text) }),
      );
    }
    case "department": {
      const h = own.department;
      if (h === undefined) return departmentMarkup(run, escapeHtml(run.text));
      return markup(
        "department",
        h({ node: run, context: w.context, render: () => escaped(run.text) }),
      );
    }
    case "date":
      return writeDate(w, run);
    case "title": {
      const h = own.title;
      if (h === undefined) return titleMarkup(escapeHtml(run.text));
      return markup("title", h({ node: run, context: w.context, render: () => escaped(run.text) }));
    }
    case "quote": {
      const h = own.quote;
      if (h === undefined) return quoteMarkup(escapeHtml(run.text));
      return markup("quote", h({ node: run, context: w.context, render: () => escaped(run.text) }));
    }
    case "emphasis": {
      const h = own.emphasis;
      if (h === undefined) return emphasisMarkup(escapeHtml(run.text));
      return markup(
        "emphasis",
        h({ node: run, context: w.context, render: () => escaped(run.text) }),
      );
    }
  }
  // Unreachable for a layout of layoutBulletin; unknown runs write nothing.
  return "";
}

function writeDate(w: Walk, run: DateRun): string {
  const h = w.own.date;
  if (h === undefined) return dateMarkup(run, escapeHtml(run.text));
  return markup("date", h({ node: run, context: w.context, render: () => escaped(run.text) }));
}

function escaped(text: string): SafeHtml {
  return trusted(escapeHtml(text));
}
