import {
  isCjkCode,
  isDigit,
  isDigitCode,
  isHan,
  isHanCode,
  isLatin,
  isLatinCode,
  isSpaceCode,
  oneOf,
  SENTENCE_END,
} from "./chars";
import { cutEscapedBreaks } from "./escaped-breaks";
import { cutFlatPipeTables } from "./flat-pipe-table";
import { cutMarkupLines, holdsMarkup, markupEnd } from "./forum-markup";
import { forumNoise } from "./forum-noise";
import { dashedKicker, restatedBelow } from "./headline-shapes";
import {
  closesSentence,
  headingAtLineEnd,
  holdsFigure,
  isAnyFigureSubhead,
  isBareHeading,
  isDateLine,
  isGarbledDateLine,
  isHeadingLine,
  isMarkedPhraseHeading,
  isTailFieldLine,
  isTailLine,
  isViewHead,
  itemMarkerLength,
  NUMBERED_MARKER,
  numberedItemMarkerLength,
  RANKED_ENTRY,
  SENTENCE_MARK,
  sectionMarkerLength,
  spacedHeadingEnd,
  startsBlock,
} from "./line-kinds";
import { newsDateline, opensParagraph } from "./page-foot";
import { pinyinEnd } from "./pinyin-readings";
import { CLOCK_SOURCE } from "./read-date";
import { isDeliveryLine, isSpeakerLine } from "./read-masthead";
import { unitLengthAt } from "./read-metric";
import { findTables } from "./read-table";
import { cutRunOnCredits } from "./run-on-credit";
import { cutRunOnDateSources } from "./run-on-date-source";
import { cutRunOnDatelines } from "./run-on-dateline";
import { cutRunOnUnknownSources } from "./run-on-unknown-source";
import { cutSpamSuffix } from "./spam-suffix";
import { appendLine, offsetAt, stringOf, type TextLine } from "./text-line";
import { simplified } from "./web-page";
import { isYearAlone } from "./year-alone-line";

/** The repaired lines of a text and where each input line starts (for line/column). */
export interface RepairedText {
  lines: TextLine[];
  /** Where each input line starts (a line break, not a form feed, ends one). */
  lineStarts: number[];
  /** Lines `dropLine` took out before paragraphs were joined (a web page's furniture). */
  dropped: TextLine[];
  /** Running headers taken out: short lines that repeat the first line or recur in the body. */
  repeated: TextLine[];
}

/**
 * Code units of the line being repaired, their input offsets and the repaired units: one set
 * for a whole repair (a call's own, grown to the longest line), so a line allocates only its
 * text and its runs.
 */
class Scratch {
  units = new Uint16Array(256);
  from = new Int32Array(256);
  out = new Uint16Array(256);
  /** A line's runs (`spans`) as {@link cleanLine} finds them: two numbers a unit at most. */
  runs = new Int32Array(512);
  /** The arrays of {@link BracketPairs}, one unit longer than a line (`inside` needs it). */
  partner = new Int32Array(257);
  around = new Int32Array(257);
  inside = new Int32Array(257);
  turnedInside = new Uint8Array(257);
  /** The text is in a forum's markup ({@link holdsMarkup}): its inline tags are dropped. */
  markup = false;

  fit(n: number): void {
    if (this.units.length >= n) return;
    let size = this.units.length * 2;
    while (size < n) size *= 2;
    this.units = new Uint16Array(size);
    this.from = new Int32Array(size);
    this.out = new Uint16Array(size);
    this.runs = new Int32Array(size * 2);
    this.partner = new Int32Array(size + 1);
    this.around = new Int32Array(size + 1);
    this.inside = new Int32Array(size + 1);
    this.turnedInside = new Uint8Array(size + 1);
  }
}

/** The code units of `text`. */
function unitsOf(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) out[k] = text.charCodeAt(k);
  return out;
}

/**
 * Repairs the artifacts of PDF extraction, OCR and copy-paste, line by line, keeping where every
 * character came from: stray spaces next to Chinese text, `- ` bullets, ASCII punctuation in
 * Chinese text (GB/T 15834-2011), full-width digits and letters, page numbers, running headers,
 * paragraphs split by line and page breaks. Linear in the length of the text. `lineFilter` makes
 * the filter that takes a web page's furniture out (`dropLine`: a paragraph a page broke is judged
 * whole; called on the text's lines in order, and a new one asked whether a table is a page's
 * grid); `opensPage` tells the lines where a page's own content begins (a forum's login prompt),
 * which end no paragraph above them. With `keepLines`, each line is a paragraph already (a layout
 * engine's): lines are never joined.
 */
export function repairLines(
  source: string,
  lineFilter?: () => (text: string) => boolean,
  opensPage?: (text: string) => boolean,
  keepLines = false,
): RepairedText {
  const lineStarts: number[] = [];
  const raw: [number, number][] = [];
  const cleaned: TextLine[] = [];
  const dropped: TextLine[] = [];
  const scratch = new Scratch();
  let start = 0;
  let blank = false;
  /** A line `dropLine` took out came after the last line kept. */
  let pageLine = false;
  const n = source.length;
  // Line ends found by the regex engine, not a character at a time; `test` moves `lastIndex`
  // past the break found, without the match array `exec` builds for each line.
  const breaks = /[\n\r\f\u2028\u2029]/g;
  for (;;) {
    const found = breaks.test(source);
    const i = found ? breaks.lastIndex - 1 : n;
    // A form feed parts pages, not lines: the line a page opens with goes on its input line's
    // number (as an editor shows `^L`), its column counted from that line's start.
    if (start === 0 || source.charCodeAt(start - 1) !== FORM_FEED) lineStarts.push(start);
    raw.push([start, i]);
    if (!found) break;
    const next = source.charCodeAt(i) === 13 && source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    breaks.lastIndex = next;
    start = next;
  }
  const clean = (from: number, to: number): TextLine => cleanLine(source, from, to, scratch);
  if (holdsMarkup(source)) {
    scratch.markup = true;
    cutMarkupLines(source, raw);
  }
  // `…之最 \r\n 全年…`: line ends printed as their escapes part lines.
  cutEscapedBreaks(source, raw);
  // `…人均面积2.5平方米本报海口9月6日讯 (记者…)`: a headline run into its dateline parts from it.
  cutRunOnDatelines(source, raw);
  // `…分析报告2014年03月28日来源：某局一、…`: a headline run into the page's date and source parts from it.
  cutRunOnDateSources(source, raw);
  // `…增幅2.94%。作者：李某 来源：某某网`: a page's credit run on after a paragraph parts from it.
  cutRunOnCredits(source, raw);
  // `来源:未知5月21日,某部发布…。`: a paragraph run on after a source naming no body parts from it.
  cutRunOnUnknownSources(source, raw);
  cutForumNoise(source, raw, (from, to) => dropped.push(clean(from, to)));
  cutSpamSuffix(source, raw, (from, to) => dropped.push(clean(from, to)));
  // A PDF's page furniture goes before the tables are found: a table a page break parts is one.
  const headers: TextLine[] = [];
  /** Where the first line kept of each page after the first starts. */
  const pageOpeners = new Set<number>();
  dropPageFurniture(source, raw, (from, to) => headers.push(clean(from, to)), pageOpeners);
  // `…。 类型 | 2022年 | … | 接收量 | 519 | …`: a table flattened onto one line parts into its rows.
  cutFlatPipeTables(source, raw);
  // Tables first: their cells are not page numbers or split sentences.
  // Whole lines repaired once: the table finder reads some (never changing them), and the
  // loop below takes the same objects. Cells and captions are repaired apart (a table changes them).
  const rows: (TextLine | undefined)[] = new Array(raw.length);
  const cleanRow = (r: number): TextLine => {
    let line = rows[r];
    if (line === undefined) {
      const [from, to] = raw[r] as [number, number];
      line = clean(from, to);
      rows[r] = line;
    }
    return line;
  };
  const tables = findTables(source, raw, clean, lineFilter, cleanRow);
  const dropLine = lineFilter?.();
  /** A date tile was just dropped: a clock time alone under it goes with it. */
  let tileTime = false;
  for (let r = 0; r < raw.length; r++) {
    const table = tables.get(r);
    if (table) {
      if (blank) table.line.blankBefore = true;
      blank = false;
      pageLine = false;
      cleaned.push(table.line);
      r = table.end;
      continue;
    }
    const range = raw[r] as [number, number];
    // An empty line (most blank lines) is blank without a repaired line made and kept for it.
    if (range[0] === range[1]) {
      blank = cleaned.length > 0;
      continue;
    }
    const line = withoutCellPipe(cleanRow(r));
    // `2021` / `年某区…工作总结`: a year a converted PDF printed alone goes on its 年's line.
    if (r + 1 < raw.length && isYearAlone(line.text) && !tables.has(r + 1)) {
      const next = cleanRow(r + 1);
      if (next.text.startsWith("年")) {
        appendLine(line, "", next);
        r++;
      }
    }
    // `2025` / `04/25` / `18:37`: the page's date printed as a tile over its first lines.
    const year = cleaned.length === 1 ? (cleaned[0] as TextLine) : undefined;
    if (year !== undefined && isDateTile(year.text, line.text)) {
      dropped.push(year, line);
      cleaned.length = 0;
      blank = false;
      tileTime = true;
      continue;
    }
    if (tileTime && line.text !== "") {
      tileTime = false;
      if (CLOCK_ALONE.test(line.text)) {
        dropped.push(line);
        continue;
      }
    }
    if (line.text === "") blank = cleaned.length > 0;
    else if (!isPageNumber(line.text) || amongCells(line.text, cleaned, r, raw, cleanRow)) {
      const drop = dropLine?.(line.text) === true;
      // A line where a page's own content begins (a forum's login prompt) ends no paragraph above.
      const from =
        drop && !blank && opensPage?.(line.text) !== true
          ? brokenStart(line, cleaned)
          : cleaned.length;
      if (drop && from === cleaned.length) {
        dropped.push(line);
        pageLine = cleaned.length > 0;
      } else if (drop && dropLine?.(joinedText(cleaned, from, line)) === true) {
        // The paragraph the page broke, read whole, is the page's: all of it goes.
        for (let k = from; k < cleaned.length; k++) dropped.push(cleaned[k] as TextLine);
        cleaned.length = from;
        dropped.push(line);
        pageLine = cleaned.length > 0;
      } else {
        if (blank) line.blankBefore = true;
        if (pageLine) line.pageLineBefore = true;
        if (pageOpeners.has(range[0])) line.pageBreakBefore = true;
        blank = false;
        pageLine = false;
        cleaned.push(line);
      }
    }
  }
  const repeated: TextLine[] = headers;
  const kept = dropRunningHeaders(cleaned, repeated);
  const joins = new Set<TextLine>();
  const joined = keepLines ? kept : joinSplitParagraphs(kept, joins, source);
  for (let k = 0; k < joined.length; k++) {
    const line = joined[k] as TextLine;
    // Again on a joined line: a mark at a line break now has its neighbour. (A line that was
    // not joined has the neighbours it had: the pass would change nothing.)
    if (joins.has(line) && ASCII_MARKS.test(line.text)) {
      const units = unitsOf(line.text);
      scratch.fit(units.length);
      fullWidthPunctuation(units, units.length, scratch);
      line.text = stringOf(units, units.length);
    }
    line.text = curlQuotes(line.text);
  }
  return { lines: joined, lineStarts, dropped, repeated };
}

