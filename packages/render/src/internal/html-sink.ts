import type {
  DepartmentRun,
  LeadNode,
  MastheadNode,
  SectionNode,
  TableNode,
  TailNode,
} from "../layout";
import { escapeHtml } from "../safe-html";
import type { LayoutSink } from "./layout-sink";
import {
  ARTICLE_CLOSE,
  articleOpen,
  dateMarkup,
  departmentMarkup,
  emphasisMarkup,
  ITEM_CLOSE,
  itemOpen,
  mastheadContent,
  mastheadMarkup,
  metricMarkup,
  noteOpen,
  PARAGRAPH_CLOSE,
  PARAGRAPH_OPEN,
  plainLead,
  plainTable,
  quoteMarkup,
  SECTION_CLOSE,
  sectionHeading,
  sectionOpen,
  tailContent,
  tailMarkup,
  textMarkup,
  titleMarkup,
} from "./markup";

/**
 * The HTML writer as a sink of the layout walk: renderHtml of a bulletin with no component
 * replaced writes each node with the default markup as the walk tells it (the same markup
 * functions the default components and the layout walker of `render-html.ts` call), instead
 * of building the layout and walking it again. It only writes: every value comes decided by
 * the layout's walk.
 *
 * @internal
 */
export class HtmlSink implements LayoutSink {
  out: string;
  /** The masthead, for the title and JSON-LD of a whole document. */
  masthead: MastheadNode | undefined;

  constructor(lang: string) {
    this.out = articleOpen(lang);
  }

  /** The article, closed. */
  article(): string {
    return this.out + ARTICLE_CLOSE;
  }

  begin(_referenceYear: number, masthead: MastheadNode, _sections: number): void {
    this.masthead = masthead;
    this.out += mastheadMarkup(mastheadContent(masthead));
  }
  note(_index: number, _title: string, id: string | undefined, _items: number): void {
    this.out += noteOpen(id);
  }
  section(
    _index: number,
    _number: number,
    marker: string,
    title: string,
    _runningText: boolean,
    id: string | undefined,
    _sectionKind: SectionNode["sectionKind"],
    _items: number,
  ): void {
    this.out += sectionOpen(id) + sectionHeading(marker, title);
  }
  endSection(): void {
    this.out += SECTION_CLOSE;
  }
  item(
    _index: number,
    _departments: DepartmentRun[],
    id: string | undefined,
    _blocks: number,
  ): void {
    this.out += itemOpen(id);
  }
  endItem(): void {
    this.out += ITEM_CLOSE;
  }
  paragraph(_index: number, lead: LeadNode | undefined, _runs: number): void {
    this.out += lead === undefined ? PARAGRAPH_OPEN : PARAGRAPH_OPEN + plainLead(lead);
  }
  endParagraph(): void {
    this.out += PARAGRAPH_CLOSE;
  }
  table(node: TableNode): void {
    this.out += plainTable(node);
  }
  tail(node: TailNode): void {
    this.out += tailMarkup(tailContent(node));
  }

  text(text: string): void {
    this.out += textMarkup(escapeHtml(text));
  }
  metric(text: string, _id: string, label: string, value: number, _unit: string): void {
    this.out += metricMarkup(value, label, escapeHtml(text));
  }
  department(text: string, _id: string, name: string): void {
    this.out += departmentMarkup(text, name, escapeHtml(text));
  }
  date(text: string, _span: unknown, datetime: string): void {
    this.out += dateMarkup(datetime, escapeHtml(text));
  }
  title(text: string, _content: string): void {
    this.out += titleMarkup(escapeHtml(text));
  }
  quote(text: string, _content: string): void {
    this.out += quoteMarkup(escapeHtml(text));
  }
  emphasis(text: string): void {
    this.out += emphasisMarkup(escapeHtml(text));
  }
}
