import type { Locale } from "@bulletin/format";
import {
  type BulletinLayout,
  type DateStyle,
  type InlineRun,
  type ItemNode,
  type LeadNode,
  layoutBulletin,
  type MastheadNode,
  type NoteNode,
  type SectionNode,
  type TableCellNode,
  type TableNode,
  type TailNode,
} from "@bulletin/render";
import type { Bulletin } from "@bulletin/schema";
import {
  BorderStyle,
  Document,
  FrameAnchorType,
  FrameWrap,
  HeightRule,
  HorizontalPositionAlign,
  OnOffElement,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  VerticalPositionAlign,
  WidthType,
} from "docx";
import { DocxError } from "./errors";
import { fontTable } from "./internal/font-table";
import { checkedLocale, docxMessage } from "./internal/messages";
import {
  DEFAULT_FONTS,
  documentStyles,
  pageNumberFooters,
  type ResolvedFonts,
  STYLE,
  sectionProperties,
  TEXT_WIDTH,
} from "./internal/page-setup";

/**
 * The fonts of {@link RenderDocxOptions}, one a role. Each defaults to the font GB/T 9704-2012
 * names; a font that is not installed falls back to the reader's East Asian font.
 *
 * @example
 * ```ts
 * const fonts: DocxFonts = { body: "仿宋", heading2: "楷体" };
 * ```
 */
export interface DocxFonts {
  /** The masthead name: `方正小标宋简体`. */
  title?: string;
  /** The body (三号): `仿宋_GB2312`. */
  body?: string;
  /** `一、` headings: `黑体`. */
  heading1?: string;
  /** `（一）` headings and run-in item titles: `楷体_GB2312`. */
  heading2?: string;
  /** `1.` headings (bold): `仿宋_GB2312`. */
  heading3?: string;
  /** Latin letters and Arabic digits: `Times New Roman`. */
  digits?: string;
}

/**
 * Options of {@link renderDocx}.
 *
 * @example
 * ```ts
 * const options: RenderDocxOptions = { dateStyle: "chinese", pageNumbers: false, fonts: { body: "仿宋" } };
 * ```
 */
export interface RenderDocxOptions {
  /** The fonts, by role; see {@link DocxFonts}. */
  fonts?: DocxFonts;
  /** How the masthead writes the publication date: `2025年11月10日` (default) or `二〇二五年十一月十日`. */
  dateStyle?: DateStyle;
  /** Page numbers `— 1 —` in the footer (default `true`). */
  pageNumbers?: boolean;
  /** The masthead (red name, `第9期`, publisher and date, red rule); default `true`. `false` starts with the body, for pasting into a house template. */
  masthead?: boolean;
  /** The language of error messages: `zh-CN` (default) or `en`. */
  locale?: Locale;
}

const FONT_ROLES = ["title", "body", "heading1", "heading2", "heading3", "digits"] as const;

function resolveOptions(options: unknown): {
  fonts: ResolvedFonts;
  pageNumbers: boolean;
  masthead: boolean;
  dateStyle: DateStyle | undefined;
  locale: Locale;
} {
  const locale = checkedLocale(
    "renderDocx",
    (options as RenderDocxOptions | null | undefined)?.locale,
  );
  const invalidOption = (option: string, expected: string, expectedZh: string, got: unknown) =>
    docxMessage("invalid-option", locale, {
      fn: "renderDocx",
      option,
      expected,
      expectedZh,
      got: String(JSON.stringify(got)).slice(0, 40),
    });
  if (typeof options !== "object" || options === null) {
    throw new DocxError("invalid-option", invalidOption("", "an object", "对象", options), {
      path: [],
    });
  }
  const o = options as RenderDocxOptions;
  const flag = (name: "pageNumbers" | "masthead"): boolean => {
    const value = o[name];
    if (value === undefined) return true;
    if (typeof value !== "boolean") {
      throw new DocxError(
        "invalid-option",
        invalidOption(name, "true or false", " true 或 false", value),
        { path: [name] },
      );
    }
    return value;
  };
  const fonts: ResolvedFonts = { ...DEFAULT_FONTS };
  if (o.fonts !== undefined) {
    if (typeof o.fonts !== "object" || o.fonts === null) {
      throw new DocxError(
        "invalid-option",
        invalidOption("fonts", "an object of font names", "字体名称组成的对象", o.fonts),
        { path: ["fonts"] },
      );
    }
    for (const role of FONT_ROLES) {
      const name = o.fonts[role];
      if (name === undefined) continue;
      if (typeof name !== "string" || name.trim() === "" || name.length > 31) {
        throw new DocxError(
          "invalid-option",
          invalidOption(
            `fonts.${role}`,
            "a font name of 1–31 characters (Word's limit)",
            " 1–31 个字符的字体名称（Word 的上限）",
            name,
          ),
          { path: ["fonts", role] },
        );
      }
      fonts[role] = name;
    }
  }
  return {
    fonts,
    pageNumbers: flag("pageNumbers"),
    masthead: flag("masthead"),
    dateStyle: o.dateStyle,
    locale,
  };
}

