import type {
  Block,
  Bulletin,
  Department,
  Inline,
  Item,
  Paragraph,
  Section,
} from "@bulletin/schema";
import { type Components, defaultComponents, type RenderContext } from "./components";
import { RenderError } from "./errors";
import { defaultArticle } from "./internal/fast-html";
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
import { paragraphOf } from "./internal/paragraph-of";
import { plainStylesheet } from "./internal/plain-stylesheet";
import {
  checkOption,
  type DateStyle,
  inlinePath,
  isNoteSection,
  isoOfSpan,
  isRunningText,
  itemMarkerOf,
  noteLabel,
  Resolver,
  sectionMarkersOf,
} from "./internal/resolve";
import { officialStylesheet } from "./official-stylesheet";
import { renderJsonLd } from "./render-json-ld";
import { escapeHtml, html, markupOf, type SafeHtml, trusted } from "./safe-html";

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
const COMPONENT_KINDS = Object.keys(defaultComponents) as (keyof Components)[];

function checked(kind: keyof Components, value: unknown): SafeHtml {
  if (markupOf(value) === undefined) {
    throw new RenderError(
      "invalid-component-output",
      `component \`${kind}\` returned ${value === null ? "null" : typeof value}: expected SafeHtml (build it with the html\`…\` template)`,
    );
  }
  return value as SafeHtml;
}

/**
 * Renders a bulletin as HTML: a semantic fragment (`<article>` with a `<header>` masthead, a
 * `<section>` and `<h2>` per section, `<time datetime>` for dates, `<data value>` for metrics,
 * `<abbr title="full name">` for short department names, a `<footer>` with the 报/送/发 lines),
 * or with `document: true` a whole page with the theme's stylesheet and the issue's JSON-LD
 * inlined. The `official` theme prints in the GB/T 9704-2012 layout (A4, 版心 156 × 225 mm,
 * 22 lines of 28 characters, red masthead, page numbers `— 1 —`).
 *
 * All model text is escaped, in text and in attributes; no option turns that off. Replace
 * node renderers with `components`.
 *
 * @param bulletin - a valid bulletin (see `validateBulletin` in `@bulletin/schema`)
 * @param options - {@link RenderHtmlOptions}
 * @returns the HTML
 * @throws {@link RenderError} when a reference does not resolve, a value cannot be formatted,
 *   an option is unknown or a component returns something other than SafeHtml
 * @example
 * ```ts
 * renderHtml(issue9).slice(0, 92);
 * //=> "<article class=\"bulletin\" lang=\"zh-CN\"><header class=\"bulletin-masthead\"><h1 class=\"bulletin-title\">政务窗口月报</h1>"
 * const page = renderHtml(issue9, { document: true, theme: "official" });
 * page.startsWith("<!DOCTYPE html>"); //=> true
 * ```
 */