/** How much longer than the line above it a paragraph's last line may be (marks, spaces). */
const BROKEN_SLACK = 2;

/** The longest paragraph {@link brokenStart} puts together again for the line filter. */
const MAX_REFILTERED = 300;

/**
 * Where the paragraph starts that `line` ends, when a page broke it into lines: `line` holds the
 * end of a sentence (`…非營利性社會組織。更多>>`) and the lines kept right above it stop
 * mid-sentence (a heading, a date, a table, a line that ends its sentence or one shorter than the
 * line under it stops the search).
 * `kept.length` when there is none, or the paragraph is too long to read again. A line filter
 * judges the paragraph whole, as it would on one line: `line` alone may end with what the
 * filter drops (`…出行。 http://…`, `…組織。更多>>`) while the paragraph is the text's, or is not.
 */
function brokenStart(line: TextLine, kept: TextLine[]): number {
  const t = line.text;
  if (!(t.includes("。") || t.includes("！") || t.includes("？")) || startsBlock(t))
    return kept.length;
  let n = kept.length;
  let length = t.length;
  // A page breaks a paragraph at its width: each line above its last is as long as the line under
  // it or longer (a headline or a site's slogan over a note is shorter than the note).
  let below = t.length;
  while (n > 0) {
    const above = kept[n - 1] as TextLine;
    if (
      above.table ||
      above.text.length + BROKEN_SLACK < below ||
      !endsOpen(above.text) ||
      isHeadingLine(above.text) ||
      isDateLine(above.text)
    )
      break;
    below = above.text.length;
    length += above.text.length;
    if (length > MAX_REFILTERED) return kept.length;
    n--;
    if (above.blankBefore) break;
  }
  return n;
}

/** The texts of `kept[from…]` and `line`, run together. */
function joinedText(kept: readonly TextLine[], from: number, line: TextLine): string {
  let text = "";
  for (let k = from; k < kept.length; k++) text += (kept[k] as TextLine).text;
  return text + line.text;
}

/**
 * A pipe (built once, as {@link PIPES_ONLY}: a regex literal in a function is a new object at each
 * call, and every line is asked).
 */
const PIPE = /[|｜]/;
/** Pipes and spaces only, to the line's end. */
const PIPES_ONLY = /^[|｜\s]*$/;

/**
 * A line that is no table's but closes like a table cell of a web page's layout (`2011年4月22日
 * |`, a lone `|`, `1-9月进度数据发布 | |||` with blank cells after it): the pipes are the page's,
 * not the text's, and go. A line with text after a pipe is left as it is (`| a | b |` is the
 * text writer's row, `12345|12315` a number pair).
 */
function withoutCellPipe(line: TextLine): TextLine {
  const t = line.text;
  const first = t.search(PIPE);
  if (first < 0 || !PIPES_ONLY.test(t.slice(first))) return line;
  if (first > 0 && t.charAt(first - 1) !== " ") return line;
  line.text = t.slice(0, first).trimEnd();
  let n = line.spans.length;
  while (n > 0 && (line.spans[n - 2] as number) >= line.text.length) n -= 2;
  line.spans.length = n;
  return line;
}

/**
 * Takes a forum page's anti-copy noise ({@link forumNoise}) out of the raw lines, in place: a
 * line is cut around each run (a piece of white space only is no line), and `drop` is told of
 * each run.
 */
function cutForumNoise(
  source: string,
  raw: [number, number][],
  drop: (from: number, to: number) => void,
): void {
  // The lines as cut are written over `raw` in place (`w` lines so far; most texts hold no noise,
  // and a cut line mostly leaves one piece or none), and only when a line's pieces would overtake
  // the lines still to read are they gathered apart (`out`) and copied back at the end.
  let w = 0;
  let out: [number, number][] | undefined;
  const pieces: [number, number][] = [];
  for (let r = 0; r < raw.length; r++) {
    const range = raw[r] as [number, number];
    // By index, not `[s, e] = range`: array destructuring runs the iterator protocol, an object
    // a line in a loop that runs once a parse (rarely optimised).
    const s = range[0];
    const e = range[1];
    const noise = forumNoise(source, s, e);
    if (noise.length === 0) {
      if (out !== undefined) out.push(range);
      else if (w++ !== r) raw[w - 1] = range;
      continue;
    }
    pieces.length = 0;
    let from = s;
    for (const [x, y] of noise) {
      if (source.slice(from, x).trim() !== "") pieces.push([from, x]);
      drop(x, y);
      from = y;
    }
    if (source.slice(from, e).trim() !== "") pieces.push([from, e]);
    if (out === undefined && w + pieces.length > r + 1) out = raw.slice(0, w);
    for (const piece of pieces) {
      if (out !== undefined) out.push(piece);
      else raw[w++] = piece;
    }
  }
  if (out === undefined) {
    raw.length = w;
    return;
  }
  // Element by element: a spread of a long text's lines would overflow the call's arguments.
  // By index: `for…of` builds an iterator result a line in this once-a-parse loop.
  raw.length = 0;
  for (let k = 0; k < out.length; k++) raw.push(out[k] as [number, number]);
}

/** The form feed `pdftotext` puts between pages. */
const FORM_FEED = 0x0c;

/** `— 3 —`, `- 3 -`, `第3页`: a page number in a form no table cell or sentence has. */
const MARKED_PAGE_NUMBER =
  /^(?:[—–\-－]\s*\d{1,4}\s*[—–\-－]|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?)$/;

/**
 * Takes a PDF's page furniture out of the raw lines, in place, before anything reads them: a
 * page number in a form no cell has (`— 3 —`, `第3页`), any page number ({@link isPageNumber}) on
 * the last line of a page (right before a form feed), and a running header: a short line that
 * opens two pages or more after a form feed (`内部资料 注意保存`). `header` is told of each header,
 * `opens` of where the first line kept of each later page starts. The blank lines above a page
 * number (the page's margin) go with it. A table or a paragraph a page break parts then reads as one.
 */
function dropPageFurniture(
  source: string,
  raw: [number, number][],
  header: (from: number, to: number) => void,
  opens: Set<number>,
): void {
  if (!MAY_HOLD_PAGE_NUMBER.test(source)) return;
  // The lines that open a page (after a form feed), by their text.
  const opening = new Map<string, number>();
  for (let r = 0; r < raw.length; r++) {
    const range = raw[r] as [number, number];
    const s = range[0];
    if (s === 0 || source.charCodeAt(s - 1) !== FORM_FEED) continue;
    const e = range[1];
    const t = source.slice(s, e).trim();
    if (t !== "" && t.length <= 30) opening.set(t, (opening.get(t) ?? 0) + 1);
  }
  let out = 0;
  /** A form feed came after the last line kept. */
  let broke = false;
  // Where the white space after the last line's end stops ({@link pageStop}). The lines ascend,
  // and a line that ends before that stop sees the same one: a run of blank lines is scanned
  // once, not from each of its lines (which grew with the square of the run).
  let stop = -1;
  for (let r = 0; r < raw.length; r++) {
    const range = raw[r] as [number, number];
    const s = range[0];
    const e = range[1];
    const t = source.slice(s, e).trim();
    if (stop < e) stop = pageStop(source, e);
    const lastOfPage = source.charCodeAt(stop) === FORM_FEED;
    const firstOfPage = s > 0 && source.charCodeAt(s - 1) === FORM_FEED;
    broke ||= firstOfPage;
    // (A form feed right after a line break leaves an empty line: no paragraph break either.)
    if (MARKED_PAGE_NUMBER.test(t) || (lastOfPage && (t === "" || isPageNumber(t)))) {
      // The page's bottom margin above its number is no paragraph break.
      while (out > 0 && isBlankRange(source, raw[out - 1] as [number, number])) out--;
      continue;
    }
    // A form feed alone on its line (the next page's text under it) leaves an empty line too.
    if (firstOfPage && t === "") continue;
    if (firstOfPage && (opening.get(t) ?? 0) >= 2) {
      header(s, e);
      continue;
    }
    if (broke && t !== "") opens.add(s);
    if (t !== "") broke = false;
    raw[out++] = range;
  }
  raw.length = out;
}

/**
 * The first form feed or printed character at or after `source[e]`, or `source.length`: a line
 * that ends at `e` ends its page when this is a form feed (only white space and line breaks
 * between them).
 */
function pageStop(source: string, e: number): number {
  let j = e;
  while (j < source.length) {
    const c = source.charCodeAt(j);
    if (c === FORM_FEED || (!isBreakCode(c) && !isSpaceCode(c))) break;
    j++;
  }
  return j;
}

/** Whether `source[s, e)` is white space only. */
function isBlankRange(source: string, [s, e]: [number, number]): boolean {
  for (let i = s; i < e; i++) if (!isSpaceCode(source.charCodeAt(i))) return false;
  return true;
}

/** A text without a form feed or a dash or `页` holds no page number {@link dropPageFurniture} takes. */
const MAY_HOLD_PAGE_NUMBER = /[\f—–\-－页]/;

/** The ASCII marks {@link fullWidthPunctuation} may rewrite; a line without any is left as it is. */
const ASCII_MARKS = /[,;:?!().]/;

/**
 * Characters the repair may change or drop (spaces, controls, full-width forms, surrogates,
 * bullets, ASCII marks and quotes): a line without any is its own repair.
 */
const NEEDS_REPAIR = new Uint8Array(0x10000);
{
  const ranges = [
    // White space as a regex's `\s` takes it, controls, zero-width characters.
    [0x00, 0x20],
    [0x7f, 0xa0],
    [0x1680, 0x1680],
    [0x2000, 0x200d],
    [0x2028, 0x2029],
    [0x202f, 0x202f],
    [0x205f, 0x2060],
    [0x2212, 0x2212],
    [0x3000, 0x3000],
    [0xd800, 0xdfff],
    [0xfeff, 0xfeff],
    // The small marks (`1﹒`, `2.7%﹔`).
    [0xfe50, 0xfe57],
    // Full-width quotes, %, +, -, ., /, digits and letters.
    [0xff02, 0xff02],
    [0xff05, 0xff05],
    [0xff07, 0xff07],
    [0xff0b, 0xff0b],
    [0xff0d, 0xff19],
    [0xff21, 0xff3a],
    [0xff41, 0xff5a],
  ] as const;
  for (const [a, b] of ranges) NEEDS_REPAIR.fill(1, a, b + 1);
  for (const c of ",;:?!().\"'-–•·*●▪◆■○") NEEDS_REPAIR[c.charCodeAt(0)] = 1;
  NEEDS_REPAIR[0x2105] = 1; // ℅ typed for `%`
}

/** Whether `source[from, to)` holds a unit of {@link NEEDS_REPAIR}. */
function needsRepair(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (NEEDS_REPAIR[source.charCodeAt(i)] === 1) return true;
  return false;
}

