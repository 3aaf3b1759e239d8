import type { Bulletin, Inline } from "@bulletin/schema";
import {
  emphasize,
  escapeInline,
  firstChar,
  lastChar,
  protectBlock,
} from "./internal/escape-markdown";
import { inlineText } from "./internal/inline-text";
import { paragraphOf } from "./internal/paragraph-of";
import {
  checkOption,
  type DateStyle,
  isNoteSection,
  isRunningText,
  itemMarkerOf,
  Resolver,
  sectionMarkersOf,
} from "./internal/resolve";

/**
 * Options of {@link renderMarkdown}.
 *
 * @example
 * ```ts
 * const options: RenderMarkdownOptions = { dateStyle: "chinese" };
 * renderMarkdown(issue9, options).split("\n\n")[3]; //=> "二〇二五年十一月十日"
 * ```
 */
export interface RenderMarkdownOptions {
  /** How the masthead writes the publication date: `2025年11月10日` (default) or `二〇二五年十一月十日`. */
  dateStyle?: DateStyle;
}

/**
 * Renders a bulletin as CommonMark: the publication title as `#`, `第9期`, publisher and date
 * as paragraphs, a rule, each section as `## 一、title`, each item as one paragraph that
 * starts `（一）**title**。date，` followed by its text, then a rule and the 报/送/发/抄送 lines.
 * Metrics, dates and departments are written from the model (`5.88万件`, `9月16日—18日`,
 * `省中心`).
 *
 * Every character of model text that Markdown would read as syntax is escaped, so a
 * CommonMark parser gives back exactly the text of {@link renderText}, block by block, and no
 * HTML, link or image can come from data. Each paragraph is one line (a line break inside a
 * Chinese paragraph would be read as a space) and emphasis delimiters are placed so that they
 * open and close next to Chinese punctuation (CommonMark leaves `**“…”**增长` literal; this
 * writes `“**…**”增长`).
 *
 * @param bulletin - a valid bulletin (see `validateBulletin` in `@bulletin/schema`)
 * @param options - {@link RenderMarkdownOptions}
 * @returns the Markdown, ending with a line break
 * @throws {@link RenderError} when a reference does not resolve or a value cannot be formatted
 * @example
 * ```ts
 * renderMarkdown(issue9).split("\n\n").slice(0, 6);
 * //=> ["# 政务窗口月报", "第9期", "四川省政府政务服务和公共资源交易服务中心", "2025年11月10日",
 * //    "---", "## 一、2025年9月总体运行情况"]
 * ```
 */
export function renderMarkdown(bulletin: Bulletin, options: RenderMarkdownOptions = {}): string {
  checkOption("dateStyle", options.dateStyle, ["arabic", "chinese"]);
  const resolver = new Resolver(bulletin);
  const blocks: string[] = [
    `# ${protectBlock(escapeInline(bulletin.publication.title))}`,
    protectBlock(escapeInline(resolver.issueNumber())),
    protectBlock(escapeInline(bulletin.publication.publisher.name)),
    protectBlock(escapeInline(resolver.publishedOn(options.dateStyle))),
    "---",
  ];
  const markers = sectionMarkersOf(bulletin.sections);
  bulletin.sections.forEach((section, s) => {
    const note = isNoteSection(section);
    if (!note) blocks.push(`## ${protectBlock(escapeInline(markers[s] + section.title))}`);
    const running = isRunningText(section);
    section.items.forEach((item, i) => {
      // A block is assembled from escaped text and emphasis, which needs its neighbours.
      const lead: Part[] = note && i === 0 ? [{ strong: section.title }, "："] : [];
      if (!running) {
        lead.push(itemMarkerOf(i + 1));
        if (item.title !== undefined) lead.push({ strong: item.title }, "。");
        // (a date span is never empty)
        if (item.date !== undefined) {
          const date = resolver.span(item.date, () => `sections[${s}].items[${i}].date`);
          lead.push(`${escapeInline(date)}，`);
        }
      }
      if (item.body.length === 0 && lead.length > 0) blocks.push(protectBlock(assemble(lead)));
      item.body.forEach((block, p) => {
        const paragraph = paragraphOf(block, s, i, p);
        const parts: Part[] = p === 0 ? [...lead] : [];
        for (let n = 0; n < paragraph.length; n++) {
          const node = paragraph[n] as Inline;
          if (typeof node !== "string" && node.type === "emphasis") {
            // Adjacent emphasis is written as one run: `*a**b*` would not parse as two.
            const last = parts[parts.length - 1];
            if (typeof last === "object" && "em" in last) last.em += node.text;
            else parts.push({ em: node.text });
          } else {
            const text = escapeInline(inlineText(resolver, node, s, i, p, n));
            if (text !== "") parts.push(text);
          }
        }
        blocks.push(protectBlock(assemble(parts)));
      });
    });
  });
  const tail = resolver.distribution();
  const copies = resolver.copies();
  if (tail.length > 0 || copies !== undefined) blocks.push("---");
  for (const line of tail) blocks.push(protectBlock(escapeInline(`${line.label}：${line.text}`)));
  if (copies !== undefined) blocks.push(copies);
  return `${blocks.join("\n\n")}\n`;
}

/** Escaped Markdown, or text to emphasise (`*`) or make strong (`**`). */
type Part = string | { em: string } | { strong: string };

function assemble(parts: readonly Part[]): string {
  let out = "";
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as Part;
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const next = parts[k + 1];
    const after = typeof next === "string" ? firstChar(next) : "";
    out +=
      "em" in part
        ? emphasize(part.em, "*", lastChar(out), after)
        : emphasize(part.strong, "**", lastChar(out), after);
  }
  return out;
}