export function renderHtml(bulletin: Bulletin, options: RenderHtmlOptions = {}): string {
  checkOption("theme", options.theme, THEMES);
  checkOption("dateStyle", options.dateStyle, DATE_STYLES);
  const lang = options.lang ?? "zh-CN";
  const c: Components =
    options.components === undefined
      ? defaultComponents
      : { ...defaultComponents, ...definedOnly(options.components) };
  const resolver = new Resolver(bulletin);
  const issueNumber = resolver.issueNumber();
  const publishedOn = resolver.publishedOn(options.dateStyle);
  const article = replacesNone(c)
    ? defaultArticle(bulletin, resolver, lang, issueNumber, publishedOn)
    : componentArticle(bulletin, c, resolver, lang, issueNumber, publishedOn);
  if (options.document !== true) return article;

  const theme = options.theme ?? "official";
  const css =
    theme === "official" ? officialStylesheet : theme === "plain" ? plainStylesheet : undefined;
  const title = `${bulletin.publication.title} ${issueNumber}`;
  return (
    "<!DOCTYPE html>\n" +
    `<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="color-scheme" content="light dark">\n' +
    // Defence in depth: nothing in a rendered bulletin runs script.
    "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'\">\n" +
    `<title>${escapeHtml(title)}</title>\n` +
    (css === undefined ? "" : `<style>\n${css}</style>\n`) +
    `<script type="application/ld+json">\n${renderJsonLd(bulletin)}\n</script>\n` +
    `</head>\n<body class="bulletin-page">\n${article}\n</body>\n</html>\n`
  );
}

/** Whether every component is the default one, so that the article can be written directly. */
function replacesNone(c: Components): boolean {
  if (c === defaultComponents) return true;
  for (const key of COMPONENT_KINDS) if (c[key] !== defaultComponents[key]) return false;
  return true;
}

/** The article when some components are replaced: each node through its component. */
function componentArticle(
  bulletin: Bulletin,
  c: Components,
  resolver: Resolver,
  lang: string,
  issueNumber: string,
  publishedOn: string,
): string {
  const base: RenderContext = { bulletin, referenceYear: resolver.referenceYear, lang };
  const { publication, issue } = bulletin;
  const masthead = checked(
    "masthead",
    c.masthead({
      node: { publication, issue },
      context: { ...base, issueNumber, publishedOn },
      render: () =>
        html`<h1 class="bulletin-title">${publication.title}</h1><p class="bulletin-number">${issueNumber}</p><p class="bulletin-imprint"><span class="bulletin-publisher">${publication.publisher.name}</span> <time class="bulletin-date" datetime="${issue.publishedOn}">${publishedOn}</time></p>`,
    }),
  );

  // Components that are not replaced are written directly, without props objects.
  const d = defaultComponents;
  const own = {
    section: c.section !== d.section,
    item: c.item !== d.item,
    paragraph: c.paragraph !== d.paragraph,
    metric: c.metric !== d.metric,
    department: c.department !== d.department,
    date: c.date !== d.date,
    title: c.title !== d.title,
    quote: c.quote !== d.quote,
    emphasis: c.emphasis !== d.emphasis,
  };

  const inline = (node: Inline, s: number, i: number, p: number, n: number): string => {
    if (typeof node === "string") return escapeHtml(node);
    const path = (): string => inlinePath(s, i, p, n);
    switch (node.type) {
      case "metric": {
        const metric = resolver.metric(node.ref, path);
        const text = resolver.metricText(metric, path);
        if (!own.metric) return metricMarkup(metric, escapeHtml(text));
        return markup(
          "metric",
          c.metric({
            node,
            context: { ...base, text, metric },
            render: () => trusted(escapeHtml(text)),
          }),
        );
      }
      case "department": {
        const department = resolver.department(node.ref, path);
        const text = node.text ?? department.shortName ?? department.name;
        if (!own.department) return departmentMarkup(department, text, escapeHtml(text));
        return markup(
          "department",
          c.department({
            node,
            context: { ...base, text, department },
            render: () => trusted(escapeHtml(text)),
          }),
        );
      }
      case "date": {
        const text = resolver.span(node.value, () => `${path()}.value`);
        const datetime = isoOfSpan(node.value);
        if (!own.date) return dateMarkup(datetime, escapeHtml(text));
        return markup(
          "date",
          c.date({
            node,
            context: { ...base, text, datetime },
            render: () => trusted(escapeHtml(text)),
          }),
        );
      }
      case "title": {
        if (!own.title) return titleMarkup(escapeHtml(node.text));
        return markup(
          "title",
          c.title({
            node,
            context: { ...base, text: `《${node.text}》` },
            render: () => trusted(escapeHtml(node.text)),
          }),
        );
      }
      case "quote": {
        if (!own.quote) return quoteMarkup(escapeHtml(node.text));
        return markup(
          "quote",
          c.quote({
            node,
            context: { ...base, text: `“${node.text}”` },
            render: () => trusted(escapeHtml(node.text)),
          }),
        );
      }
      case "emphasis": {
        if (!own.emphasis) return emphasisMarkup(escapeHtml(node.text));
        return markup(
          "emphasis",
          c.emphasis({
            node,
            context: { ...base, text: node.text },
            render: () => trusted(escapeHtml(node.text)),
          }),
        );
      }
    }
    // Unreachable for a valid bulletin; unknown inline kinds write nothing.
    return "";
  };

  const inlines = (paragraph: Paragraph, s: number, i: number, p: number): string => {
    let text = "";
    for (let n = 0; n < paragraph.length; n++) text += inline(paragraph[n] as Inline, s, i, p, n);
    return text;
  };

  const paragraphs = (
    section: Section,
    item: Item,
    s: number,
    i: number,
    lead: SafeHtml,
  ): string => {
    const leadMarkup = markupOf(lead) ?? "";
    // An item without paragraphs still shows its lead.
    const body: readonly Block[] =
      item.body.length === 0 && leadMarkup !== "" ? [[] as unknown as Paragraph] : item.body;
    let out = "";
    for (let p = 0; p < body.length; p++) {
      const paragraph = paragraphOf(body[p] as Block, s, i, p);
      if (!own.paragraph) {
        out += paragraphMarkup(p === 0 ? leadMarkup : "", inlines(paragraph, s, i, p));
        continue;
      }
      out += markup(
        "paragraph",
        c.paragraph({
          node: paragraph,
          context: { ...base, section, item, index: p + 1, lead: p === 0 ? lead : undefined },
          render: () => trusted(inlines(paragraph, s, i, p)),
        }),
      );
    }
    return out;
  };

  const items = (section: Section, s: number, running: boolean): string => {
    let out = "";
    const note = isNoteSection(section);
    for (let i = 0; i < section.items.length; i++) {
      const item = section.items[i] as Item;
      const itemMarker = running ? "" : itemMarkerOf(i + 1);
      const date =
        item.date === undefined
          ? undefined
          : resolver.span(item.date, () => `sections[${s}].items[${i}].date`);
      const departments: Department[] = (item.departmentRefs ?? []).map((ref, k) =>
        resolver.department(ref, () => `sections[${s}].items[${i}].departmentRefs[${k}]`),
      );
      let lead = note && i === 0 ? noteLabel(section.title) : "";
      if (!running) {
        lead +=
          item.title === undefined
            ? `<span class="bulletin-marker">${itemMarker}</span>`
            : `<strong class="bulletin-item-heading"><span class="bulletin-marker">${itemMarker}</span>${escapeHtml(item.title)}。</strong>`;
        if (item.date !== undefined && date !== undefined) {
          lead += `${dateMarkup(isoOfSpan(item.date), escapeHtml(date))}，`;
        }
      }
      const leadHtml = trusted(lead);
      if (!own.item) {
        out += itemMarkup(item.id, paragraphs(section, item, s, i, leadHtml));
        continue;
      }
      out += markup(
        "item",
        c.item({
          node: item,
          context: {
            ...base,
            section,
            sectionIndex: s + 1,
            index: i + 1,
            marker: itemMarker,
            date,
            departments,
            lead: leadHtml,
          },
          render: (custom?: SafeHtml) =>
            trusted(paragraphs(section, item, s, i, custom ?? leadHtml)),
        }),
      );
    }
    return out;
  };

  let body = "";
  const markers = sectionMarkersOf(bulletin.sections);
  for (let s = 0; s < bulletin.sections.length; s++) {
    const section = bulletin.sections[s] as Section;
    const marker = markers[s] as string;
    const running = isRunningText(section);
    const note = isNoteSection(section);
    const content = (): string =>
      note
        ? items(section, s, running)
        : `<h2><span class="bulletin-marker">${marker}</span>${escapeHtml(section.title)}</h2>${items(section, s, running)}`;
    if (!own.section) {
      body += sectionMarkup(section.id, content(), note);
      continue;
    }
    body += markup(
      "section",
      c.section({
        node: section,
        context: { ...base, index: s + 1, marker, runningText: running },
        render: () => trusted(content()),
      }),
    );
  }

  let tail = "";
  const lines = resolver.distribution();
  const copies = resolver.copies();
  if (lines.length > 0 || copies !== undefined) {
    tail = markup(
      "distribution",
      c.distribution({
        node: bulletin.distribution ?? {},
        context: { ...base, lines, copies },
        render: () =>
          html`${lines.map(
            (line) =>
              html`<p class="bulletin-distribution-line" data-role="${line.role}"><span class="bulletin-distribution-label">${line.label}：</span>${line.text}</p>`,
          )}${copies === undefined ? "" : html`<p class="bulletin-copies">${copies}</p>`}`,
      }),
    );
  }

  return `<article class="bulletin" lang="${escapeHtml(lang)}">${markupOf(masthead)}${body}${tail}</article>`;
}

function markup(kind: keyof Components, value: unknown): string {
  return markupOf(checked(kind, value)) as string;
}

function definedOnly(components: Partial<Components>): Partial<Components> {
  const out: Partial<Components> = {};
  for (const key of Object.keys(defaultComponents) as (keyof Components)[]) {
    const fn = components[key];
    if (typeof fn === "function") (out as Record<string, unknown>)[key] = fn;
  }
  return out;
}
