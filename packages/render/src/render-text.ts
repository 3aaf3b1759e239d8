import type { Bulletin } from "@bulletin/schema";
import { layoutOf } from "./internal/layout-of";
import type { Locale } from "./internal/messages";
import { checkedLocale, checkOption } from "./internal/resolve";
import { tableSlots } from "./internal/table-slots";
import type { BulletinLayout, DateStyle, LeadNode, TableNode } from "./layout";

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
  /** The language of error messages: `zh-CN` (default) or `en`. */
  locale?: Locale;
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
 * A table is one block of lines: its caption, a `| a | b |` line per row (a `|` in a cell
 * written `\|`), a `| --- | --- |` rule under the head rows (over the rows of a table without
 * head), then its notes. A cell that spans writes its text in its first column and leaves the
 * others blank, so every line has every column; `@bulletin/parse` reads the table back (spans
 * come back as blank cells).
 *
 * @param input - a valid bulletin (see `validateBulletin` in `@bulletin/schema`), or its layout
 * @param options - {@link RenderTextOptions}
 * @returns the text
 * @throws {@link RenderError} when a reference does not resolve or a value cannot be formatted
 * @example
 * ```ts
 * const blocks = renderText(issue9).split("\n\n");
 * blocks.slice(0, 5);
 * //=> ["政务窗口月报", "第9期", "四川省政府政务服务和公共资源交易服务中心", "2025年11月10日",
 * //    "一、2025年9月总体运行情况"]
 * blocks[5]?.startsWith("9月，省本级办理政务服务事项5.88万件。"); //=> true
 * ```
 */
export function renderText(
  input: Bulletin | BulletinLayout,
  options: RenderTextOptions = {},
): string {
  const locale = checkedLocale(options.locale);
  checkOption("dateStyle", options.dateStyle, ["arabic", "chinese"], locale);
  checkOption("newline", options.newline, ["\n", "\r\n"], locale);
  const layout = layoutOf(input, options.dateStyle, locale);
  const m = layout.masthead;
  // A block is a line, or the lines of a table (kept together, without blank lines).
  const blocks: (string | string[])[] = [
    m.title,
    m.number.text,
    m.publisher.name,
    m.publishedOn.text,
  ];
  for (const section of layout.sections) {
    if (section.kind === "section") blocks.push(section.marker + section.title);
    for (const item of section.items) {
      for (const block of item.blocks) {
        if (block.kind === "table") {
          blocks.push(tableLines(block));
          continue;
        }
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
  const oneLine = (line: string): string => line.replace(LINE_BREAKS, " ");
  return (
    blocks
      .map((b) => (typeof b === "string" ? oneLine(b) : b.map(oneLine).join(newline)))
      .join(newline + newline) + newline
  );
}

/** A table as lines: caption, `| … |` rows with a `| --- |` rule under the head, notes. */
function tableLines(table: TableNode): string[] {
  const row = (slots: string[]): string => `| ${slots.join(" | ")} |`;
  const cell = (text: string): string => text.replaceAll("|", "\\|");
  const lines: string[] = [];
  if (table.caption !== undefined) lines.push(table.caption);
  for (const slots of tableSlots(table.head, table.columns, (c) => cell(c.text), "")) {
    lines.push(row(slots));
  }
  lines.push(row(Array<string>(table.columns).fill("---")));
  for (const slots of tableSlots(table.rows, table.columns, (c) => cell(c.text), "")) {
    lines.push(row(slots));
  }
  for (const note of table.notes) lines.push(note.map((run) => run.text).join(""));
  return lines;
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
