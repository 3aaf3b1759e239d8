import type { Department, Metric } from "@bulletin/schema";
import { escapeHtml } from "../safe-html";

/**
 * The markup of the default components, as strings. `inner` is HTML that is already safe
 * (escaped text or SafeHtml markup). renderHtml calls these directly when a component is not
 * replaced, so the default output costs no props objects.
 */

const idAttribute = (id: string | undefined): string =>
  id === undefined ? "" : ` id="${escapeHtml(id)}"`;

export const sectionMarkup = (id: string | undefined, inner: string, note = false): string =>
  `<section class="bulletin-section${note ? " bulletin-note" : ""}"${idAttribute(id)}>${inner}</section>`;

export const itemMarkup = (id: string | undefined, inner: string): string =>
  `<div class="bulletin-item"${idAttribute(id)}>${inner}</div>`;

export const paragraphMarkup = (lead: string, inner: string): string => `<p>${lead}${inner}</p>`;

export const metricMarkup = (metric: Metric, inner: string): string =>
  `<data class="bulletin-metric" value="${escapeHtml(String(metric.value))}" title="${escapeHtml(metric.label)}">${inner}</data>`;

export const departmentMarkup = (department: Department, text: string, inner: string): string =>
  text === department.name
    ? `<span class="bulletin-department">${inner}</span>`
    : `<abbr class="bulletin-department" title="${escapeHtml(department.name)}">${inner}</abbr>`;

export const dateMarkup = (datetime: string, inner: string): string =>
  `<time datetime="${escapeHtml(datetime)}">${inner}</time>`;

export const titleMarkup = (inner: string): string =>
  `<cite class="bulletin-work">《${inner}》</cite>`;

export const quoteMarkup = (inner: string): string => `“${inner}”`;

export const emphasisMarkup = (inner: string): string => `<em>${inner}</em>`;