/** An ASCII or full-width digit. */
const anyDigit = (n: number): boolean => (n >= 0x30 && n <= 0x39) || (n >= 0xff10 && n <= 0xff19);

const SPACE = 0x20;
/** No unit (before the start or past the end of a line). */
const NONE = -1;

/** The unit at `i` (the code unit `n`) as the repair reads it: a code unit, or {@link NONE} to drop it. */
function readUnit(source: string, i: number, n: number): number {
  if (n >= 0xd800 && n <= 0xdbff) {
    const m = source.charCodeAt(i + 1);
    return m >= 0xdc00 && m <= 0xdfff ? n : 0xfffd;
  }
  if (n >= 0xdc00 && n <= 0xdfff) {
    const m = source.charCodeAt(i - 1);
    return m >= 0xd800 && m <= 0xdbff ? n : 0xfffd;
  }
  if (n < 0x20 && n !== 9) return NONE;
  if (
    n === 0x7f ||
    (n >= 0x80 && n < 0xa0) ||
    (n >= 0x200b && n <= 0x200d) ||
    n === 0xfeff ||
    n === 0x2060
  ) {
    return NONE;
  }
  // Full-width digits, letters, %, +, /, - and quotes to ASCII; other full-width marks stay.
  if (
    (n >= 0xff10 && n <= 0xff19) ||
    (n >= 0xff21 && n <= 0xff3a) ||
    (n >= 0xff41 && n <= 0xff5a)
  ) {
    return n - 0xfee0;
  }
  switch (n) {
    case 0xff05: // ％
    case 0xff0b: // ＋
    case 0xff0f: // ／
    case 0xff0d: // －
    case 0xff02: // ＂
    case 0xff07: // ＇
      return n - 0xfee0;
    case 0x2212: // −
      return 0x2d;
    // ℅, the care-of sign, typed for `%` after a number (`同比增长15℅`: input methods' symbol boards
    // set it beside `%`); elsewhere it stays.
    case 0x2105:
      return anyDigit(source.charCodeAt(i - 1)) ? 0x25 : n;
    case 0xff0e: // ．
    // ﹒, the small form some editors set after a heading's number (`1﹒省级部门…情况。`): as `．`.
    case 0xfe52:
      return anyDigit(source.charCodeAt(i - 1)) && anyDigit(source.charCodeAt(i + 1))
        ? 0x2e
        : 0xff0e;
    // The other small forms some traditional pages set (`增長2.7%﹔本地…`): as the full-width marks.
    case 0xfe50: // ﹐
      return 0xff0c;
    case 0xfe51: // ﹑
      return 0x3001;
    case 0xfe54: // ﹔
      return 0xff1b;
    case 0xfe55: // ﹕
      return 0xff1a;
    case 0xfe56: // ﹖
      return 0xff1f;
    case 0xfe57: // ﹗
      return 0xff01;
  }
  return isSpaceCode(n) ? SPACE : n;
}

/** Bullets the extraction put before items; the strong ones need no space after them. */
/** `?`: what a lost indentation's spaces become in a copy whose encoding failed. */
const isQuestionCode = (n: number): boolean => n === 0x3f;
const isBullet = (n: number): boolean =>
  n === 0x2d /* - */ ||
  n === 0x2013 /* – */ ||
  n === 0xb7 /* · */ ||
  n === 0x2a /* * */ ||
  n === 0x25cb /* ○ */ ||
  isStrongBullet(n);
const isStrongBullet = (n: number): boolean =>
  n === 0x2022 /* • */ ||
  n === 0x25cf /* ● */ ||
  n === 0x25aa /* ▪ */ ||
  n === 0x25c6 /* ◆ */ ||
  n === 0x25a0; /* ■ */

/** Repairs one input line (`source[from, to)`): characters, bullets, punctuation, spaces. */
function cleanLine(source: string, from: number, to: number, scratch: Scratch): TextLine {
  const raw = source.slice(from, to);
  if (!needsRepair(source, from, to) && !(scratch.markup && raw.includes("[")))
    return { text: raw, spans: raw === "" ? [] : [0, from] };
  scratch.fit(to - from);
  const { units, from: at, out } = scratch;
  let length = 0;
  for (let i = from; i < to; i++) {
    const n = source.charCodeAt(i);
    // Han characters, ASCII letters and digits and the common Chinese marks are kept as they are.
    if (
      (n >= 0x4e00 && n <= 0x9fff) ||
      (n >= 0x30 && n <= 0x39) ||
      (n >= 0x61 && n <= 0x7a) ||
      (n >= 0x3001 && n <= 0x303f) ||
      n === 0xff0c ||
      n === 0xff1b ||
      n === 0xff1a ||
      n === 0xff08 ||
      n === 0xff09
    ) {
      units[length] = n;
      at[length++] = i;
      continue;
    }
    if (n === 0x5b /* [ */ && scratch.markup) {
      const end = markupEnd(source, i, to);
      if (end > 0) {
        i = end - 1;
        continue;
      }
    }
    if (n === 0x28 /* ( */ && length > 0 && isHanCode(units[length - 1] as number)) {
      const after = pinyinEnd(source, i + 1, to);
      if (after > 0) {
        i = after - 1;
        continue;
      }
    }
    // `…某某频道 ?`: a character the copy lost, spaced off the Chinese text at the line's end (no
    // question it asks, which its words end), is dropped with what follows (marks and spaces).
    if (
      n === 0x3f &&
      units[length - 1] === SPACE &&
      isCjkCode(units[length - 2] as number) &&
      /^[?\s]*$/.test(source.slice(i, to))
    )
      break;
    const c = readUnit(source, i, n);
    if (c === NONE) continue;
    if (c === SPACE && (length === 0 || units[length - 1] === SPACE)) continue;
    units[length] = c;
    at[length++] = i;
  }
  while (length > 0 && units[length - 1] === SPACE) length--;
  // Bullets the extraction put before items: `- (二)`, `• …`.
  let lead = 0;
  while (lead < length) {
    const b = units[lead] as number;
    if (!isBullet(b)) break;
    const next = lead + 1 < length ? (units[lead + 1] as number) : NONE;
    if (next === SPACE) lead += 2;
    else if (isStrongBullet(b) && next !== NONE) lead += 1;
    else break;
  }
  // `??一、…`, `???? ?公立醫院`: a paragraph's indentation (`　　`) whose spaces a copy's encoding
  // turned into `?`, two or more of them (with spaces between) before the text. One
  // `?` opening a line (a question broken before its mark) and a blank cell's lone `?` stay.
  if (lead === 0 && isQuestionCode(units[0] as number)) {
    let marks = 0;
    let k = 0;
    for (; k < length; k++) {
      const u = units[k] as number;
      if (isQuestionCode(u)) marks++;
      else if (u !== SPACE) break;
    }
    if (marks >= 2 && k < length) lead = k;
  }
  if (lead > 0 && !isPageNumber(stringOf(units, length))) {
    units.copyWithin(0, lead, length);
    at.copyWithin(0, lead, length);
    length -= lead;
  }
  if (ASCII_MARKS.test(raw)) fullWidthPunctuation(units, length, scratch);
  // Spaces next to Chinese text are artifacts; spaces between Latin words, a number and a
  // Latin unit (`30 km`), or after a comma between digits (`3, 4`) stay.
  // The runs go to scratch first, and the line's array is made at its size: an array grown by
  // `push` keeps room for 16 more numbers, on every line the parse holds to its end.
  const runs = scratch.runs;
  let k = 0;
  let kept = 0;
  let last = -1;
  let expected = NONE;
  // Where a converter's reading or a markup tag was dropped (`服務(wù)業`, `[b]`): no space stood there.
  let unspaced: number[] | undefined;
  for (let i = 0; i < length; i++) {
    const c = units[i] as number;
    if (c === SPACE && last >= 0) {
      const l = units[last] as number;
      const r = i + 1 < length ? (units[i + 1] as number) : NONE;
      if (strayBetween(l, chineseAt(units, length, last), r, chineseAt(units, length, i + 1)))
        continue;
    }
    if (c !== SPACE) last = i;
    const offset = at[i] as number;
    if (offset !== expected) {
      runs[k++] = kept;
      runs[k++] = offset;
      const n = source.charCodeAt(expected);
      if (
        kept > 0 &&
        ((n === 0x28 && pinyinEnd(source, expected + 1, to) === offset) ||
          (n === 0x5b && scratch.markup && markupEnd(source, expected, to) === offset))
      ) {
        unspaced ??= [];
        unspaced.push(kept);
      }
    }
    out[kept++] = c;
    expected = offset + 1;
  }
  const spans: number[] = k === 2 ? [runs[0] as number, runs[1] as number] : [];
  if (k !== 2) for (let j = 0; j < k; j++) spans.push(runs[j] as number);
  const text = unchanged(source, from, to, out, kept) ? raw : stringOf(out, kept);
  return unspaced ? { text, spans, unspaced } : { text, spans };
}

/**
 * Whether the repaired units `out[0, kept)` are the input's `source[from, to)` as they were (a
 * line of `3.5%` or `1-5月` needs a look but no change): the input's slice then serves, and no
 * string is built.
 */
function unchanged(
  source: string,
  from: number,
  to: number,
  out: Uint16Array,
  kept: number,
): boolean {
  if (kept !== to - from) return false;
  for (let k = 0; k < kept; k++) if (out[k] !== source.charCodeAt(from + k)) return false;
  return true;
}

/** Whether the space between `l` and `r` (each Chinese or not, as `chineseAt` reads it) is stray. */
function strayBetween(l: number, lCn: boolean, r: number, rCn: boolean): boolean {
  if (lCn) return rCn || isDigitCode(r) || r === 0x2b /* + */ || r === 0x25 /* % */;
  if (rCn) return isDigitCode(l) || l === 0x2b || l === 0x25;
  return isDigitCode(l) && r === 0x25;
}

/**
 * Marks that Chinese and Latin text share: the ASCII marks the repair may write full-width,
 * straight and curly quotes, dashes and the ellipsis (`"',;:?!()“”‘’—―…`). Such a mark belongs
 * to the text around it.
 */
function isShared(n: number): boolean {
  switch (n) {
    case 0x22: // "
    case 0x27: // '
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x3f: // ?
    case 0x21: // !
    case 0x28: // (
    case 0x29: // )
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x2014: // —
    case 0x2015: // ―
    case 0x2026: // …
      return true;
    default:
      return false;
  }
}

/** Han text and the marks only Chinese text uses (CJK punctuation, full-width forms). */
const chineseOnly = (n: number): boolean => isCjkCode(n) && !isShared(n);

/** Whether the first unit of `c` is Han text or a mark only Chinese text uses. */
const chineseOnlyChar = (c: string): boolean => c !== "" && chineseOnly(c.charCodeAt(0));

/** How far `chineseAt` looks past a run of shared marks (keeps the repair linear). */
const MARK_REACH = 8;

/**
 * Whether the unit at `i` of `units[0, length)` is Chinese text for the decisions of the
 * repair: Han text and Chinese-only marks are; a shared mark is when the nearest character past
 * the spaces and shared marks on either side is Chinese (`好",` but not `residents,"` or
 * `3, 4`). The repair only writes a shared mark full-width or curly where it is Chinese, so
 * repairing the result again decides the same way.
 */
