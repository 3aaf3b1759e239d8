import type { Bulletin } from "@bulletin/schema";
import {
  emphasize,
  escapeInline,
  firstChar,
  lastChar,
  protectBlock,
} from "./internal/escape-markdown";
import { layoutOf } from "./internal/layout-of";
import type { Locale } from "./internal/messages";
import { checkedLocale, checkOption } from "./internal/resolve";
import { tableSlots } from "./internal/table-slots";
import type { BulletinLayout, DateStyle, InlineRun, LeadNode, TableNode } from "./layout";

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
  /** The language of error messages: `zh-CN` (default) or `en`. */
  locale?: Locale;
}

/**
 * Writes a bulletin (or its layout from {@link layoutBulletin}) as CommonMark: the publication title as `#`, `第9期`, publisher and date
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
 * A table with one head row and no spanning cell is a GFM table, its caption a paragraph
 * before it and its notes paragraphs after it. GFM cannot span cells or have several head rows
 * (or none), so such a table is written as rows of text instead, a paragraph a row with its
 * cells separated by ` | ` (`lintBulletin` reports it as the info `table-markdown-fallback`).
 *
 * @param input - a valid bulletin (see `validateBulletin` in `@bulletin/schema`), or its layout
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
export function renderMarkdown(
  input: Bulletin | BulletinLayout,
  options: RenderMarkdownOptions = {},
): string {
  const locale = checkedLocale(options.locale);
  checkOption("dateStyle", options.dateStyle, ["arabic", "chinese"], locale);
  const layout = layoutOf(input, options.dateStyle, locale);
  const m = layout.masthead;
  const blocks: string[] = [
    `# ${protectBlock(escapeInline(m.title))}`,
    protectBlock(escapeInline(m.number.text)),
    protectBlock(escapeInline(m.publisher.name)),
    protectBlock(escapeInline(m.publishedOn.text)),
    "---",
  ];
  for (const section of layout.sections) {
    if (section.kind === "section")
      blocks.push(`## ${protectBlock(escapeInline(section.marker + section.title))}`);
    for (const item of section.items) {
      for (const block of item.blocks) {
        if (block.kind === "table") {
          blocks.push(...tableBlocks(block));
          continue;
        }
        const parts: Part[] = block.lead === undefined ? [] : leadParts(block.lead);
        blocks.push(protectBlock(assemble(runParts(block.runs, parts))));
      }
    }
  }
  const tail = layout.tail;
  if (tail !== undefined) {
    blocks.push("---");
    for (const line of tail.lines)
      blocks.push(protectBlock(escapeInline(`${line.label}：${line.text}`)));
    if (tail.copies !== undefined) blocks.push(protectBlock(escapeInline(tail.copies.text)));
  }
  return `${blocks.join("\n\n")}\n`;
}

/**
 * Runs as parts, after `parts`: text escaped, emphasis kept apart (its delimiters depend on
 * its neighbours, which `assemble` knows).
 */
function runParts(runs: readonly InlineRun[], parts: Part[] = []): Part[] {
  for (const run of runs) {
    if (run.kind === "emphasis") {
      // Adjacent emphasis is written as one run: `*a**b*` would not parse as two.
      const last = parts[parts.length - 1];
      if (typeof last === "object" && "em" in last) last.em += run.text;
      else parts.push({ em: run.text });
    } else {
      const text = escapeInline(run.text);
      if (text !== "") parts.push(text);
    }
  }
  return parts;
}

/** A table as Markdown blocks: caption, a GFM table (or rows of text), notes. */
function tableBlocks(table: TableNode): string[] {
  const blocks: string[] = [];
  if (table.caption !== undefined) blocks.push(protectBlock(escapeInline(table.caption)));
  const cell = (runs: readonly InlineRun[]): string => assemble(runParts(runs)).trim();
  if (!table.spanning && table.head.length === 1) {
    const row = (cells: string[]): string => `| ${cells.join(" | ")} |`;
    const lines = [
      row((table.head[0] ?? []).map((c) => cell(c.runs))),
      row(Array<string>(table.columns).fill("---")),
      ...table.rows.map((r) => row(r.map((c) => cell(c.runs)))),
    ];
    blocks.push(lines.join("\n"));
  } else {
    const rows = [...table.head, ...table.rows];
    for (const slots of tableSlots(rows, table.columns, (c) => cell(c.runs), "")) {
      blocks.push(protectBlock(slots.join(" \\| ").trim()));
    }
  }
  for (const note of table.notes) blocks.push(protectBlock(assemble(runParts(note))));
  return blocks;
}

/** `**编者按**：（一）**title**。9月8日，`: the label and title strong, each followed by its punctuation. */
function leadParts(lead: LeadNode): Part[] {
  const parts: Part[] = [];
  if (lead.label !== undefined)
    parts.push({ strong: lead.label.text }, escapeInline(lead.label.end));
  if (lead.marker !== undefined) parts.push(escapeInline(lead.marker));
  if (lead.title !== undefined)
    parts.push({ strong: lead.title.text }, escapeInline(lead.title.end));
  // (a date span is never empty)
  if (lead.date !== undefined)
    parts.push(escapeInline(lead.date.run.text) + escapeInline(lead.date.end));
  return parts;
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
