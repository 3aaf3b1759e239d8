import {
  AlignmentType,
  BorderStyle,
  DocumentGridType,
  Footer,
  type IParagraphPropertiesOptions,
  type IParagraphStylePropertiesOptions,
  type ISectionPropertiesOptions,
  type IStylesOptions,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";

/**
 * The fonts a document names, one a role. Word shows each role in the named font when it is
 * installed and falls back (see `FONT_FALLBACKS`) when it is not.
 */
export interface ResolvedFonts {
  title: string;
  body: string;
  heading1: string;
  heading2: string;
  heading3: string;
  digits: string;
}

/** GB/T 9704-2012 §7: 小标宋 for the title, 仿宋 for the body, 黑体 / 楷体 / 仿宋 for headings. */
export const DEFAULT_FONTS: ResolvedFonts = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  heading3: "仿宋_GB2312",
  digits: "Times New Roman",
};

// Units: Word measures pages in twips (1/20 pt; 1 mm = 56.693 twips) and font sizes in half points.
const mm = (v: number): number => Math.round((v * 1440) / 25.4);

/** A4 and the margins of GB/T 9704-2012 §5.2.1: top 37, bottom 35, left 28, right 26 mm. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
} as const;

/** The 版心's width: 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * 22 lines to the 225 mm 版心 (GB/T 9704-2012 §5.2.2): 12 755 / 22 = 579.8 twips, rounded
 * down so that 22 lines fit (580 × 22 overflows and LibreOffice then lays 21).
 */
export const LINE_PITCH = Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / 22);

/**
 * 三号 (16 pt) for the body, 四号 (14 pt) for 版记 and page numbers, 小初 (36 pt) for the
 * masthead name, 小四 (12 pt) for tables.
 */
export const SIZE = { body: 32, small: 28, masthead: 72, table: 24 } as const;

/**
 * Tables' lines: exactly 1.4 × 12 pt (as the print theme of `@bulletin/render`), so that a
 * row is not stretched to the body's 22-line grid.
 */
const TABLE_LINE = {
  before: 0,
  after: 0,
  line: Math.round(1.4 * 240),
  lineRule: LineRuleType.EXACT,
};

/**
 * 28 characters of 16 pt (320 twips each) to the 156 mm (8 844 twips) line: each character
 * gives up 5 twips (28 × 315 = 8 820). A lines-only grid plus character spacing, because
 * LibreOffice reads Word's lines-and-characters grid as two cells a character.
 */
export const CHARACTER_SPACING = -Math.ceil((28 * 320 - TEXT_WIDTH) / 28);

/** The masthead's red (GB/T 9704-2012 §7.2.2: 发文机关标志 and the rule under it are red). */
export const RED = "E00000";

/** Style ids; the names Word shows are in `styles`. */
export const STYLE = {
  mastheadTitle: "BulletinMastheadTitle",
  issueNumber: "BulletinIssueNumber",
  imprint: "BulletinImprint",
  heading1: "Heading1",
  heading2: "Heading2",
  heading3: "Heading3",
  note: "BulletinNote",
  tail: "BulletinTail",
  copies: "BulletinCopies",
  tailAnchor: "BulletinTailAnchor",
  pageNumber: "BulletinPageNumber",
  itemTitle: "BulletinItemTitle",
  noteLabel: "BulletinNoteLabel",
  tableCaption: "BulletinTableCaption",
  tableText: "BulletinTableText",
  tableNote: "BulletinTableNote",
} as const;

/**
 * Paragraph properties for a style. docx writes a style's paragraph properties with the same
 * class as a paragraph's, so every paragraph property works there; its style type lists fewer
 * (no `tabStops`, no `overflowPunctuation`).
 */
const styleParagraph = (p: IParagraphPropertiesOptions): IParagraphStylePropertiesOptions =>
  p as IParagraphStylePropertiesOptions;

const NO_INDENT = { firstLine: 0, firstLineChars: 0 } as const;

const font = (eastAsia: string, digits: string) => ({
  ascii: digits,
  hAnsi: digits,
  cs: digits,
  eastAsia,
  hint: "eastAsia" as const,
});

/**
 * The document's styles: Normal is the body (16 pt 仿宋, first line two characters in, on the
 * grid), one named style a heading level (`一、` 黑体, `（一）` 楷体, `1.` 仿宋 bold), and styles
 * for the masthead, the 编者按, the 版记 and the page numbers, so an editor restyles a level in
 * one place.
 */