function chineseAt(units: Uint16Array, length: number, i: number): boolean {
  if (i < 0 || i >= length) return false;
  const c = units[i] as number;
  if (c === SPACE) return false;
  if (!isShared(c)) return chineseOnly(c);
  for (let step = -1; step <= 1; step += 2) {
    for (let j = i + step, k = 0; k < MARK_REACH && j >= 0 && j < length; j += step, k++) {
      const d = units[j] as number;
      if (d === SPACE || isShared(d)) continue;
      if (chineseOnly(d)) return true;
      break;
    }
  }
  return false;
}

/** What a bracket pair holds that makes it Chinese: Chinese text or quotes (not ASCII marks). */
const chineseInside = (n: number): boolean => isCjkCode(n) || n === 0x22 || n === 0x27;

/** The index of the nearest unit that is not a space, looking from `i` in `step` direction. */
function neighbourAt(units: Uint16Array, length: number, i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < length && units[j] === SPACE) j += step;
  return j;
}

/** The nearest unit that is not a space, from `i` in `step` direction ({@link NONE} if none). */
function neighbour(units: Uint16Array, length: number, i: number, step: 1 | -1): number {
  const j = neighbourAt(units, length, i, step);
  return j >= 0 && j < length ? (units[j] as number) : NONE;
}

/** Whether the nearest unit that is not a space, from `i` in `step` direction, is Chinese. */
const chineseNext = (units: Uint16Array, length: number, i: number, step: 1 | -1): boolean =>
  chineseAt(units, length, neighbourAt(units, length, i, step));

/** The full-width form of an ASCII mark (`,` → `，`, `(` → `（`). */
const fullWidth = (n: number): number => n + 0xfee0;

/** The ASCII marks {@link fullWidthPunctuation} decides on. */
const isAsciiMark = (n: number): boolean =>
  n === 0x2c ||
  n === 0x3b ||
  n === 0x3a ||
  n === 0x3f ||
  n === 0x21 ||
  n === 0x2e ||
  n === 0x28 ||
  n === 0x29;

/** How many characters other than spaces a decision of {@link fullWidthPunctuation} looks past. */
const DECISION_REACH = MARK_REACH + 2;

/**
 * ASCII marks in Chinese text become full-width, as GB/T 15834-2011 writes them: `,` `;` `:`
 * `?` `!` next to Chinese text, a `.` that ends a Chinese sentence, and bracket pairs that
 * touch or hold Chinese text. `1,000`, `15:40` and `(API)` in Latin text stay.
 *
 * A mark written full-width is Chinese text for the marks around it (`&lt;(2025年)` → `&lt；（`,
 * `(a(1))中` → `（a（1））中`), so the marks are decided until none changes: a worklist holds the
 * marks to decide, and a mark that turns puts back the marks within reach of it and the pair
 * around it. Each turn puts back a bounded number of marks, so this stays linear, and the result
 * is what deciding again would give (the repair is idempotent).
 */
function fullWidthPunctuation(units: Uint16Array, length: number, scratch: Scratch): void {
  const work: number[] = [];
  let brackets = false;
  for (let i = 0; i < length; i++) {
    const c = units[i] as number;
    if (isAsciiMark(c)) {
      work.push(i);
      if (c === 0x28 || c === 0x29) brackets = true;
    }
  }
  if (work.length === 0) return;
  const marks: Marks = {
    units,
    length,
    work,
    pairs: brackets ? bracketPairs(units, length, scratch) : undefined,
  };
  while (work.length > 0) decide(marks, work.pop() as number);
}

/** The ASCII bracket pairs of a line (matched as a stack) and what lies around and inside them. */
interface BracketPairs {
  /** The index of the other bracket of a matched pair, or -1. */
  partner: Int32Array;
  /** The opening index of the innermost open bracket around each unit, or -1. */
  around: Int32Array;
  /** How many units before each index hold Chinese text or quotes (`chineseInside`). */
  inside: Int32Array;
  /** 1 on a pair's opening index once a unit inside the pair has turned full-width. */
  turnedInside: Uint8Array;
}

/** A line's marks being decided: its units, the marks still to decide, its bracket pairs. */
interface Marks {
  units: Uint16Array;
  length: number;
  work: number[];
  pairs: BracketPairs | undefined;
}

/** The bracket pairs of `units[0, length)`, in the arrays of `scratch` (fitted to `length`). */
function bracketPairs(units: Uint16Array, length: number, scratch: Scratch): BracketPairs {
  const { partner, around, inside, turnedInside } = scratch;
  partner.fill(-1, 0, length);
  turnedInside.fill(0, 0, length);
  inside[0] = 0;
  const open: number[] = [];
  for (let i = 0; i < length; i++) {
    const c = units[i] as number;
    inside[i + 1] = (inside[i] as number) + (chineseInside(c) ? 1 : 0);
    if (c === 0x29 && open.length > 0) {
      const o = open.pop() as number;
      partner[o] = i;
      partner[i] = o;
    }
    around[i] = open.length > 0 ? (open[open.length - 1] as number) : -1;
    if (c === 0x28) open.push(i);
  }
  return { partner, around, inside, turnedInside };
}

/** Decides the mark at `i` (nothing if it is no longer an ASCII mark). */
function decide(marks: Marks, i: number): void {
  const { units, length, pairs } = marks;
  const c = units[i] as number;
  if (!isAsciiMark(c)) return;
  const p = pairs === undefined ? -1 : (pairs.partner[i] as number);
  if (pairs !== undefined && p >= 0) {
    const o = Math.min(i, p);
    const e = Math.max(i, p);
    if (
      chineseNext(units, length, o, -1) ||
      chineseNext(units, length, e, 1) ||
      pairs.turnedInside[o] === 1 ||
      (pairs.inside[e] as number) - (pairs.inside[o + 1] as number) > 0
    ) {
      turn(marks, o, fullWidth(0x28));
      turn(marks, e, fullWidth(0x29));
    }
  } else if (c === 0x2e /* . */) {
    const r = neighbour(units, length, i, 1);
    // `…使用情况. 2007年全国…`: after Chinese text, a `.` a space parts from the digits of the next
    // sentence ends a sentence too; `情况.2007年` (no space), `Vol. 17` and `1. 2` (no Chinese before
    // it) stay.
    if (
      isHanCode(neighbour(units, length, i, -1)) &&
      (r === NONE || chineseNext(units, length, i, 1) || (units[i + 1] === 0x20 && isDigitCode(r)))
    )
      turn(marks, i, 0x3002 /* 。 */);
  } else {
    if (c === 0x2c || c === 0x3a) {
      // `1,000` and `15:40` stay.
      const l = neighbour(units, length, i, -1);
      const r = neighbour(units, length, i, 1);
      if (isDigitCode(l) && isDigitCode(r)) return;
    }
    if (chineseNext(units, length, i, -1) || chineseNext(units, length, i, 1))
      turn(marks, i, fullWidth(c));
  }
}

/** Writes the mark at `i` as `to` and puts back what may decide otherwise now. */
function turn(marks: Marks, i: number, to: number): void {
  const { units, length, work, pairs } = marks;
  units[i] = to;
  for (let step = -1; step <= 1; step += 2) {
    for (let j = i + step, seen = 0; j >= 0 && j < length && seen < DECISION_REACH; j += step) {
      const d = units[j] as number;
      if (d === SPACE) continue;
      seen++;
      if (isAsciiMark(d)) work.push(j);
    }
  }
  if (pairs === undefined) return;
  // The pair most closely around `i` now holds Chinese text.
  const o = pairs.around[i] as number;
  if (o >= 0 && (pairs.partner[o] as number) >= 0) {
    pairs.turnedInside[o] = 1;
    work.push(o);
  }
}

/**
 * A line short enough to be a table's cell, written one a line: a word, a figure (`719`,
 * `25.42%`, `数量(件)`), no sentence's mark, no heading's marker (`二、存在问题`).
 */
const isCellLike = (t: string): boolean =>
  t.length <= 12 && !SENTENCE_MARK.test(t) && !startsBlock(t);

/**
 * Whether `text`, a bare number (`719`) that {@link isPageNumber} takes for a page's, stands
 * among a table's cells written one a line: the line kept above it or the next line below it
 * (page furniture aside) is cell-like ({@link isCellLike}). A page's number stands between the
 * lines of the text (`…同比` / `3` / `增长12.3%…`), a cell among cells (`食品` / `719` / `25.42%`).
 */
function amongCells(
  text: string,
  kept: readonly TextLine[],
  r: number,
  raw: readonly [number, number][],
  cleanRow: (r: number) => TextLine,
): boolean {
  if (!/^\d{1,3}$/.test(text)) return false;
  const above = kept[kept.length - 1]?.text;
  if (above !== undefined && isCellLike(above)) return true;
  for (let k = r + 1; k < raw.length; k++) {
    const [from, to] = raw[k] as [number, number];
    if (from === to) continue;
    const below = cleanRow(k).text;
    if (below === "" || (isPageNumber(below) && !/^\d{1,3}$/.test(below))) continue;
    return isCellLike(below);
  }
  return false;
}

/** `18:37`: a clock time alone on its line. */
const CLOCK_ALONE = /^(?:[01]?\d|2[0-3]):[0-5]\d$/;

/**
 * `2025` / `04/25`: a web page's date printed as a tile, the year alone on the text's first line and
 * the month and day (a valid one, `/` or `-` between them) on the next.
 */
function isDateTile(first: string, second: string): boolean {
  if (!/^(?:19|20)\d{2}$/.test(first)) return false;
  const m = /^(\d{1,2})[/-](\d{1,2})$/.exec(second);
  if (m === null) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A page's number alone (`3`), and a page's number printed with the page count (`第3页共12页`, `3/12`). */
const PAGE_DIGITS = /^\d{1,3}$/;
const PAGE_OF_PAGES = /^(?:第\d{1,3}页(?:[/，,]?共\d{1,3}页)?|\d{1,3}\/\d{1,3})$/;

/**
 * `— 1 —`, `- 2 -`, `第3页`, `3/12`, a lone page number. A dash before the number alone is a
 * minus (`-100`, a table's change), not a page number's mark.
 */
export function isPageNumber(text: string): boolean {
  if (text.length > 20) return false;
  let s = text;
  let before = false;
  let after = false;
  while (s !== "" && "—–-－ ".includes(s.charAt(0))) {
    s = s.slice(1);
    before = true;
  }
  while (s !== "" && "—–-－ ".includes(s.charAt(s.length - 1))) {
    s = s.slice(0, -1);
    after = true;
  }
  if (before && !after && /^\d/.test(s)) return false;
  const dashed = before;
  s = s.replaceAll(" ", "");
  if (PAGE_DIGITS.test(s)) return true;
  return PAGE_OF_PAGES.test(s) || (dashed && /^\d{1,4}$/.test(s));
}

/** Where the body starts: the first heading, item, or line that reads as a paragraph. */
export function bodyStart(lines: TextLine[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as TextLine).text;
    if (startsBlock(t) || t.length >= 40 || /[。，；]/.test(t)) return i;
  }
  return lines.length;
}

