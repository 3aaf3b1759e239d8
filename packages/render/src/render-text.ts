import type { Bulletin } from "@bulletin/schema";
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
 * Options of {@link renderText}.
 *
 * @example
 * ```ts
 * const options: RenderTextOptions = { newline: "\r\n" };
 * renderText(issue9, options).split("\r\n\r\n").slice(0, 2); //=> ["政务窗口月报", "第9期"]
 * ```
 */
export interface RenderTextOptions {
  /** How the masthead writes the publication date: `2025年11月10日` (default) or `二〇二五年十一月十日`. */
  dateStyle?: DateStyle;
  /** The line break to write: `"\n"` (default) or `"\r\n"`. */
  newline?: "\n" | "\r\n";
}

const LINE_BREAKS = /\r\n?|[\n\u2028\u2029]/g;

/**
 * Lays a bulletin out as the plain official text: the masthead (title, `第9期`, publisher,
 * date), each section as `一、title`, each item as `（一）` + run-in title + `。` + date span +
 * `，` + its first paragraph, further paragraphs on their own lines, then the 报/送/发/抄送
 * lines and `共印N份`. One block a line, a blank line between blocks, a line break at the end:
 * the layout `@bulletin/parse` reads back. A line break inside model text becomes a space, so
 * that every paragraph stays on one line.
 *
 * @param bulletin - a valid bulletin (see `validateBulletin` in `@bulletin/schema`)
 * @param options - {@link RenderTextOptions}
 * @returns the text
 * @throws {@link RenderError} when a reference does not resolve or a value cannot be formatted
 * @example
 * ```ts
 * renderText(issue9).split("\n\n").slice(0, 6);
 * //=> ["政务窗口月报", "第9期", "四川省政府政务服务和公共资源交易服务中心", "2025年11月10日",
 * //    "一、2025年9月总体运行情况", "9月，省本级办理政务服务事项5.88万件。…"]
 * ```
 */
export function renderText(bulletin: Bulletin, options: RenderTextOptions = {}): string {
  checkOption("dateStyle", options.dateStyle, ["arabic", "chinese"]);
  checkOption("newline", options.newline, ["\n", "\r\n"]);
  const resolver = new Resolver(bulletin);
  const blocks: string[] = [
    bulletin.publication.title,
    resolver.issueNumber(),
    bulletin.publication.publisher.name,
    resolver.publishedOn(options.dateStyle),
  ];
  const markers = sectionMarkersOf(bulletin.sections);
  bulletin.sections.forEach((section, s) => {
    const note = isNoteSection(section);
    if (!note) blocks.push(markers[s] + section.title);
    const running = isRunningText(section);
    section.items.forEach((item, i) => {
      let lead = note && i === 0 ? `${section.title}：` : "";
      if (!running) {
        lead += itemMarkerOf(i + 1);
        if (item.title !== undefined) lead += `${item.title}。`;
        if (item.date !== undefined) {
          lead += `${resolver.span(item.date, () => `sections[${s}].items[${i}].date`)}，`;
        }
      }
      if (item.body.length === 0 && lead !== "") blocks.push(lead);
      item.body.forEach((block, p) => {
        const paragraph = paragraphOf(block, s, i, p);
        let line = p === 0 ? lead : "";
        for (let n = 0; n < paragraph.length; n++) {
          line += inlineText(resolver, paragraph[n] as (typeof paragraph)[number], s, i, p, n);
        }
        blocks.push(line);
      });
    });
  });
  for (const line of resolver.distribution()) blocks.push(`${line.label}：${line.text}`);
  const copies = resolver.copies();
  if (copies !== undefined) blocks.push(copies);
  const newline = options.newline ?? "\n";
  return blocks.map((b) => b.replace(LINE_BREAKS, " ")).join(newline + newline) + newline;
}
