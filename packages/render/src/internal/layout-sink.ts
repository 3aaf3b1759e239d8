import type { DateSpan } from "@bulletin/schema";
import type {
  DepartmentRun,
  LeadNode,
  MastheadNode,
  SectionNode,
  TableNode,
  TailNode,
} from "../layout";

/**
 * What the layout walk ({@link walkBulletin} in `layout-bulletin.ts`) tells its sink about the
 * runs of a list, one call per run, in order: each value already decided and written as text
 * by the layout's rules, with the model values a {@link InlineRun} keeps beside it.
 *
 * @internal
 */
export interface RunSink {
  text(text: string): void;
  metric(text: string, id: string, label: string, value: number, unit: string): void;
  department(text: string, id: string, name: string): void;
  /** `span` is the model's span (a sink that keeps it copies it); `datetime` its ISO form. */
  date(text: string, span: DateSpan, datetime: string): void;
  title(text: string, content: string): void;
  quote(text: string, content: string): void;
  emphasis(text: string): void;
}

/**
 * The layout of one issue told node by node in document order, so that a sink can build the
 * plain-data layout ({@link layoutBulletin}) or write it out as it comes (renderHtml without
 * components) from the one walk that holds the layout's rules. Containers are opened with
 * the number of children that will follow and closed after them.
 *
 * @internal
 */
export interface LayoutSink extends RunSink {
  begin(referenceYear: number, masthead: MastheadNode, sections: number): void;
  note(index: number, title: string, id: string | undefined, items: number): void;
  section(
    index: number,
    number: number,
    marker: string,
    title: string,
    runningText: boolean,
    id: string | undefined,
    sectionKind: SectionNode["sectionKind"],
    items: number,
  ): void;
  /** Closes a note or a section. */
  endSection(): void;
  item(index: number, departments: DepartmentRun[], id: string | undefined, blocks: number): void;
  endItem(): void;
  paragraph(index: number, lead: LeadNode | undefined, runs: number): void;
  endParagraph(): void;
  /** A table, whole (its cells' runs are laid out as nodes). */
  table(node: TableNode): void;
  tail(node: TailNode): void;
}