export function documentStyles(fonts: ResolvedFonts): IStylesOptions {
  const body = { size: SIZE.body, characterSpacing: CHARACTER_SPACING };
  return {
    default: {
      document: {
        run: { ...body, font: font(fonts.body, fonts.digits) },
        paragraph: {
          // Single spacing: each line takes one grid line of 579 twips.
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          alignment: AlignmentType.JUSTIFIED,
        },
      },
    },
    paragraphStyles: [
      {
        id: "Normal",
        name: "Normal",
        quickFormat: true,
        run: { ...body, font: font(fonts.body, fonts.digits) },
        paragraph: styleParagraph({
          // Two characters in: `firstLineChars` for Word, the same width in twips for LibreOffice.
          indent: { firstLineChars: 200, firstLine: 2 * (320 + CHARACTER_SPACING) },
          // LibreOffice reads w:overflowPunct="1" as "closing marks stay inside the margin".
          overflowPunctuation: true,
          // Every page fills its 22 lines (GB/T 9704-2012 §5.2.2): no widow or orphan control.
          widowControl: false,
        }),
      },
      {
        id: STYLE.mastheadTitle,
        name: "报头",
        basedOn: "Normal",
        next: STYLE.issueNumber,
        quickFormat: true,
        run: {
          size: SIZE.masthead,
          color: RED,
          characterSpacing: 0,
          font: font(fonts.title, fonts.digits),
        },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: NO_INDENT,
          spacing: { before: LINE_PITCH },
        },
      },
      {
        id: STYLE.issueNumber,
        name: "期号",
        basedOn: "Normal",
        next: STYLE.imprint,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT },
      },
      {
        id: STYLE.imprint,
        name: "编印单位与日期",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        // 四号 (14 pt), so a long 编印单位 and the date share the line.
        run: { size: SIZE.small, characterSpacing: 0 },
        paragraph: styleParagraph({
          indent: NO_INDENT,
          alignment: AlignmentType.LEFT,
          tabStops: [{ type: "right", position: TEXT_WIDTH }],
          // The red rule, the 版心's width, 4 mm under the line (GB/T 9704-2012 §7.2.4).
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
          spacing: { after: LINE_PITCH },
        }),
      },
      {
        id: STYLE.heading1,
        name: "heading 1",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font: font(fonts.heading1, fonts.digits), bold: false },
        paragraph: { outlineLevel: 0, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.heading2,
        name: "heading 2",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font: font(fonts.heading2, fonts.digits), bold: false },
        paragraph: { outlineLevel: 1, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.heading3,
        name: "heading 3",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font: font(fonts.heading3, fonts.digits), bold: true },
        paragraph: { outlineLevel: 2, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.note,
        name: "编者按",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font: font(fonts.heading2, fonts.digits) },
      },
      {
        id: STYLE.tail,
        name: "版记",
        basedOn: "Normal",
        next: STYLE.tail,
        quickFormat: true,
        // 版记: 4号 (14 pt), one character in on each side, a list that wraps under its label.
        run: { size: SIZE.small, characterSpacing: 0 },
        paragraph: {
          indent: { left: 280 + 2 * 280, hanging: 2 * 280, right: 280, firstLineChars: 0 },
          alignment: AlignmentType.LEFT,
          keepNext: true,
          keepLines: true,
        },
      },
      {
        id: STYLE.copies,
        name: "印发份数",
        basedOn: STYLE.tail,
        next: "Normal",
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.RIGHT,
          indent: { left: 280, hanging: 0, right: 280, firstLineChars: 0 },
          keepNext: false,
        },
      },
      {
        // The empty paragraph the 版记's frame is anchored to: 1 pt high.
        id: STYLE.tailAnchor,
        name: "版记锚点",
        basedOn: "Normal",
        next: "Normal",
        run: { size: 2 },
        paragraph: {
          indent: NO_INDENT,
          spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
        },
      },
      {
        id: STYLE.pageNumber,
        name: "页码",
        basedOn: "Normal",
        quickFormat: true,
        run: { size: SIZE.small, characterSpacing: 0, font: font(fonts.body, fonts.digits) },
        paragraph: { indent: NO_INDENT },
      },
      {
        id: STYLE.tableCaption,
        name: "表题",
        basedOn: "Normal",
        next: STYLE.tableText,
        quickFormat: true,
        // 黑体 小四, centred over the table, kept with it.
        run: { size: SIZE.table, characterSpacing: 0, font: font(fonts.heading1, fonts.digits) },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: NO_INDENT,
          keepNext: true,
          spacing: { ...TABLE_LINE, before: Math.round(LINE_PITCH / 4) },
        },
      },
      {
        id: STYLE.tableText,
        name: "表格文字",
        basedOn: "Normal",
        next: STYLE.tableText,
        quickFormat: true,
        // 仿宋 小四, centred in its cell.
        run: { size: SIZE.table, characterSpacing: 0, font: font(fonts.body, fonts.digits) },
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: TABLE_LINE },
      },
      {
        id: STYLE.tableNote,
        name: "表注",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { size: SIZE.table, characterSpacing: 0, font: font(fonts.body, fonts.digits) },
        paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: TABLE_LINE },
      },
    ],
    characterStyles: [
      {
        id: STYLE.itemTitle,
        name: "段内小标题",
        basedOn: "DefaultParagraphFont",
        quickFormat: true,
        run: { font: font(fonts.heading2, fonts.digits) },
      },
      {
        id: STYLE.noteLabel,
        name: "编者按标签",
        basedOn: "DefaultParagraphFont",
        quickFormat: true,
        run: { font: font(fonts.heading1, fonts.digits) },
      },
    ],
  };
}

/** A4, the GB/T 9704 margins and a lines-only grid of 22 lines (see `LINE_PITCH`). */
export function sectionProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: {
        top: PAGE.top,
        bottom: PAGE.bottom,
        left: PAGE.left,
        right: PAGE.right,
        header: mm(15),
        // The page number's line starts 7 mm under the 版心 (GB/T 9704-2012 §7.5).
        footer: mm(35 - 7 - 6),
      },
    },
    grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
  };
}

/**
 * `— 1 —` in 四号 with a PAGE field: odd pages on the right and even pages on the left, one
 * character (14 pt) in (GB/T 9704-2012 §7.5).
 */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  const number = (side: "left" | "right"): Footer =>
    new Footer({
      children: [
        new Paragraph({
          style: STYLE.pageNumber,
          alignment: side === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === "right" ? { right: 280 } : { left: 280 },
          children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })],
        }),
      ],
    });
  return { default: number("right"), even: number("left") };
}
