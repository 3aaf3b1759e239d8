import type {
  DateRun,
  DistributionLine,
  InlineRun,
  ItemNode,
  LeadNode,
  MastheadNode,
  MetricRun,
  NoteNode,
  SectionNode,
  TableCellNode,
  TableNode,
  TailNode,
} from "../layout";
import { escapeHtml } from "../safe-html";

/**
 * The HTML writer, one function per layout node kind: what a node writes around its content
 * (`…Markup`) and what its default content is (`…Content`). `inner` is markup that is already
 * safe (escaped text or SafeHtml markup); every piece of layout text is escaped here. The
 * default components call these, and `renderHtml` calls them directly for the nodes whose
 * component is the default one: one writer, not a copy.
 *
 * @internal
 */

const idAttribute = (id: string | undefined): string =>
  id === undefined ? "" : ` id="${escapeHtml(id)}"`;

export const mastheadContent = (node: MastheadNode): string =>
  `<h1 class="bulletin-title">${escapeHtml(node.title)}</h1>` +
  `<p class="bulletin-number">${escapeHtml(node.number.text)}</p>` +
  `<p class="bulletin-imprint"><span class="bulletin-publisher">${escapeHtml(node.publisher.name)}</span> ` +
  `<time class="bulletin-date" datetime="${escapeHtml(node.publishedOn.date)}">${escapeHtml(node.publishedOn.text)}</time></p>`;

export const mastheadMarkup = (inner: string): string =>
  `<header class="bulletin-masthead">${inner}</header>`;

/** What opens an article in `lang`. */
export const articleOpen = (lang: string): string =>
  `<article class="bulletin" lang="${escapeHtml(lang)}">`;

export const ARTICLE_CLOSE = "</article>";

/** What opens a note with this `id`. */
export const noteOpen = (id: string | undefined): string =>
  `<section class="bulletin-section bulletin-note"${idAttribute(id)}>`;

/** What closes a note or a section. */
export const SECTION_CLOSE = "</section>";

export const noteMarkup = (node: NoteNode, inner: string): string =>
  `${noteOpen(node.id)}${inner}${SECTION_CLOSE}`;

/** The heading of a numbered section, which opens its content. */
export const sectionHeading = (marker: string, title: string): string =>
  `<h2><span class="bulletin-marker">${escapeHtml(marker)}</span>${escapeHtml(title)}</h2>`;

export const sectionOpen = (id: string | undefined): string =>
  `<section class="bulletin-section"${idAttribute(id)}>`;

export const sectionMarkup = (node: SectionNode, inner: string): string =>
  `${sectionOpen(node.id)}${inner}${SECTION_CLOSE}`;

export const itemOpen = (id: string | undefined): string =>
  `<div class="bulletin-item"${idAttribute(id)}>`;

export const ITEM_CLOSE = "</div>";

export const itemMarkup = (node: ItemNode, inner: string): string =>
  `${itemOpen(node.id)}${inner}${ITEM_CLOSE}`;

export const PARAGRAPH_OPEN = "<p>";
export const PARAGRAPH_CLOSE = "</p>";

export const paragraphMarkup = (inner: string): string =>
  `${PARAGRAPH_OPEN}${inner}${PARAGRAPH_CLOSE}`;

/**
 * A table's content: `<table>` with its `<caption>`, `<thead>` and `<tbody>` (`rows` are the
 * written rows of the head and of the body), then its notes.
 */
export function tableContent(
  node: TableNode,
  head: readonly string[],
  body: readonly string[],
  notes: readonly string[],
): string {
  let out = "<table>";
  if (node.caption !== undefined) out += `<caption>${escapeHtml(node.caption)}</caption>`;
  if (head.length > 0) out += `<thead><tr>${head.join("</tr><tr>")}</tr></thead>`;
  out += `<tbody><tr>${body.join("</tr><tr>")}</tr></tbody></table>`;
  for (const note of notes) out += `<p class="bulletin-table-note">${note}</p>`;
  return out;
}

/** A table in a box of its own (which scrolls sideways on a narrow screen). */
export const tableMarkup = (inner: string): string => `<div class="bulletin-table">${inner}</div>`;

/** A head cell is `<th scope="col">` (`colgroup` when it spans columns), a body cell `<td>`. */
export function cellMarkup(node: TableCellNode, inner: string): string {
  let attributes = "";
  if (node.header) attributes += node.colSpan > 1 ? ' scope="colgroup"' : ' scope="col"';
  if (node.colSpan > 1) attributes += ` colspan="${node.colSpan}"`;
  if (node.rowSpan > 1) attributes += ` rowspan="${node.rowSpan}"`;
  const tag = node.header ? "th" : "td";
  return `<${tag}${attributes}>${inner}</${tag}>`;
}