const isStandalone = (t: string): boolean => t.length <= 30 && !CLAUSE_MARK.test(t);
/** A sentence's or a clause's mark. */
const CLAUSE_MARK = /[。，；：！？]/;

/** A line of words only (no marks): what a running header is. */
function isBare(t: string): boolean {
  // By code unit (a string a character costs an allocation for each Han one); a surrogate,
  // which `for…of` would read with its pair, is none of these either way.
  for (let i = 0; i < t.length; i++) {
    const n = t.charCodeAt(i);
    if (!(isHanCode(n) || isDigitCode(n) || isLatinCode(n) || n === SPACE)) return false;
  }
  return true;
}

/**
 * Whether line `i` stands in a column of cells, a table written one cell a line: three or more
 * of the three lines on each side of it are cell-like ({@link isCellLike}). A head cell printed
 * over two tables (`项目`) repeats as a running header does, but among cells; a header stands
 * between the text's long lines (a page number beside it at most).
 */
function inColumnOfCells(lines: readonly TextLine[], i: number): boolean {
  let cells = 0;
  for (let k = Math.max(0, i - 3); k <= Math.min(lines.length - 1, i + 3); k++) {
    const line = lines[k] as TextLine;
    if (k !== i && line.table === undefined && isCellLike(line.text)) cells++;
  }
  return cells >= 3;
}

/**
 * Running headers: after the body starts, short lines without a sentence mark that repeat the
 * first line (the bulletin's name) or occur twice or more (a header on every page), unless they
 * stand among a table's cells ({@link inColumnOfCells}).
 */
