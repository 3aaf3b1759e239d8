import type {
  Block,
  Bulletin,
  DateSpan,
  Department,
  Inline,
  Item,
  Paragraph,
  Section,
} from "@bulletin/schema";
import { append, escapeHtml, type HtmlValue } from "../safe-html";
import { paragraphOf } from "./paragraph-of";
import {
  DISTRIBUTION_ROLES,
  inlinePath,
  isNoteSection,
  isoOfSpan,
  isRunningText,
  itemMarkerOf,
  joinDistribution,
  noteLabel,
  type Resolver,
  sectionMarkersOf,
} from "./resolve";

/**
 * The article of {@link renderHtml} when no component is replaced: the same markup as the
 * default components, written into one string with `+=`, without props objects, closures or
 * intermediate arrays. Every piece of model text goes through `escapeHtml` right where it is
 * appended; markup comes only from the literals below. Paths for error messages are built
 * only when an error is thrown.
 *
 * @internal
 */
export function defaultArticle(
  bulletin: Bulletin,
  resolver: Resolver,
  lang: string,
  issueNumber: string,
  publishedOn: string,
): string {
  const { publication, issue } = bulletin;
  let out =
    '<article class="bulletin" lang="' +
    escapeHtml(lang) +
    '"><header class="bulletin-masthead"><h1 class="bulletin-title">' +
    value(publication.title) +
    '</h1><p class="bulletin-number">' +
    value(issueNumber) +
    '</p><p class="bulletin-imprint"><span class="bulletin-publisher">' +
    value(publication.publisher.name) +
    '</span> <time class="bulletin-date" datetime="' +
    value(issue.publishedOn) +
    '">' +
    value(publishedOn) +
    "</time></p></header>";

  const departments: DepartmentMarkup = { seen: [], markup: [] };
  const sections = bulletin.sections;
  const markers = sectionMarkersOf(sections);
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s] as Section;
    const running = isRunningText(section);
    const note = isNoteSection(section);
    out += note
      ? `<section class="bulletin-section bulletin-note"${idAttribute(section.id)}>`
      : '<section class="bulletin-section"' +
        idAttribute(section.id) +
        '><h2><span class="bulletin-marker">' +
        markers[s] +
        "</span>" +
        escapeHtml(section.title) +
        "</h2>";
    const items = section.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Item;
      const span = item.date;
      const date =
        span === undefined
          ? undefined
          : resolver.span(span, () => `sections[${s}].items[${i}].date`);
      // The default item does not show its departments, but every reference must resolve.
      const refs = item.departmentRefs;
      if (refs !== undefined) {
        for (let k = 0; k < refs.length; k++) {
          const ref = refs[k] as string;
          if (resolver.findDepartment(ref) === undefined)
            resolver.department(ref, () => `sections[${s}].items[${i}].departmentRefs[${k}]`);
        }
      }
      let lead = note && i === 0 ? noteLabel(section.title) : "";
      if (!running) {
        const marker = itemMarkerOf(i + 1);
        lead +=
          item.title === undefined
            ? `<span class="bulletin-marker">${marker}</span>`
            : `<strong class="bulletin-item-heading"><span class="bulletin-marker">${marker}</span>${escapeHtml(item.title)}。</strong>`;
        if (span !== undefined && date !== undefined)
          lead += `<time datetime="${escapeHtml(isoOfSpan(span))}">${escapeHtml(date)}</time>，`;
      }
      out += `<div class="bulletin-item"${idAttribute(item.id)}>`;
      const body = item.body;
      // An item without paragraphs still shows its lead.
      if (body.length === 0 && lead !== "") out += `<p>${lead}</p>`;
      for (let p = 0; p < body.length; p++) {
        out += p === 0 ? `<p>${lead}` : "<p>";
        const paragraph = paragraphOf(body[p] as Block, s, i, p);
        for (let n = 0; n < paragraph.length; n++) {
          const node = paragraph[n] as Inline;
          out +=
            typeof node === "string"
              ? escapeHtml(node)
              : inlineMarkup(resolver, departments, node, s, i, p, n);
        }
        out += "</p>";
      }
      out += "</div>";
    }
    out += "</section>";
  }

  const distribution = bulletin.distribution;
  const copies = issue.copies;
  let tail = "";
  if (distribution !== undefined) {
    for (let r = 0; r < DISTRIBUTION_ROLES.length; r++) {
      const [role, label] = DISTRIBUTION_ROLES[r] as (typeof DISTRIBUTION_ROLES)[number];
      const entries = distribution[role];
      if (entries === undefined || entries.length === 0) continue;
      tail +=
        `<p class="bulletin-distribution-line" data-role="${role}">` +
        `<span class="bulletin-distribution-label">${label}：</span>` +
        `${escapeHtml(joinDistribution(entries))}</p>`;
    }
  }
  if (copies !== undefined)
    tail += `<p class="bulletin-copies">${escapeHtml(`共印${copies}份`)}</p>`;
  if (tail !== "") out += `<footer class="bulletin-distribution">${tail}</footer>`;
  return `${out}</article>`;
}