/** The lead before its date (label, marker, title); `date` is the date's markup, if any. */
export function leadContent(node: LeadNode, date: string | undefined): string {
  let out = "";
  const { label, marker, title } = node;
  if (label !== undefined)
    out += `<strong class="bulletin-note-label">${escapeHtml(label.text)}${escapeHtml(label.end)}</strong>`;
  if (marker !== undefined) {
    const span = `<span class="bulletin-marker">${escapeHtml(marker)}</span>`;
    out +=
      title === undefined
        ? span
        : `<strong class="bulletin-item-heading">${span}${escapeHtml(title.text)}${escapeHtml(title.end)}</strong>`;
  } else if (title !== undefined) {
    out += `<strong class="bulletin-item-heading">${escapeHtml(title.text)}${escapeHtml(title.end)}</strong>`;
  }
  if (date !== undefined && node.date !== undefined) out += date + escapeHtml(node.date.end);
  return out;
}

/** The lead writes no element of its own. */
export const leadMarkup = (inner: string): string => inner;

export const textMarkup = (inner: string): string => inner;

/** A metric's `<data>`: its value and label (see {@link MetricRun}). */
export const metricMarkup = (value: number, label: string, inner: string): string =>
  `<data class="bulletin-metric" value="${escapeHtml(String(value))}" title="${escapeHtml(label)}">${inner}</data>`;

/** A department by its full name is a span; by another form, an `<abbr>` titled with the full name. */
export const departmentMarkup = (text: string, name: string, inner: string): string =>
  text === name
    ? `<span class="bulletin-department">${inner}</span>`
    : `<abbr class="bulletin-department" title="${escapeHtml(name)}">${inner}</abbr>`;

/** A date's `<time>` with its ISO form (see {@link DateRun}). */
export const dateMarkup = (datetime: string, inner: string): string =>
  `<time datetime="${escapeHtml(datetime)}">${inner}</time>`;

export const titleMarkup = (inner: string): string => `<cite class="bulletin-work">${inner}</cite>`;

/** A quote is its text in its marks, no element. */
export const quoteMarkup = (inner: string): string => inner;

export const emphasisMarkup = (inner: string): string => `<em>${inner}</em>`;

const lineMarkup = (line: DistributionLine): string =>
  `<p class="bulletin-distribution-line" data-role="${escapeHtml(line.role)}">` +
  `<span class="bulletin-distribution-label">${escapeHtml(line.label)}：</span>${escapeHtml(line.text)}</p>`;

export function tailContent(node: TailNode): string {
  let out = "";
  for (let k = 0; k < node.lines.length; k++) out += lineMarkup(node.lines[k] as DistributionLine);
  if (node.copies !== undefined)
    out += `<p class="bulletin-copies">${escapeHtml(node.copies.text)}</p>`;
  return out;
}

export const tailMarkup = (inner: string): string =>
  `<footer class="bulletin-distribution">${inner}</footer>`;

/** What a run writes by default: its kind's markup around its escaped text. */
export function runMarkup(run: InlineRun): string {
  const inner = escapeHtml(run.text);
  switch (run.kind) {
    case "text":
      return textMarkup(inner);
    case "metric":
      return metricMarkup(run.metric.value, run.metric.label, inner);
    case "department":
      return departmentMarkup(run.text, run.department.name, inner);
    case "date":
      return dateMarkup(run.datetime, inner);
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

/** Runs written by default, one after the other. */
export function runsMarkup(runs: readonly InlineRun[]): string {
  let out = "";
  for (let r = 0; r < runs.length; r++) out += runMarkup(runs[r] as InlineRun);
  return out;
}

/** A lead written by default (its date by {@link runMarkup}). */
export const plainLead = (node: LeadNode): string =>
  leadMarkup(leadContent(node, node.date === undefined ? undefined : runMarkup(node.date.run)));

/** The rows of a table's head or body, each row its cells written by `write`, one after the other. */
export function rowsMarkup(
  rows: readonly TableCellNode[][],
  write: (cell: TableCellNode) => string,
): string[] {
  const written = new Array<string>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as TableCellNode[];
    let out = "";
    for (let c = 0; c < row.length; c++) out += write(row[c] as TableCellNode);
    written[r] = out;
  }
  return written;
}

/** A cell written by default. */
const plainCell = (cell: TableCellNode): string => cellMarkup(cell, runsMarkup(cell.runs));

/** A table written by default. */
export function plainTable(node: TableNode): string {
  const notes = new Array<string>(node.notes.length);
  for (let k = 0; k < notes.length; k++) notes[k] = runsMarkup(node.notes[k] as InlineRun[]);
  return tableMarkup(
    tableContent(node, rowsMarkup(node.head, plainCell), rowsMarkup(node.rows, plainCell), notes),
  );
}