function mastheadParagraphs(masthead: MastheadNode): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.mastheadTitle, children: [new TextRun(masthead.title)] }),
    new Paragraph({ style: STYLE.issueNumber, children: [new TextRun(masthead.number.text)] }),
    // Publisher on the left, date on the right tab stop, the red rule under the line.
    new Paragraph({
      style: STYLE.imprint,
      children: [
        new TextRun(masthead.publisher.name),
        new TextRun({ children: ["\t", masthead.publishedOn.text] }),
      ],
    }),
  ];
}

/** One run a layout run; emphasis is bold, as the HTML writer shows it. */
const inlineRun = (run: InlineRun): TextRun =>
  run.kind === "emphasis" ? new TextRun({ text: run.text, bold: true }) : new TextRun(run.text);

function leadRuns(lead: LeadNode): TextRun[] {
  const out: TextRun[] = [];
  if (lead.label !== undefined) {
    out.push(new TextRun({ text: lead.label.text + lead.label.end, style: STYLE.noteLabel }));
  }
  if (lead.title !== undefined) {
    // A run-in title is a level-2 heading: marker and title in the heading's font.
    out.push(
      new TextRun({
        text: (lead.marker ?? "") + lead.title.text + lead.title.end,
        style: STYLE.itemTitle,
      }),
    );
  } else if (lead.marker !== undefined) out.push(new TextRun(lead.marker));
  if (lead.date !== undefined) out.push(new TextRun(lead.date.run.text + lead.date.end));
  return out;
}

/** A paragraph or a table of the body. */
type BodyChild = Paragraph | Table;

function itemParagraphs(item: ItemNode, style?: string): BodyChild[] {
  return item.blocks.flatMap((block): BodyChild[] =>
    block.kind === "table"
      ? tableChildren(block)
      : [
          new Paragraph({
            ...(style === undefined ? {} : { style }),
            children: [
              ...(block.lead === undefined ? [] : leadRuns(block.lead)),
              ...block.runs.map(inlineRun),
            ],
          }),
        ],
  );
}

/** The least height of a table row in twips: one line of table text (exactly 1.4 × 12 pt). */
const TABLE_ROW_MIN = Math.round(1.4 * 240);

/** Table rules: 0.25 mm (Word measures borders in eighths of a point: 0.75 pt = 6). */
const TABLE_RULE = { style: BorderStyle.SINGLE, size: 6, color: "000000" } as const;

/**
 * The Word rows of head or body rows: each cell at its column with its `columnSpan`; a cell
 * that spans rows starts a vertical merge, and the rows under it get a continuing cell of the
 * same width at its column.
 */