/** One inline that is not plain text, as the default component writes it. */
function inlineMarkup(
  resolver: Resolver,
  departments: DepartmentMarkup,
  node: Exclude<Inline, string>,
  s: number,
  i: number,
  p: number,
  n: number,
): string {
  switch (node.type) {
    case "metric": {
      const path = (): string => inlinePath(s, i, p, n);
      const metric = resolver.findMetric(node.ref) ?? resolver.metric(node.ref, path);
      const text = resolver.metricText(metric, path);
      return `<data class="bulletin-metric" value="${typeof metric.value === "number" ? String(metric.value) : escapeHtml(String(metric.value))}" title="${escapeHtml(metric.label)}">${escapeHtml(text)}</data>`;
    }
    case "department": {
      const department =
        resolver.findDepartment(node.ref) ??
        resolver.department(node.ref, () => inlinePath(s, i, p, n));
      // A department is named the same way each time: written once per render.
      if (node.text === undefined) {
        const known = departments.seen.indexOf(department);
        if (known !== -1) return departments.markup[known] as string;
        const markup = departmentMarkup(department, department.shortName ?? department.name);
        departments.seen.push(department);
        departments.markup.push(markup);
        return markup;
      }
      return departmentMarkup(department, node.text);
    }
    case "date": {
      const span: DateSpan = node.value;
      const text = resolver.span(span, () => `${inlinePath(s, i, p, n)}.value`);
      return `<time datetime="${escapeHtml(isoOfSpan(span))}">${escapeHtml(text)}</time>`;
    }
    case "title":
      return `<cite class="bulletin-work">《${escapeHtml(node.text)}》</cite>`;
    case "quote":
      return `“${escapeHtml(node.text)}”`;
    case "emphasis":
      return `<em>${escapeHtml(node.text)}</em>`;
  }
  // Unreachable for a valid bulletin; unknown inline kinds write nothing.
  return "";
}

function idAttribute(id: string | undefined): string {
  return id === undefined ? "" : ` id="${escapeHtml(id)}"`;
}

/** A masthead value exactly as the `html` template writes it (text escaped). */
function value(v: HtmlValue): string {
  return typeof v === "string" ? escapeHtml(v) : append(v);
}

/** The markup of each department named so far in one render (a handful: searched in order). */
interface DepartmentMarkup {
  readonly seen: Department[];
  readonly markup: string[];
}

function departmentMarkup(department: Department, text: string): string {
  return text === department.name
    ? `<span class="bulletin-department">${escapeHtml(text)}</span>`
    : `<abbr class="bulletin-department" title="${escapeHtml(department.name)}">${escapeHtml(text)}</abbr>`;
}
