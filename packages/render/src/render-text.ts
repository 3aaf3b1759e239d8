import type { Bulletin } from "@bulletin/schema";
import { layoutOf } from "./internal/layout-of";
import { checkOption } from "./internal/resolve";
import type { BulletinLayout, DateStyle, LeadNode } from "./layout";

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
 * Writes a bulletin (or its layout from {@link layoutBulletin}) as the plain official text: the masthead (title, `第9期`, publisher,
 * date), each section as `一、title`, each item as `（一）` + run-in title + `。` + date span +
 * `，` + its first paragraph, further paragraphs on their own lines, then the 报/送/发/抄送
 * lines and `共印N份`. One block a line, a blank line between blocks, a line break at the end:
 * the layout `@bulletin/parse` reads back. A line break inside model text becomes a space, so
 * that every paragraph stays on one line.
 *
 * @param input - a valid bulletin (see `validateBulletin` in `@bulletin/schema`), or its layout
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
export function renderText(
  input: Bulletin | BulletinLayout,
  options: RenderTextOptions = {},
): string {
  checkOption("dateStyle", options.dateStyle, ["arabic", "chinese"]);
  checkOption("newline", options.newline, ["\n", "\r\n"]);
  const layout = layoutOf(input, options.dateStyle);
  const m = layout.masthead;
  const blocks: string[] = [m.title, m.number.text, m.publisher.name, m.publishedOn.text];
  for (const section of layout.sections) {
    if (section.kind === "section") blocks.push(section.marker + section.title);
    for (const item of section.items) {
      for (const block of item.blocks) {
        let line = block.lead === undefined ? "" : leadText(block.lead);
        for (const run of block.runs) line += run.text;
        blocks.push(line);
      }
    }
  }
  const tail = layout.tail;
  if (tail !== undefined) {
    for (const line of tail.lines) blocks.push(`${line.label}：${line.text}`);
    if (tail.copies !== undefined) blocks.push(tail.copies.text);
  }
  const newline = options.newline ?? "\n";
  return blocks.map((b) => b.replace(LINE_BREAKS, " ")).join(newline + newline) + newline;
}

/** `编者按：（一）title。9月8日，`: each part of the lead with the punctuation after it. */
function leadText(lead: LeadNode): string {
  let out = "";
  if (lead.label !== undefined) out += lead.label.text + lead.label.end;
  if (lead.marker !== undefined) out += lead.marker;
  if (lead.title !== undefined) out += lead.title.text + lead.title.end;
  if (lead.date !== undefined) out += lead.date.run.text + lead.date.end;
  return out;
}