function dropRunningHeaders(lines: TextLine[], repeated: TextLine[]): TextLine[] {
  const start = bodyStart(lines);
  const first = lines[0]?.text;
  const counts = new Map<string, number>();
  for (let i = start; i < lines.length; i++) {
    const t = (lines[i] as TextLine).text;
    if (isStandalone(t) && isBare(t) && !startsBlock(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const out: TextLine[] = [];
  let blank = false;
  lines.forEach((line, i) => {
    const keep =
      i < start ||
      line.table !== undefined ||
      !isStandalone(line.text) ||
      startsBlock(line.text) ||
      !(line.text === first || (counts.get(line.text) ?? 0) >= 2) ||
      // `从类别看` over a breakdown under two of the report's heads: a sub-head, no header.
      (line.text !== first && isViewHead(line.text)) ||
      (line.text !== first && inColumnOfCells(lines, i)) ||
      signsOverDate(lines, i);
    if (!keep) {
      blank ||= line.blankBefore === true;
      repeated.push(line);
      return;
    }
    if (blank) line.blankBefore = true;
    blank = false;
    out.push(line);
  });
  return out;
}

/**
 * `某区人民政府办公室` / `2023年5月20日` after a notice's last sentence: a 落款, the issuer's name
 * over the whole date it signed on. The name repeats the notice's head (`某区人民政府办公室` over its
 * title), as a running header repeats, but it signs the text: it is kept. Not a name under its
 * date, nor one over a sentence, nor one over a date and time (a page's stamp).
 */
function signsOverDate(lines: readonly TextLine[], i: number): boolean {
  const over = lines[i - 1];
  const next = lines[i + 1];
  return (
    over !== undefined &&
    next !== undefined &&
    over.table === undefined &&
    next.table === undefined &&
    closesSentence(over.text) &&
    isDateLine(next.text)
  );
}

/** Whether a line ends in the middle of a sentence (a split word or sentence). */
function endsOpen(text: string): boolean {
  const c = text.charAt(text.length - 1);
  if (c === "" || SENTENCE_END.includes(c) || "\"'“‘%/".includes(c) || isDigit(c)) return false;
  // `附件1 某区抽检情况.xls`: an attachment's file name ends its line.
  if (isLatin(c) && FILE_NAME_END.test(text)) return false;
  return isHan(c) || isLatin(c) || "，,、（(《—".includes(c);
}

/**
 * A file's extension closing a line after its name (`…抽检情况.xls`, `…名单.DOCX`, `….pdf`): an
 * attachment's file name, which ends where the page printed it.
 */
const FILE_NAME_END = /[\u4e00-\u9fff\w）)]\.(?:docx?|xlsx?|pdf|wps|ofd|et|zip|rar)$/i;

/** A line that is only a date and time, `2021-09-06 16:17`: a page's date line. */
const DATE_TIME_LINE = new RegExp(`^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s*${CLOCK_SOURCE})?$`);

/** How far back a sentence in progress shows its `，`. */
const CLAUSE_REACH = 40;

/**
 * A line that opens with a figure and its unit (`34个，…`, `1,054,029 件`) or is a number alone
 * (`1054029`, `100%`): not `12345热线本月…`.
 */
const FIGURE_OPENS =
  /^\d[\d.,]*(?:\s*[多余]?[万亿]?[件个项人户家条笔吨辆次元名位封面块天宗起例所座处篇张%]|%?$)/;

/** The start of a number at a line's end, after Han text: `占52.`, `流转71`, `共1,`, `零售额3.25亿`. */
const SPLIT_NUMBER_END = /[\u4e00-\u9fff：:]\d+(?:[.,]\d*)?([万亿萬億])?$/;
/**
 * The last units a {@link SPLIT_NUMBER_END} match may end with (a digit, the `.` or `,` of
 * decimals begun, a scale): a text that ends otherwise is not tried at each of its positions.
 */
const SPLIT_NUMBER_LAST = "0123456789.,万亿萬億";
/** The digits (and decimals) that open a line, then an approximation's word and a scale. */
const NUMBER_REST = /^\d+(?:[.,]\d+)?(?=[^\d.,])([多余]?[万亿萬億]?)/;

/**
 * The rest of a number broken at a line's end, opening `next` (`7%，`, `0件`, `284万千瓦时`,
 * `136 件`, after a scale `元，`): digits, then a clause mark or a scale and any unit a figure is
 * read with ({@link unitLengthAt}). Returns where the unit or mark ends, or -1.
 */
function numberRestEnd(next: string, scaled: boolean): number {
  let j = 0;
  if (!scaled) {
    const m = NUMBER_REST.exec(next);
    if (m === null) return -1;
    j = m[0].length;
    if (m[1] === "" && /^[%％，。；、]/.test(next.slice(j))) return j + 1;
    if (next.charAt(j) === " ") j++;
  }
  const unit = unitLengthAt(next, j);
  return unit === 0 ? -1 : j + unit;
}
/** The rest of a number at a line's start, then its unit, mark or decimals: `7%，`, `0件`, `75亿元`. */
const SPLIT_NUMBER_START =
  /^\d+(?:[.,]\d+)?(?:[%％，。；、]|[多余]?[万亿]?[件个项人户家条笔吨辆次元名位封面块天宗起例所座处篇张批种台套份])/;

/** `1.`, `2、`, `3．`: an item's number opening a line (not a decimal's first digits). */
const NUMBERED_START = /^\d{1,2}[.、．](?!\d)/;
/**
 * A closing mark opening a line: it closes the sentence of the line before. Not `？。` (`?。ㄒ唬┙邓`):
 * a copy read in the wrong encoding prints a full-width mark opening its line (the `（` of `（一）`)
 * so, a `?` for the bytes it could not read and a `。` from the bytes after them; no sentence closes
 * with both marks, and the line is none of the line before (a heading, `一、水資源量`, over it).
 */
const CLOSING_MARK_START = /^(?!？。)[。，、；：！？）”》]/;

/** A unit or word that follows a number: `件`, `个`, `多件`, `年5月`. */
const AFTER_NUMBER = /^[多余万亿件个项人户家条笔吨辆次元名位封面块年月日天%]/;

/**
 * `…各类牛皮癣10614` + `处。`, `1833.76` + `平方米违建。`: a line under a number that opens with a unit
 * of any figure ({@link unitLengthAt}), one of two or more characters or one alone before a clause's
 * mark or the line's end (`处理…`, `天气…` open words, no unit).
 */
function unitLineAfterNumber(next: string): boolean {
  const n = unitLengthAt(next, 0);
  return n > 1 || (n === 1 && (next.length === 1 || /^[，。；、,;]/.test(next.slice(1))));
}

/**
 * Whether a copy broke a sentence at a figure (a document converted with each number in a run of
 * its own): `…共有进驻单位` + `34个，窗口…` (a sentence in progress, its `，` said so, then a line
 * that opens with a number), `…受理业务` + `1054029` + `件，日均…` (a number, then its unit),
 * or a line that opens with a closing mark (`。自…`): no line begins a paragraph so.
 */
function splitAtFigure(head: string, tail: string, next: string): boolean {
  // `head` is the first line of the paragraph joined so far, `tail` its last characters.
  if (
    tail === "" ||
    next === "" ||
    startsBlock(next) ||
    isTailLine(head) ||
    NUMBERED_START.test(next)
  )
    return false;
  if (CLOSING_MARK_START.test(next)) return true;
  // A number broken at the line's end, in a sentence in progress: `…占52.` + `7%，…`, `…流转71` +
  // `0件。` (a PDF's page grid breaks inside numbers).
  // So is one whose rest a unit of any figure follows (`…用电量215` + `284万千瓦时，`), one broken
  // after its scale (`…零售额3.25亿` + `元，`), and one after a label's colon (`投诉类工单：1` + `136件；`);
  // with no `，` before it, the rest then closes its clause (`…诉求17` + `3.83万件，`) under a line
  // that is no heading.
  const split = oneOf(SPLIT_NUMBER_LAST, tail.charAt(tail.length - 1))
    ? SPLIT_NUMBER_END.exec(tail)
    : null;
  if (split !== null) {
    const clause = /[，,：:]/.test(tail.slice(-CLAUSE_REACH));
    if (SPLIT_NUMBER_START.test(next) && clause) return true;
    const end = numberRestEnd(next, split[1] !== undefined);
    if (end > 0 && (clause || (/^[，。；、,;]/.test(next.slice(end)) && !isMarkedHead(head))))
      return true;
  }
  const last = tail.charAt(tail.length - 1);
  const beforePercent = last === "%" ? tail.charAt(tail.length - 2) : last;
  if (isDigit(beforePercent) && (AFTER_NUMBER.test(next) || unitLineAfterNumber(next))) return true;
  const end = tail.slice(-CLAUSE_REACH);
  return (
    isHan(last) &&
    (end.includes("，") || end.includes(",")) &&
    FIGURE_OPENS.test(next) &&
    !isDateLine(next) &&
    // A date (`2021-09-06 16:17`, `2021年9月6日`) under a title is the page's date line.
    !/^\d{4}[-/.年]\d{1,2}/.test(next) &&
    // `工业生产平稳，投资较快增长` / `1-5月，全县…`: a heading over a paragraph that opens with its
    // period; a month goes on a sentence only after the word that asks for it (`截至` / `11月30日`).
    (!/^\d{1,2}(?:[-—～~至]\d{1,2})?月/.test(next) || "至到于在从自止".includes(last)) &&
    !isMarkedHead(head)
  );
}

/**
 * `——2024年11月27日在市六届人大常委会第十二次会议上` / `市政府党组成员、市财政局局长 姜国杰`: the last line
 * out is a report's delivery line ({@link isDeliveryLine}, whole: a delivery line broken over two
 * is joined first), or the speaker's line right under one ({@link isSpeakerLine}). Each ends where
 * its writer ended it, whatever follows (a page's short lines of body text may read as a paragraph
 * the width broke): the two joined would read as one title.
 */
function closesHead(out: readonly TextLine[]): boolean {
  const last = out[out.length - 1] as TextLine;
  if (last.table) return false;
  if (isDeliveryLine(last.text)) return true;
  const above = out[out.length - 2];
  return (
    above !== undefined && !above.table && isDeliveryLine(above.text) && isSpeakerLine(last.text)
  );
}

/** Longest headline {@link standsApart} keeps apart. */
const MAX_APART_HEADLINE = 30;

/**
 * `作为…平台，它不仅是…的晴雨表，…` / `12345：件件有落实 事事有回音` / `…图为12345接线员正在登记群众诉求`:
 * in a copy whose paragraphs are lines (no page grid), a short heading (no sentence's mark, half as
 * long as the line over it and as the line under it, or less) ends where its writer ended it: a
 * line the page's width broke is as long as the lines around it, or is a paragraph's last.
 */
function standsApart(lines: readonly TextLine[], i: number): boolean {
  const text = (lines[i] as TextLine).text;
  const above = lines[i - 1];
  const below = lines[i + 1];
  return (
    text.length <= MAX_APART_HEADLINE &&
    above !== undefined &&
    below !== undefined &&
    text.length * 2 <= above.text.length &&
    text.length * 2 <= below.text.length &&
    (isBareHeading(text) || (isAnyFigureSubhead(text) && closesSentence(above.text)))
  );
}

/**
 * `…了解到的情况。` / `群众总体满意率97.01%`: the last line out is a subhead that states a figure
 * ({@link isAnyFigureSubhead}) under a line that closes a sentence: it ends where its writer ended it.
 */
function subheadAfterSentence(out: readonly TextLine[]): boolean {
  const last = out[out.length - 1];
  const before = out[out.length - 2];
  return (
    last !== undefined &&
    before !== undefined &&
    !before.table &&
    isAnyFigureSubhead(last.text) &&
    closesSentence(before.text)
  );
}

/**
 * Whether `head`, a paragraph's first line, is a marked heading (`（一）受理情况`, `一、总体情况，…`)
 * rather than a paragraph that opens with its run-in title (`（一）受理情况。本月…`: a sentence's
 * end in it): a figure on the next line opens the paragraph under a heading.
 */
const isMarkedHead = (head: string): boolean =>
  (itemMarkerLength(head) > 0 || sectionMarkerLength(head) > 0) && !head.includes("。");

/**
 * Whether a blank line may lie inside the paragraph that `prev` and `next` split: only a word
 * split between Chinese characters, as a page break leaves it (`…相关工` + `作；在…`). Latin
 * text never joins across a blank line.
 */
function joinsAcrossBlank(prev: string, next: string): boolean {
  const last = prev.charAt(prev.length - 1);
  return (isHan(last) || oneOf("，、（《", last)) && chineseOnlyChar(next.charAt(0));
}

/** A figure or a clause's mark: a line at a page's top holding one is no heading there. */
const PAGE_TOP_TEXT = /[\d、，；：]/;

/**
 * Joins a body line that stops mid-sentence with the next line, across the page numbers and
 * running headers of a page break: `…相关工` + `作；在…` → `…相关工作；在…`. A blank line ends
 * the paragraph, except inside a word split between Chinese characters (see `joinsAcrossBlank`).
 */
function joinSplitParagraphs(lines: TextLine[], joins: Set<TextLine>, source: string): TextLine[] {
  const first = bodyStart(lines);
  const page = pageWidth(lines, first, source);
  const start = firstLineOfBody(lines, first, page, source);
  const out: TextLine[] = lines.slice(0, start);
  // A heading in a web copy (where a paragraph is a line) is much shorter than the text's long
  // lines and ends where its writer ended it; it is not a paragraph split by the page's width.
  let wide = 0;
  for (let i = start; i < lines.length; i++)
    wide = Math.max(wide, (lines[i] as TextLine).text.length);
  const graphic = page === 0 ? graphicLines(lines, start, wide) : undefined;
  let open = false;
  /** `open` only because the last line fills the page. */
  let byPage = false;
  /** `byPage`, and the last line reads as a heading ({@link readsAsHeading}). */
  let pageHeading = false;
  /** The last line fills the page's width (a page break under it parts a paragraph). */
  let filled = false;
  // The last characters of the last line out. A joined line's text grows by `+=`, and reading a
  // character of such a string copies all of it (V8 flattens it): reading the end of a
  // paragraph of many joined lines at every join would cost the square of its length. `head`
  // is the first line of that paragraph, for what its start says.
  let tail = "";
  let head = "";
  /**
   * The last line out starts a paragraph after a blank line under a closed sentence
   * (`…整合成效逐步顯現。` / `` / `電商旅游投訴量大 廣告問題舉報最多`). Such a line of words alone
   * ({@link isBareHeading}, figures allowed: `仁怀地区生产总值居首 南明、云岩超过 500 亿元`) goes on
   * across the blank line under it into nothing, however wide: a PDF re-wraps the paragraphs
   * around a heading to the page's width, and a heading as wide as the page reads as a wrapped
   * line; the blank lines on both sides and the closed sentence above part it from them. (A word
   * a page break split, `…相关工` / `` / `作；在…`, ends no such line: it follows no closed sentence.)
   */
  let lastApart = false;
  /** The last line out is a report's delivery line, or its speaker's line under it ({@link closesHead}). */
  let headClosed = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    const prev = out[out.length - 1];
    // A line that only its width keeps open (`…如下：`) goes on into no numbered point, and a
    // heading as wide as the page only into the end of its run-in title.
    const goesOn =
      open &&
      !(byPage && NUMBERED_MARKER.test(line.text)) &&
      // `…共计12` / `2022年5月，…`: a year opens a line; it does not go on a number.
      !(byPage && isDigit(tail.charAt(tail.length - 1)) && OPENS_WITH_YEAR.test(line.text)) &&
      !(pageHeading && !endsRunInTitle(line.text)) &&
      !(page === 0 && standsApart(lines, i));
    // The lines above the first paragraph that firstLineOfBody found its start go on into it.
    const opening = i > start && i <= first;
    const continues =
      (opening ||
        goesOn ||
        (prev !== undefined && !prev.table && splitAtFigure(head, tail, line.text))) &&
      prev &&
      !headClosed &&
      !line.table &&
      line.pageLineBefore !== true &&
      !startsBlock(line.text) &&
      !RANKED_ENTRY.test(line.text) &&
      // `…汇报如下。一、上半年工作开展情况` / `1、经济建设…`: a heading run on at the end of its lead-in's
      // line goes on into no numbered point, nor into its text opening with a year (`2020年末，…`).
      !(
        (NUMBERED_MARKER.test(line.text) || /^\d{4}年/.test(line.text)) &&
        headingAtLineEnd(tail) >= 0
      ) &&
      !isDateLine(line.text) &&
      !isGarbledDateLine(line.text) &&
      !DATE_TIME_LINE.test(line.text) &&
      !isDeliveryLine(line.text) &&
      // A short headline of figures its lede restates ends where its writer ended it.
      !(!joins.has(prev) && head.length * 2.5 < wide && restatedBelow(head, line.text)) &&
      // A page's title bar (`标题 - 栏目 - 某某网`) over its headline printed again goes on into
      // no line that repeats its start.
      !(!joins.has(prev) && line.text.length >= 8 && head.startsWith(line.text)) &&
      // So does the text's first line when it is a headline whose kicker a dash parts from it.
      !(out.length === 1 && !joins.has(prev) && dashedKicker(prev.text) !== undefined);
    // A heading much shorter than the text's lines after a blank line starts a part of its own,
    // even when the paragraph before it lacks its closing mark (`…1.9个百分点` / `固定资产投资增速趋缓`).
    // So does one at the top of a page under a line short of the page's width, where a blank line
    // may have stood: words alone (no figure or clause mark: the rest of a paragraph the page broke
    // holds one, `…竣工11.16万` / `平方米农民新居、…`).
    const headingAfterBlank =
      (line.blankBefore === true ||
        (line.pageBreakBefore === true && !filled && !PAGE_TOP_TEXT.test(line.text))) &&
      line.text.length * 2.5 < wide &&
      isBareHeading(line.text);
    if (
      prev &&
      continues &&
      (line.blankBefore !== true
        ? !headingAfterBlank
        : joinsAcrossBlank(tail, line.text) &&
          !headingAfterBlank &&
          !ADDRESSEE.test(line.text) &&
          !(lastApart && !joins.has(prev) && isBareHeading(prev.text, true)))
    ) {
      const gap = isLatin(tail.charAt(tail.length - 1)) && isLatin(line.text.charAt(0));
      appendLine(prev, gap ? " " : "", line, spacedBreak(prev, line, source));
      joins.add(prev);
      tail = `${tail}${gap ? " " : ""}${line.text.slice(-TAIL)}`.slice(-TAIL);
    } else {
      // The line is this repair's own (made by cleanLine): it may grow in place, no copy.
      if (continues) line.keptApart = true;
      if (graphic?.[i] === 1) line.graphic = true;
      lastApart = line.blankBefore === true && closesSentence(tail);
      out.push(line);
      head = line.text;
      tail = line.text.slice(-TAIL);
    }
    const last = out[out.length - 1] as TextLine;
    headClosed = closesHead(out);
    // On a page (`page` > 0), a line that stops short of the page's width, or runs past it (the
    // page did not break it), ends where its writer ended it: a heading there is not as wide as
    // the page, whatever the text's longest line.
    const width = page > 0 && !line.table ? lineWidth(line, source) : 0;
    const offPage =
      page > 0 && !line.table && (width < page - PAGE_SLACK || width > page + PAGE_SLACK);
    // `last.text` is read only while short (each test below first asks for its length).
    open =
      !last.table &&
      last.text.length >= 8 &&
      !(
        (offPage || last.text.length * 2.5 < wide) &&
        (isBareHeading(last.text) || subheadAfterSentence(out))
      ) &&
      // A `（一）` heading of phrases shorter than the text's lines is not a wrapped line.
      !(
        (page === 0 || offPage || last.text.length * 1.25 < wide) &&
        isMarkedPhraseHeading(last.text)
      ) &&
      !isHeadingLine(last.text) &&
      !isDateLine(last.text) &&
      // `责任编辑：王某` over a page's headline: a 报尾 field goes on into nothing.
      !isTailFieldLine(last.text) &&
      endsOpen(tail) &&
      // A graphic's short line under a line of it ends where its writer ended it (`棉衣2.19万件` /
      // `发放御寒物品和生活用品`), unless it ends with a list's or a quote's open mark.
      !(graphic?.[i] === 1 && graphic[i + 1] === 1 && !GRAPHIC_OPEN_END.test(tail));
    // A line as wide as the page's lines goes on below whatever it ends with (`…满意率1` /
    // `00%`, `…中，33` / `种产量…`), unless it ends a sentence or reads as a heading.
    byPage = false;
    pageHeading = false;
    filled = page > 0 && !line.table && Math.abs(width - page) <= PAGE_SLACK;
    if (page > 0 && !last.table && !isDateLine(last.text)) {
      const fills = !line.table && Math.abs(width - page) <= PAGE_SLACK;
      // Nor does a 报尾 field as wide as the page (`电话：… 传真：…` over the page's next line).
      if (!open && !isTailFieldLine(last.text)) {
        open = fills && continuesFull(tail);
        byPage = open;
      }
      // A heading line by itself as wide as the page (`（一）强化组织领导，压实工作责任`).
      // (Not one whose heading a space ends before its text: `二、存在问题 督查工作还存在…，督查`.)
      pageHeading =
        open && fills && last === line && readsAsHeading(line.text) && !spacedRunIn(line);
    }
  }
  return out;
}

/** Longest line of a graphic ({@link graphicLines}). */
const MAX_GRAPHIC_LINE = 24;
/** Fewest lines in a row a graphic holds. */
const MIN_GRAPHIC_RUN = 6;
/** Fewest of them stating a figure with its unit. */
const MIN_GRAPHIC_FIGURES = 2;
/**
 * A clause's or a sentence's mark: no line of a graphic holds one (`、` may end one); nor a space, as
 * a table's row printed one a line does between its cells (`10某省1366 95%`).
 */
const GRAPHIC_MARK = /[，。；：！？,;:!? \t]/;
/** The marks a graphic's line that goes on below ends with (`发放去年12月份低保金、`, `《`, `“`). */
const GRAPHIC_OPEN_END = /[、（《“—]$/;

/**
 * `走访慰问困难群众` / `共走访慰问困难群众` / `6.86万户` / `棉被2.86万床` / `棉衣2.19万件` / `发放御寒物品…`:
 * a newspaper graphic copied into a web page (no page grid), its captions and figures on short lines:
 * {@link MIN_GRAPHIC_RUN} or more lines in a row, each of {@link MAX_GRAPHIC_LINE} characters or fewer
 * with Han text and no clause's mark or space, under half the width of the text's longest line, two or more
 * stating a figure with its unit. Returns 1 for each such line from `start` on; the lines of a
 * paragraph a copy broke carry a `，` within a few lines, and a run of headings states no figures.
 */
function graphicLines(lines: readonly TextLine[], start: number, wide: number): Uint8Array {
  const marks = new Uint8Array(lines.length);
  let from = start;
  let figures = 0;
  for (let i = start; i <= lines.length; i++) {
    const line = lines[i];
    const text = line?.text ?? "";
    const member =
      line !== undefined &&
      !line.table &&
      text.length <= MAX_GRAPHIC_LINE &&
      text.length * 2 < wide &&
      !GRAPHIC_MARK.test(text) &&
      GRAPHIC_HAN.test(text);
    if (member) {
      if (holdsFigure(text)) figures++;
      continue;
    }
    if (i - from >= MIN_GRAPHIC_RUN && figures >= MIN_GRAPHIC_FIGURES) marks.fill(1, from, i);
    from = i + 1;
    figures = 0;
  }
  return marks;
}
/** A Han character (a figure alone, `8685人`, holds its unit's). */
const GRAPHIC_HAN = /[\u4e00-\u9fff]/;

/**
 * Where the body starts once the lines a page broke from its first paragraph are counted in:
 * `body` is the first line that reads as a paragraph ({@link bodyStart}); each line just above
 * it goes with it while it shows itself the start of that paragraph, not a title (a title, set
 * larger, may print as wide as the body's lines and ends with a word, so neither tells):
 * - it prints as wide as the page, does not end a sentence and is indented as a paragraph is
 *   (`　　`: a title is centred or set flush);
 * - it leaves a `《` or `“` open (`按照《2023年…工作方` / `案》要求，…`);
 * - it opens with a news dateline (`本报某市3月15日讯（记者…`) and does not end a sentence (it may
 *   end in a number the width broke, `…）3` / `月12日，…`);
 * - or the line below opens with what no paragraph opens with: a closing mark (`。`, `》`), a
 *   count and its clause (`…項目` / `710項，…`), or the rest of a number or span the line broke
 *   (`…發布了2017年9月和1-` / `9月…`, `…共计12` / `36件…`).
 */
function firstLineOfBody(lines: TextLine[], body: number, page: number, source: string): number {
  let start = body;
  while (start > 0 && start < lines.length) {
    const line = lines[start - 1] as TextLine;
    const next = (lines[start] as TextLine).text;
    const text = line.text;
    if (
      line.table ||
      text.length < 4 ||
      startsBlock(next) ||
      isDateLine(next) ||
      isHeadingLine(text) ||
      isDateLine(text) ||
      !(
        (page > 0 &&
          endsOpen(text) &&
          indentedAsParagraph(line, source) &&
          fillsPage(line, page, source)) ||
        wrappedOpening(line, lines[start] as TextLine, page, source) ||
        (start === 1 && wrappedFirstLine(line, lines[start] as TextLine, page, source)) ||
        leavesOpen(text) ||
        // `本报某市3月15日讯（记者某某 实习生某` / `某）3月12日，…`: a news dateline a page's width broke.
        ((endsOpen(text) || isDigit(text.charAt(text.length - 1))) && opensWithDateline(text)) ||
        /^[。，、；：？！）》”’]/.test(next) ||
        (/[-—～~至]$/.test(text) && isDigit(next.charAt(0))) ||
        (isDigit(text.charAt(text.length - 1)) &&
          SPLIT_NUMBER_START.test(next) &&
          !OPENS_WITH_YEAR.test(next)) ||
        COUNT_CLAUSE_OPENS.test(next)
      )
    )
      break;
    start--;
  }
  return start;
}

/**
 * Whether `line`, unindented, is the first line of a paragraph a PDF's extraction re-wrapped to
 * the page's width (`市林业局围绕市委、市政府和省林业厅确定的年度` / `目标任务和重大做决策部署，按照…`):
 * it and the line under it both print as wide as the page, to a character, and both end open
 * (mid-clause, mid-word). A title broken over two lines ends its second line short
 * (`2022年区政府工作报告目标任务` / `半年完成情况`); a headline over a paragraph may print as wide
 * as its first line, but one that ends on a count (`我市今年为困难群体提供法律援助1500余件`) is not
 * taken for such a line, nor one over a line indented as a paragraph's first (`　　平江县2009年…`:
 * a copy that indents its paragraphs opens the paragraph there, under the headline).
 */
function wrappedOpening(line: TextLine, next: TextLine, page: number, source: string): boolean {
  return (
    page > 0 &&
    endsOpen(line.text) &&
    !ENDS_WITH_COUNT.test(line.text) &&
    endsOpen(next.text) &&
    !indentedAsParagraph(next, source) &&
    fillsPage(line, page, source) &&
    fillsPage(next, page, source) &&
    Math.abs(lineWidth(line, source) - lineWidth(next, source)) <= WRAP_SLACK
  );
}

/**
 * `2021年，`, `12月9日，`, `昨天，`: a clause of time alone that opens a paragraph's first sentence,
 * besides the clauses {@link opensParagraph} reads.
 */
const OPENS_SENTENCE =
  /^(?:\d{4}年|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?|[昨今]天|[昨今]日|近日|日前|目前|同时|此外|其中)[，,]/;

/** The most characters before its first mark that the rest of a clause carried to a line takes. */
const MAX_CARRIED_CLAUSE = 5;

/** The end of a clause or a sentence (not a label's colon: `承辦單位：…`). */
const CLAUSE_END = /[，。]/;

/**
 * Whether `line`, the text's first line (nothing above it: no title, no masthead), is the first
 * line of the paragraph the text opens with, re-wrapped to the page's width
 * (`記者從天津海關昨天舉行的新聞發` / `布會上獲悉，今年前三季度…`): it prints as wide as the page and ends
 * open (mid-word, mid-clause), and the line right under it (no blank line between) prints as wide
 * as the page too (or ends the paragraph's sentence) and opens with the rest of the clause the
 * line broke: a few characters, then a clause's mark (`布會上獲悉，`, `據顯示，`, `县报告。`). Looser
 * in width than {@link wrappedOpening}, which a line anywhere above the body must pass (a number
 * kept whole, a closing mark kept on its line, a converter's pinyin make the widths differ by a few
 * half-cells), it asks for the clause instead: a headline as wide as the page over its paragraph
 * has under it a sentence's own first clause, seldom so short, and not one of time
 * ({@link opensParagraph}, {@link OPENS_SENTENCE}: `一季度全市外贸进出口保持高速增长` / `今年以来，…`,
 * `…公布了4月份火灾情况` / `昨天，…`), or is indented as a paragraph's first line (`　　“您好，…`).
 * Nor a headline that ends on a count.
 */
function wrappedFirstLine(line: TextLine, next: TextLine, page: number, source: string): boolean {
  const clause = next.text.search(CLAUSE_END);
  return (
    page > 0 &&
    next.blankBefore !== true &&
    clause > 0 &&
    clause <= MAX_CARRIED_CLAUSE &&
    endsOpen(line.text) &&
    !ENDS_WITH_COUNT.test(line.text) &&
    fillsPage(line, page, source) &&
    (fillsPage(next, page, source) || closesSentence(next.text)) &&
    !indentedAsParagraph(next, source) &&
    !opensParagraph(next.text) &&
    !OPENS_SENTENCE.test(next.text)
  );
}

/**
 * A line's end on a figure and its unit (`1500余件`, `5071亿元`, `382平方米`), as headlines end;
 * not on a date (`…南國都市報6月8日` / `电，…`: a dateline's paragraph the width broke).
 */
const ENDS_WITH_COUNT = /\d[多余]?(?![年月日])[\u4e00-\u9fff]{1,3}$/;

/**
 * How far apart, in half-cells, two lines a page's width broke print at most: a break falls
 * before the character that would overflow the width, so a line ends at the width or one short
 * of it (a Han character or full-width mark takes two). A title over its paragraph, however near
 * the page's width, is seldom that near its first line.
 */
const WRAP_SLACK = 1;

/**
 * `710項，…`, `34个，…`: a line that opens with a count, its unit and a `，` (a sentence in progress;
 * traditional forms too, as a converted copy prints them).
 */
const COUNT_CLAUSE_OPENS =
  /^\d[\d.,]*[多余]?[万亿萬億]?[件个個项項人户戶家条條笔筆吨噸辆輛次元名位宗起例所座处處篇张張批种種台臺套份]，/;

/**
 * Whether `text` opens with a news dateline ({@link newsDateline}), as only a report's paragraph
 * does, and goes on after it (a dateline alone on its line, `某某新闻网讯`, stands apart).
 */
function opensWithDateline(text: string): boolean {
  if (!/[讯訊电電息]/.test(text)) return false;
  const trimmed = simplified(text.trim());
  const dateline = newsDateline(trimmed);
  return dateline !== undefined && dateline.length < trimmed.length;
}

/** Whether `line` opens with a paragraph's indentation: one or two `　` on its input line. */
function indentedAsParagraph(line: TextLine, source: string): boolean {
  const from = offsetAt(line, 0);
  if (from === undefined) return false;
  let n = 0;
  let j = from - 1;
  for (; j >= 0 && source.charCodeAt(j) === 0x3000; j--) n++;
  return n >= 1 && n <= 2 && (j < 0 || isBreakCode(source.charCodeAt(j)));
}

/** Whether `text` opens a `《` or `“` that it does not close. */
function leavesOpen(text: string): boolean {
  const book = text.lastIndexOf("《");
  const quote = text.lastIndexOf("“");
  return (
    (book >= 0 && text.indexOf("》", book) < 0) || (quote >= 0 && text.indexOf("”", quote) < 0)
  );
}

/**
 * Whether a space stood at the line break between `prev` (a line, or a paragraph joined so far)
 * and `line` in the input: at the end of the one or at the start of the other (a flattened
 * text a page broke again, `…及亮点` / ` 今年以来，…`). An indentation (`　`) is no such space.
 */
function spacedBreak(prev: TextLine, line: TextLine, source: string): boolean {
  const end = offsetAt(prev, prev.text.length - 1);
  const start = offsetAt(line, 0);
  return (
    (end !== undefined && source.charCodeAt(end + 1) === SPACE) ||
    (start !== undefined && start > 0 && source.charCodeAt(start - 1) === SPACE)
  );
}

/** `2022年5月`, `2021-09-06`: a line that opens with a year. */
const OPENS_WITH_YEAR = /^\d{4}(?:年|[-/.]\d)/;

/** Lines of fewer half-cells are no wrapped lines of a page (a page is 12 Han characters or wider). */
const MIN_PAGE = 24;
/** How much narrower than the page a wrapped line may print (避头尾 and justification). */
const PAGE_SLACK = 6;

/** Half-cells of `source[from, to]` as printed: two for Han text and full-width forms, one else. */
function printedWidth(source: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i <= to; i++) w += source.charCodeAt(i) < 0x2e80 ? 1 : 2;
  return w;
}