function tableRows(rows: readonly TableCellNode[][], columns: number, header: boolean): TableRow[] {
  /** The cell that holds each column from above, and the rows it still holds. */
  const held: ({ colSpan: number; left: number } | undefined)[] = Array(columns).fill(undefined);
  return rows.map((row, r) => {
    const starts = new Map(row.map((cell) => [cell.column, cell] as const));
    const children: TableCell[] = [];
    for (let column = 0; column < columns; ) {
      const above = held[column];
      if (above !== undefined && above.left > 0) {
        above.left--;
        children.push(
          new TableCell({
            verticalMerge: VerticalMergeType.CONTINUE,
            ...(above.colSpan > 1 ? { columnSpan: above.colSpan } : {}),
            children: [new Paragraph({ style: STYLE.tableText })],
          }),
        );
        column += above.colSpan;
        continue;
      }
      const cell = starts.get(column);
      // A valid table covers every column; an invalid one gets a blank cell, never a crash.
      const colSpan = Math.max(1, Math.min(cell?.colSpan ?? 1, columns - column));
      const rowSpan = Math.max(1, Math.min(cell?.rowSpan ?? 1, rows.length - r));
      held[column] = rowSpan > 1 ? { colSpan, left: rowSpan - 1 } : undefined;
      children.push(
        new TableCell({
          ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
          ...(rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          verticalAlign: VerticalAlignTable.CENTER,
          children: [
            new Paragraph({ style: STYLE.tableText, children: (cell?.runs ?? []).map(inlineRun) }),
          ],
        }),
      );
      column += colSpan;
    }
    // A vertical merge that goes on below this row: keep this row with the next, so that a
    // page break does not split the merged cell's text over two pages.
    const goesOn = held.some((h) => h !== undefined && h.left > 0);
    return new TableRow({
      children,
      ...(goesOn ? { keepNext: true } : {}),
      // At least one table line high: a row in which every cell spans other rows too would
      // otherwise get no height (LibreOffice gives it none) and the page would lose it.
      height: { value: TABLE_ROW_MIN, rule: HeightRule.ATLEAST },
      cantSplit: true,
      ...(header ? { tableHeader: true } : {}),
    });
  });
}

/**
 * A table: its caption as a paragraph above, a Word table as wide as the 版心 (fixed layout,
 * equal columns, ruled, 仿宋 小四) whose head rows repeat on each page, and its notes as
 * paragraphs below.
 */
function tableChildren(table: TableNode): BodyChild[] {
  const columns = Math.max(1, table.columns);
  const width = Math.floor(TEXT_WIDTH / columns);
  const out: BodyChild[] = [];
  if (table.caption !== undefined) {
    out.push(new Paragraph({ style: STYLE.tableCaption, children: [new TextRun(table.caption)] }));
  }
  out.push(
    new Table({
      width: { size: width * columns, type: WidthType.DXA },
      columnWidths: Array<number>(columns).fill(width),
      layout: TableLayoutType.FIXED,
      borders: {
        top: TABLE_RULE,
        bottom: TABLE_RULE,
        left: TABLE_RULE,
        right: TABLE_RULE,
        insideHorizontal: TABLE_RULE,
        insideVertical: TABLE_RULE,
      },
      // 1 mm either side of a cell's text.
      margins: { left: 57, right: 57, top: 0, bottom: 0 },
      rows: [...tableRows(table.head, columns, true), ...tableRows(table.rows, columns, false)],
    }),
  );
  for (const note of table.notes) {
    out.push(new Paragraph({ style: STYLE.tableNote, children: note.map(inlineRun) }));
  }
  return out;
}

function sectionParagraphs(section: NoteNode | SectionNode): BodyChild[] {
  if (section.kind === "note")
    return section.items.flatMap((item) => itemParagraphs(item, STYLE.note));
  return [
    new Paragraph({
      style: STYLE.heading1,
      children: [new TextRun(section.marker + section.title)],
    }),
    ...section.items.flatMap((item) => itemParagraphs(item)),
  ];
}

/**
 * The 版记's frame (`w:framePr`): as wide as the 版心, its foot on the 版心's foot (the bottom
 * margin), no text beside it. A frame is anchored to the paragraph after it and moves with it:
 * when the 版记 does not fit under the last text of the page, the anchor goes to the next page
 * and the 版记 to that page's foot.
 */
const TAIL_FRAME = {
  type: "alignment",
  alignment: { x: HorizontalPositionAlign.LEFT, y: VerticalPositionAlign.BOTTOM },
  width: TEXT_WIDTH,
  anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
  wrap: FrameWrap.NOT_BESIDE,
} as const;

/**
 * The empty paragraph after the 版记's frame, which anchors it: 1 pt high (its style) and off
 * the line grid (`w:snapToGrid` off), so that it takes no line the 版记 could use. Without it the
 * frame is anchored to the last text paragraph and goes to the page that paragraph starts on,
 * pushing the paragraph down when it runs on to the next page; on the grid it takes a whole
 * line. `docx` has no paragraph option for `w:snapToGrid`, so the element (its own
 * `OnOffElement`, after `w:pStyle` as CT_PPr orders them) is added to the paragraph's
 * properties; `docx` is pinned, and the LibreOffice test checks the result.
 */
function frameAnchor(): Paragraph {
  const anchor = new Paragraph({ style: STYLE.tailAnchor });
  (anchor as unknown as { properties: { push(item: OnOffElement): void } }).properties.push(
    new OnOffElement("w:snapToGrid", false),
  );
  return anchor;
}

/**
 * 版记 (GB/T 9704-2012 §8.3), a 版心-wide frame at the foot of the last page, between rules of
 * 0.35 mm (Word measures borders in eighths of a point: 0.35 mm ≈ 1 pt = 8). Every paragraph of
 * the frame carries the same borders: Word and LibreOffice draw a group of paragraphs with equal
 * borders as one box (the top rule over the first, the bottom rule under the last), and
 * LibreOffice 7.4 does not make a frame of paragraphs whose borders differ. So there is no
 * thin rule above `共印N份`, as in the print theme of `@bulletin/render`.
 */
function tailParagraphs(tail: TailNode): Paragraph[] {
  const rule = { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 4 };
  const framed = { frame: TAIL_FRAME, border: { top: rule, bottom: rule } };
  const out = tail.lines.map(
    (line) =>
      new Paragraph({
        style: STYLE.tail,
        ...framed,
        children: [new TextRun(`${line.label}：${line.text}`)],
      }),
  );
  if (tail.copies !== undefined) {
    out.push(
      new Paragraph({ style: STYLE.copies, ...framed, children: [new TextRun(tail.copies.text)] }),
    );
  }
  out.push(frameAnchor());
  return out;
}

/** The paragraphs of a layout, in order. Every word comes from the layout; this only writes. */
function layoutParagraphs(layout: BulletinLayout, masthead: boolean): BodyChild[] {
  const children = [
    ...(masthead ? mastheadParagraphs(layout.masthead) : []),
    ...layout.sections.flatMap(sectionParagraphs),
    ...(layout.tail === undefined ? [] : tailParagraphs(layout.tail)),
  ];
  // Two tables in a row touch on the page, and Word joins them into one: an empty paragraph
  // keeps them apart.
  const out: BodyChild[] = [];
  for (const child of children) {
    if (child instanceof Table && out[out.length - 1] instanceof Table)
      out.push(new Paragraph({ style: STYLE.tableNote }));
    out.push(child);
  }
  return out;
}

/**
 * Writes a bulletin as a Word document (DOCX) in the GB/T 9704-2012 layout, from the same
 * `layoutBulletin` as the text, Markdown and HTML writers: A4 with margins of 37/35/28/26 mm
 * (版心 156 × 225 mm), body 三号 on a grid of 22 lines × 28 characters, the red masthead, `一、`
 * headings in 黑体 and run-in `（一）` titles in 楷体 as named styles, the 编者按, the 版记 at the foot of the last page between
 * rules with `共印N份`, and `— 1 —` page-number fields on the outer side. Built on the `docx`
 * package; runs in Node and the browser.
 *
 * @param bulletin - a valid bulletin (see `validateBulletin` in `@bulletin/schema`)
 * @param options - {@link RenderDocxOptions}
 * @returns the bytes of the `.docx` file
 * @throws {@link DocxError} `invalid-option` for a bad option; `RenderError` from
 *   `@bulletin/render` when a reference does not resolve or a value cannot be written
 * @example
 * ```ts
 * const bytes = await renderDocx(issue9);
 * (await readDocx(bytes)).text.split("\n\n").slice(0, 4);
 * //=> ["政务窗口月报", "第9期", "四川省政府政务服务和公共资源交易服务中心\t2025年11月10日", "一、2025年9月总体运行情况"]
 * ```
 */
export async function renderDocx(
  bulletin: Bulletin,
  options: RenderDocxOptions = {},
): Promise<Uint8Array> {
  const resolved = resolveOptions(options);
  const layout = layoutBulletin(
    bulletin,
    resolved.dateStyle === undefined
      ? { locale: resolved.locale }
      : { dateStyle: resolved.dateStyle, locale: resolved.locale },
  );
  const document = new Document({
    creator: layout.masthead.publisher.name,
    title: `${layout.masthead.title} ${layout.masthead.number.text}`,
    styles: documentStyles(resolved.fonts),
    evenAndOddHeaderAndFooters: resolved.pageNumbers,
    sections: [
      {
        properties: sectionProperties(),
        ...(resolved.pageNumbers ? { footers: pageNumberFooters() } : {}),
        children: layoutParagraphs(layout, resolved.masthead),
      },
    ],
  });
  return Packer.pack(document, "uint8array", false, [fontTable(resolved.fonts)]);
}
