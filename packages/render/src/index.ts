export {
  type CellProps,
  type ComponentProps,
  type Components,
  type DateProps,
  type DepartmentProps,
  defaultComponents,
  type EmphasisProps,
  type ItemProps,
  type LeadProps,
  type MastheadProps,
  type MetricProps,
  type NoteProps,
  type ParagraphProps,
  type QuoteProps,
  type RenderContext,
  type SectionProps,
  type TableProps,
  type TailProps,
  type TextProps,
  type TitleProps,
} from "./components";
export { RenderError, type RenderErrorCode } from "./errors";
export type {
  BlockNode,
  BulletinLayout,
  DateRun,
  DateStyle,
  DepartmentRun,
  DistributionLine,
  EmphasisRun,
  InlineRun,
  ItemNode,
  LayoutNode,
  LayoutOptions,
  LeadNode,
  LeadPart,
  MastheadNode,
  MetricRun,
  NoteNode,
  ParagraphNode,
  QuoteRun,
  SectionNode,
  TableCellNode,
  TableNode,
  TailNode,
  TextRun,
  TitleRun,
} from "./layout";
export { layoutBulletin } from "./layout-bulletin";
export { officialStylesheet } from "./official-stylesheet";
export { type RenderHtmlOptions, renderHtml, type Theme } from "./render-html";
export { renderJsonLd } from "./render-json-ld";
export { type RenderMarkdownOptions, renderMarkdown } from "./render-markdown";
export { type RenderTextOptions, renderText } from "./render-text";
export { escapeHtml, type HtmlValue, html, isSafeHtml, type SafeHtml } from "./safe-html";