/**
 * A line's printed width in the input, from its first kept character to the last character
 * other than a space on its input line, spaces between included (a converter's pinyin after the
 * last character, `平臺(tái)`, which the repair drops, took its room on the line), and its
 * indentation.
 */
function lineWidth(line: TextLine, source: string): number {
  if (line.text.length * 2 < MIN_PAGE - PAGE_SLACK) return 0;
  const from = offsetAt(line, 0);
  let to = offsetAt(line, line.text.length - 1);
  if (from === undefined || to === undefined) return 0;
  for (let j = to + 1; j < source.length && j <= to + MAX_DROPPED_END; j++) {
    const c = source.charCodeAt(j);
    if (isBreakCode(c)) break;
    if (!isSpaceCode(c)) to = j;
  }
  // A paragraph's indentation (`　　`) takes its room on its first line, up to MAX_INDENT
  // half-cells (a centred line's wider margin counts no more).
  let indent = 0;
  for (let j = from - 1; j >= 0 && indent < MAX_INDENT; j--) {
    const c = source.charCodeAt(j);
    if (isBreakCode(c) || !isSpaceCode(c)) break;
    indent += c < 0x2e80 ? 1 : 2;
  }
  return Math.min(indent, MAX_INDENT) + printedWidth(source, from, to);
}

/** How far past a line's last kept character {@link lineWidth} looks for what the repair dropped. */
const MAX_DROPPED_END = 16;

/** The most half-cells of white space before a line's text that count as its indentation. */
const MAX_INDENT = 8;

/** A line break's unit (what {@link repairLines} splits the text at). */
const isBreakCode = (c: number): boolean =>
  c === 10 || c === 13 || c === 12 || c === 0x2028 || c === 0x2029;

/**
 * The width of the page a PDF's extraction broke the body's lines at, in half-cells, or 0 when
 * the lines were not broken at a page's width (a web copy: a paragraph a line). A page shows in
 * its lines of running text (with a `，` or `。`): at least three, and a third of them, print
 * within {@link PAGE_SLACK} of the widest of them, and few print wider. Rows of a table and
 * paragraphs of a web copy, each as wide as its text, give none.
 */
function pageWidth(lines: TextLine[], start: number, source: string): number {
  // Each line's width, doubled, plus one when it ends open (mid-word, mid-clause, mid-number).
  const widths: number[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (line.table || !(line.text.includes("，") || line.text.includes("。"))) continue;
    const w = lineWidth(line, source);
    if (w >= MIN_PAGE) widths.push(w * 2 + (endsClosed(line.text) ? 0 : 1));
  }
  if (widths.length < 3) return 0;
  widths.sort((a, b) => b - a);
  // How many of the first k widths end open, for each k: a run's count is a difference.
  const opens = [0];
  for (let k = 0; k < widths.length; k++)
    opens.push((opens[k] as number) + ((widths[k] as number) & 1));
  // `end` (past the widths near `top`) and `wider` (the widths far above it, at most i) only grow
  // as `top` falls: each goes on from where the last width left it, so the search is linear.
  let end = 0;
  let wider = 0;
  for (let i = 0; i < widths.length; i++) {
    const top = (widths[i] as number) >> 1;
    if (i > 0 && (widths[i - 1] as number) >> 1 === top) continue;
    end = Math.max(end, i);
    while (end < widths.length && (widths[end] as number) >> 1 >= top - PAGE_SLACK) end++;
    const open = (opens[end] as number) - (opens[i] as number);
    const near = end - i;
    while (wider < i && (widths[wider] as number) >> 1 > top + PAGE_SLACK) wider++;
    // Lines a page broke end anywhere, mostly mid-word: half of them at least end open. (A
    // list of like lines, `受理投诉3751件，占比82.13%`, ends each where its writer ended it.)
    if (near >= 3 && near * 3 >= widths.length && wider * 4 <= near && open * 2 >= near) return top;
  }
  return 0;
}

/** Whether `line` (a line of the input, before any join) prints as wide as the page. */
function fillsPage(line: TextLine, page: number, source: string): boolean {
  if (line.table) return false;
  const w = lineWidth(line, source);
  return w >= page - PAGE_SLACK && w <= page + PAGE_SLACK;
}

/**
 * Whether a line that fills the page goes on below, by what it ends with: not after a sentence's
 * end (`。！？…`).
 */
function continuesFull(tail: string): boolean {
  const c = tail.charAt(tail.length - 1);
  // An ASCII dot after a digit is a decimal point (`166.` / `52万件`).
  return (
    c !== "" && !"。！？…!?".includes(c) && !(c === "." && !isDigit(tail.charAt(tail.length - 2)))
  );
}

/**
 * Whether a line ends where its writer ended it (a sentence's or a clause's end, a percentage, a
 * closing bracket): lines a page broke mostly do not.
 */
function endsClosed(text: string): boolean {
  const c = text.charAt(text.length - 1);
  return c === "" || "。！？；：%％）”’》】….!?;:)".includes(c);
}

/**
 * A line that reads as a heading by its marker (`（一）强化组织领导，压实工作责任`, `1.身份证信息被盗用，
 * 市场监管帮维权`, `一、建设“安新办”政务服务系统，网上办事能力不断`): it holds no sentence's end
 * and reports no figure. As wide as the page, it goes on only into the end of its run-in title
 * ({@link endsRunInTitle}). (A line without a marker as wide as the page is a sentence's part.)
 */
function readsAsHeading(line: string): boolean {
  if (/[。；：！？]/.test(line.slice(0, -1)) || reportsFigure(line)) return false;
  return isHeadingLine(line) || isMarkedPhraseHeading(line) || numberedItemMarkerLength(line) > 0;
}

/**
 * Whether `text` reports a figure: a number and a unit of any figure the parser reads
 * (`131起`, `18起`, `6.5万平方米`, `8.5%`), not a date's (`2025年`, `9月`, `8日`).
 */
function reportsFigure(text: string): boolean {
  if (holdsFigure(text)) return true;
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charAt(i)) || (i > 0 && isDigit(text.charAt(i - 1)))) continue;
    let j = i + 1;
    while (j < text.length && (isDigit(text.charAt(j)) || text.charAt(j) === ".")) j++;
    if ("万亿萬億".includes(text.charAt(j))) j++;
    if (!"年月日".includes(text.charAt(j)) && unitLengthAt(text, j) > 0) return true;
    i = j - 1;
  }
  return false;
}

/** `二、存在问题 督查工作…，…`: a section's line whose heading a space sets off from its text. */
function spacedRunIn(line: TextLine): boolean {
  const sm = sectionMarkerLength(line.text);
  return sm > 0 && spacedHeadingEnd(line.text, (k) => offsetAt(line, k), sm, line) > 0;
}

/**
 * `提升。依托…`: a line that opens with the end of a run-in title (a short phrase and `。`), not
 * with a point's number and its mark (`1﹒省级部门情况。…`, whatever mark a copy gave it).
 */
const endsRunInTitle = (next: string): boolean =>
  /^[^，。；,;]{1,16}。/.test(next) && !/^\d{1,2}[^\d\u4e00-\u9fff%]/.test(next);

/**
 * `各乡镇人民政府，县政府有关部门：`: the addressee of a document (GB/T 9704 prints it under the
 * title); after a blank line it starts a paragraph, it does not go on the title above it.
 */
const ADDRESSEE = /^各[^。；！？：:]{1,120}[：:]$/;

/** How many of a line's last characters {@link joinSplitParagraphs} keeps at hand. */
const TAIL = 64;

/**
 * Straight quotes in Chinese text become curly, opening and closing in turn (“…”, nested ‘…’),
 * counting the curly ones already there. A pair of straight double quotes turns when either
 * quote is Chinese (`chineseAt`) or it holds Han text; Latin quotes stay straight. Single quotes
 * turn only next to Chinese text.
 */
function curlQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const units = unitsOf(text);
  const length = units.length;
  let curlyOpen = false;
  let straightOpen = -1;
  let single = false;
  for (let i = 0; i < length; i++) {
    const c = units[i] as number;
    if (c === 0x201c /* “ */) curlyOpen = true;
    else if (c === 0x201d /* ” */) curlyOpen = false;
    else if (c === 0x2018 /* ‘ */) single = true;
    else if (c === 0x2019 /* ’ */) single = false;
    else if (c === 0x22 /* " */) {
      if (curlyOpen) {
        units[i] = 0x201d;
        curlyOpen = false;
      } else if (straightOpen === -1) straightOpen = i;
      else {
        let chinese = chineseAt(units, length, straightOpen) || chineseAt(units, length, i);
        for (let k = straightOpen + 1; !chinese && k < i; k++)
          chinese = isHanCode(units[k] as number);
        if (chinese) {
          units[straightOpen] = 0x201c;
          units[i] = 0x201d;
        }
        straightOpen = -1;
      }
    } else if (
      c === 0x27 /* ' */ &&
      ((i > 0 && chineseInside(units[i - 1] as number)) ||
        (i + 1 < length && chineseInside(units[i + 1] as number)))
    ) {
      units[i] = single ? 0x2019 : 0x2018;
      single = !single;
    }
  }
  if (straightOpen !== -1 && chineseAt(units, length, straightOpen)) units[straightOpen] = 0x201c;
  return stringOf(units, length);
}
