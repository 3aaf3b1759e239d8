import type { Inline, Table } from "@bulletin/schema";
import type { ParseWarningCode } from "../parse-warning";
import { bilingualHead, bilingualRow } from "./bilingual-rows";
import { isHan, isSpaceCode } from "./chars";
import { blockChanges, changesPastShares, moveHeadOverNumbers } from "./head-column-pairs";
import { isDateLine, isTailLine, startsBlock } from "./line-kinds";
import { readingUnits } from "./pinyin-readings";
import { CURRENCIES, perGoodsAt } from "./price-units";
import {
  addMetric,
  type InlineContext,
  type InlineScope,
  metricById,
  readInlines,
} from "./read-inlines";
import { readComparison, readMetric, SCALES } from "./read-metric";
import { shortRowGap } from "./short-row-gap";
import { appendLine, lineOf, offsetAt, offsetsOf, type TextLine } from "./text-line";
import { TRADITIONAL_UNITS } from "./traditional-units";

/**
 * Tables in extracted text. Found on the raw lines, before the repair joins split sentences or
 * drops lone numbers as page numbers (a table cell `12` is not a page number), in these forms:
 *
 * - rows flattened with `|` (the text writer's form: `| 地区 | 受理量 |`, a `| --- | --- |`
 *   rule under the head rows, or over the rows of a table without head), with tabs, or with
 *   runs of two or more spaces (`pdftotext -layout`); the first row is the head unless a rule
 *   says otherwise;
 * - a head row on one line, then one cell a line (how PDF extraction gives most tables), the
 *   column count taken from the head;
 * - every cell on a line of its own, head included: in web copies each cell line ends in ` |`
 *   (a blank cell is a lone `|`), after a `表1 …` caption the lines may be bare; the column
 *   count is the one under which the columns hold one kind each (figures or words), see
 *   {@link inferColumns};
 * - a `表1 …` caption before the table (with a `单位：…` line folded into it) and `注：…`,
 *   `数据来源：…` notes after it.
 *
 * `/` and `—` (not applicable) and signed changes (`+3.2%`) are cells like any other text.
 */

/** The lines of one table as found, each cell a repaired line. */
export interface TableLines {
  caption?: TextLine;
  head: TextLine[][];
  rows: TextLine[][];
  notes: TextLine[];
  /** What had to be guessed, reported when the table is read. */
  problems: {
    code: ParseWarningCode;
    at: number | undefined;
    params: Record<string, string | number>;
  }[];
}

/** Repairs the characters of `source[from, to)` into a line (the repair's `cleanLine`). */
export type CleanRange = (from: number, to: number) => TextLine;

type Range = readonly [number, number];

/**
 * `按城乡分`, `按经济类型分`: the label a 统计公报's table prints over a group of its rows; also after a
 * heading's marker and without the closing `分` (`一、按销售所在地`, `（二）按行业分组`, `2、按消费类型分类`),
 * not a caption (`…统计表`, `…情况`).
 */
const GROUP_LABEL =
  /^(?:[一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）|\d{1,2}[、.．])?按[\u4e00-\u9fff]{1,8}(?<![表况计])$/;

/** A row numbering a form's columns (`1 2 3 4`): numbers parted by single spaces (see `numberedFormAt`). */
const COLUMN_NUMBERS = /^1(?: \d{1,2})+$/;
/** The longest such row (twelve numbers and their spaces). */
const MAX_NUMBERING_LINE = 40;
/** The fewest head cells, and rows, of a numbered form. */
const MIN_FORM_COLUMNS = 4;
const MIN_FORM_ROWS = 3;

/** A raw line split into columns, or a `| --- | --- |` rule. */
type Split = { kind: "pipe" | "tab" | "space"; cells: Range[] } | { kind: "rule"; count: number };

const MAX_COLUMNS = 60;
/** The fewest rows, each opened by a bar alone, that give a table of cell lines its width. */
const MIN_OPENED_ROWS = 3;
const MAX_ROW = 4_000;
/** Longest cell on a line of its own (the one-cell-a-line form); longer lines are text. */
const MAX_LONE_CELL = 30;
/**
 * The longest tail of a word a page broke over two lines among a barred table's head cells
 * (`#卫生技术` / `人员`, `#执业(助理)` / `医师`): a longer bare line is a cell of its own.
 */
const MAX_BROKEN_WORD_TAIL = 2;
const MAX_CAPTION = 80;
/** Longest cell (in units) of a numbered table of sentence cells, one cell a line. */
const MAX_NUMBERED_CELL = 200;
/** The head cell a numbered table opens with (`序号`, `编号`). */
const NUMBERED_HEAD = /^(?:序号|編號|编号|序號)$/;
/** The longest title over a table whose cells single spaces part (see `spacedTableAt`). */
const MAX_SPACED_TITLE = 40;
/** The fewest and most columns, and the longest cell, of such a table. */
const MIN_SPACED_HEAD = 3;
const MAX_SPACED_COLUMNS = 12;
const MAX_SPACED_TABLE_CELL = 16;
/** A mark that ends or parts a clause: neither such a table's title nor its cells hold one. */
const CLAUSE_MARK = /[。；！？，：,;:]/;
/** `（截至2023年6月末）`, `（单位：个）`: a bracketed note between such a table's title and its head. */
const SPACED_NOTE = /^[（(][^（）()。；]{2,24}[）)]$/;
/** A cell of a run-of-spaces row longer than this makes the line text, not a row. */
const MAX_SPACED_CELL = 60;

/** Whether `source[i]` is a pipe, `|｜│┃` (by its code: most table text is Han, and `charAt` of a Han unit builds a string). */
const pipeAt = (source: string, i: number): boolean => isPipeCode(source.charCodeAt(i));
/** {@link pipeAt} of a code unit. */
const isPipeCode = (n: number): boolean =>
  n === 0x7c || n === 0xff5c || n === 0x2502 || n === 0x2503;
const NOTE =
  /^(?:注\s*\d?[：:.、]|备注[：:]|说明[：:]|(?:数据|资料)?来源[：:]|(?:统计时间|统计时段|统计单位|制表单位|填报单位|制表人?)[：:])/;
/** A source in brackets closing a table: `（统计局工业处：张三）`, `(资料来源:市统计局)`. */
const SOURCE_NOTE = /^[（(][^（()）]{1,30}[：:][^（()）]{1,30}[）)]$/;
const isNote = (text: string): boolean => NOTE.test(text) || SOURCE_NOTE.test(text);
/**
 * A table's title printed over its cells without a table number: it ends in `表` or in its unit in
 * brackets (`全年受理量统计表（单位：件）`, `各县区受理情况（单位：件）`).
 */
const TABLE_TITLE = /\p{Script=Han}{2}(?:表|[（(](?:计量)?单位[：:][^（()）]{1,8}[）)])$/u;
/**
 * A table's title over cells each closed by a bar (`…公示表.`, `2022年全区生产总值及其增长速度`, as a
 * 统计公报 names its tables), a bar alone on the line under it: a list's or a form's name (`表`),
 * or a 统计公报's `…及其增长速度` / `…及其增速`, a point perhaps after it. Not a sentence (`…增长速度较快。`)
 * nor a heading over text (no bar under it).
 */
const BARRED_TITLE = /\p{Script=Han}{2}(?:表|及其?(?:增长|增長)速度|及其?增速)[.。]?$/u;
/** The unit line under such a title (`单位:亿元`, `單位:人、萬元`, `计量单位：万元`). */
const BARRED_UNIT = /^(?:计量|計量)?[单單]位[：:]/;
/**
 * A title naming a table over its unit line (`附件1：2011年前三季度各地区保费统计表` / `单位：亿元` / `地区 |
 * …`): words ending in `表`, no sentence ({@link unitTitleAt}).
 */
const UNIT_LINED_TITLE = /\p{Script=Han}{2}表$/u;
/**
 * Or a short title of words alone (`2015年末全县人口及构成` / `單位:萬人` / `指 標 | 年末數 |`): no clause
 * mark, no colon (`如下表：` ends a sentence), Han at its end. Neither is a heading (`一、…`: startsBlock).
 */
const UNIT_LINED_NAME = /^[^，,。；！？：:]{4,30}$/;
/** Longest unit line folded into such a caption (`单位：亿元、%`, `计量单位：万元`). */
const MAX_UNIT_LINE = 20;
const CAPTION =
  /^(?:(?:附|续)?表\s?(?:\d{1,3}(?:[-.．—]\d{1,3})?|[一二三四五六七八九十]{1,3})|附表(?=[：:]))/;
/** A caption that is a table's number alone (`表1`, `附表2`, `表三`), its name printed elsewhere. */
const NUMBER_ONLY_CAPTION =
  /^(?:附|续)?表\s?(?:\d{1,3}(?:[-.．—]\d{1,3})?|[一二三四五六七八九十]{1,3})[：:]?$/;
/** A cell line naming a table under its number (`…状况表 |`, `…完成情况 |`): six characters or more. */
const NAMED_CELL = /^[^，,。；！？：:]{5,}(?:表|情况|情況|统计|統計)$/;
/** `图一：投诉性质比例图（单位：件）`: a chart's title, numbered as a figure: no table's title. */
const CHART_TITLE = /^[图圖]\s?(?:\d{1,3}|[一二三四五六七八九十]{1,3})/;
const RULE_CELL = /^\s*:?-{3,}:?\s*$/;
const SENTENCE = /[。；！？]/;

/** Where `source[from, to)` starts without the white space before it (`to` if it is all white space). */
function trimStart(source: string, from: number, to: number): number {
  let a = from;
  while (a < to && isSpaceCode(source.charCodeAt(a))) a++;
  return a;
}

/** Where `source[from, to)` ends without the white space after it (`from` at the least). */
function trimEnd(source: string, from: number, to: number): number {
  let b = to;
  while (b > from && isSpaceCode(source.charCodeAt(b - 1))) b--;
  return b;
}

/**
 * `source[from, to)` without the white space at either end. (Where only an end is wanted, the
 * tests of every line call {@link trimStart} and {@link trimEnd}: no pair is built for them.)
 */
function trimRange(source: string, from: number, to: number): Range {
  const a = trimStart(source, from, to);
  return [a, trimEnd(source, a, to)];
}

/** Most lines a bordered row's cells are broken over after its first ({@link readTables}' `brokenRow`). */
const MAX_BROKEN_ROW_LINES = 6;
/** Most head cells a web copy wrapped after the head's bars, a line each (see `wrappedHeadEnd`). */
const MAX_WRAPPED_HEAD_CELLS = 4;
/** Most rows of one cell or blank between a title ruled as a head and the real head (see `headUnderTitleRow`). */
const MAX_TITLE_ROWS = 3;
/** The fewest head cells printed again, one a column, that {@link repeatedTail} takes for a span. */
const MIN_REPEATED_HEADS = 2;

/** Whether a unit opens a `表1 …` caption (`表`, `附表`, `续表`; by its code, no string built). */
const opensCaption = (n: number): boolean =>
  n === 0x8868 /* 表 */ || n === 0x9644 /* 附 */ || n === 0x7eed; /* 续 */

/** Splits a raw line on unescaped pipes, one pipe at either end being the border. */
function splitPipes(source: string, a: number, b: number): Split | undefined {
  let from = a;
  let to = b;
  if (pipeAt(source, from)) from++;
  if (to > from && pipeAt(source, to - 1) && source.charCodeAt(to - 2) !== 0x5c /* \ */) to--;
  const cells: Range[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || (pipeAt(source, i) && source.charCodeAt(i - 1) !== 0x5c) /* \ */) {
      cells.push(trimRange(source, start, i));
      start = i + 1;
      if (cells.length > MAX_COLUMNS) return undefined;
    }
  }
  // One column only between borders on both sides: `| a |`.
  if (cells.length < 2 && (from === a || to === b)) return undefined;
  if (cells.every(([x, y]) => RULE_CELL.test(source.slice(x, y))))
    return { kind: "rule", count: cells.length };
  return { kind: "pipe", cells };
}

/**
 * `指  标 2024年 …`, `工  业 1430156 9.0`: a label of two Han characters opening a row of figures (or
 * a head naming a year), letter-spaced to the width of its column: one cell (`[a, i)` before the
 * gap `[i, j)`, the line ending at `b`). So is a corner over head words one space apart (`项  目
 * 价格指数 比上年±%`): letter-spaced words (`政  务  服  务`) go on with another gap.
 */
const spacedPair = (source: string, a: number, i: number, j: number, b: number): boolean =>
  i - a === 1 &&
  isHan(source.charAt(a)) &&
  isHan(source.charAt(j)) &&
  isSpaceCode(source.charCodeAt(j + 1)) &&
  (/\d/.test(source.slice(j + 1, b)) || (j + 2 < b && !isSpaceCode(source.charCodeAt(j + 2))));

/**
 * `#   国有控股`, `# 食品烟酒 100.3 0.3`: the `#` a statistics table prints before a sub-row's label
 * (`[a, i)` before the line's first gap), which the gap after it does not part from the label.
 */
const subRowMark = (source: string, a: number, i: number): boolean =>
  i - a === 1 && (source.charCodeAt(a) === 0x23 || source.charCodeAt(a) === 0xff03);

/**
 * Splits a raw line on gaps: runs of white space with a tab in them, or of two or more spaces
 * (`single`: any space, but not one inside brackets: `（总第38 期）` is one cell with a stray space,
 * as a PDF's text prints it, no two). Letter-spaced text (`政  务  服  务`) is not a row.
 */
function splitGaps(source: string, a: number, b: number, single: boolean): Split | undefined {
  const cells: Range[] = [];
  let tab = false;
  let start = a;
  // Brackets opened and not closed since the cell's start (single spaces only: see above).
  let open = 0;
  for (let i = a; i < b; ) {
    const code = source.charCodeAt(i);
    if (!isSpaceCode(code)) {
      if (code === 0xff08 || code === 0x28) open++;
      else if ((code === 0xff09 || code === 0x29) && open > 0) open--;
      i++;
      continue;
    }
    let j = i;
    let hasTab = false;
    while (j < b && isSpaceCode(source.charCodeAt(j))) {
      if (source.charAt(j) === "\t") hasTab = true;
      j++;
    }
    const wide = hasTab || j - i >= 2 || source.charAt(i) === "\u3000";
    if (
      (wide || (single && open === 0)) &&
      !(start === a && (spacedPair(source, a, i, j, b) || subRowMark(source, a, i)))
    ) {
      cells.push([start, i]);
      start = j;
      open = 0;
      tab ||= hasTab;
      if (cells.length > MAX_COLUMNS) return undefined;
    }
    i = j;
  }
  cells.push([start, b]);
  if (cells.length < 2) return undefined;
  if (cells.every(([x, y]) => y - x === 1 && isHan(source.charAt(x)))) return undefined;
  return { kind: tab ? "tab" : "space", cells };
}

/**
 * What a line needs to be a row (a pipe, or a gap as {@link splitGaps} takes it): most lines
 * of running text have none, and one regex test says so without a look at each character.
 */
const ROW_MARK_SINGLE = /[|｜│┃\s]/;
/** The longest date line with spaces (`二〇二二 年 十二 月 二十八 日`) {@link splitRow} reads as a date. */
const MAX_SPACED_DATE = 40;

/**
 * What {@link hasRowMark} looks for, as a regex (a test pins {@link markedLines}, which reads
 * {@link LINE_MARKS}, to it).
 */
export const ROW_MARK = /[|｜│┃\t\u3000]|[ \v\u00a0\u1680\u2000-\u200a\u202f\u205f]{2}/;

/** A pipe, in {@link LINE_MARKS}. */
export const PIPE_MARK = 1;
/** A row mark alone (a pipe, a tab, an ideographic space), in {@link LINE_MARKS}. */
export const ROW_MARK_ALONE = 2;
/** A space two of which in a row mark a row, in {@link LINE_MARKS}. */
export const ROW_SPACE = 4;
/** The row marks of each code unit, {@link PIPE_MARK} | {@link ROW_MARK_ALONE} | {@link ROW_SPACE}. */
const LINE_MARKS = new Uint8Array(0x10000);
for (const n of [0x7c, 0xff5c, 0x2502, 0x2503]) LINE_MARKS[n] = PIPE_MARK | ROW_MARK_ALONE;
for (const n of [0x09, 0x3000]) LINE_MARKS[n] = ROW_MARK_ALONE;
for (const n of [0x20, 0x0b, 0xa0, 0x1680, 0x202f, 0x205f]) LINE_MARKS[n] = ROW_SPACE;
for (let n = 0x2000; n <= 0x200a; n++) LINE_MARKS[n] = ROW_SPACE;
/** White space no other mark is (`\s` minus the row marks), in {@link LINE_MARKS}. */
export const OTHER_SPACE = 8;
for (const n of [0x0a, 0x0c, 0x0d, 0x2028, 0x2029, 0xfeff]) LINE_MARKS[n] = OTHER_SPACE;
/** Every mark {@link ROW_MARK_SINGLE} finds (a pipe, or white space of any kind). */
export const ANY_SPACE = PIPE_MARK | ROW_MARK_ALONE | ROW_SPACE | OTHER_SPACE;

/**
 * Whether a table whose cells single spaces part can follow from line `k` (see `spacedTableAt`):
 * its head, at `k` or under a note at the next line `next` gives, and the three rows the least
 * such table has, each on a line `spaced` marks (one that holds white space or a pipe). Asked
 * before any line is split or repaired: most short lines of text have no such lines under them.
 */
export function spacedRowsFollow(
  spaced: Uint8Array,
  next: (r: number) => number,
  k: number,
): boolean {
  const rowsFrom = (h: number): boolean => {
    for (let i = h, n = 0; n < 4; i = next(i + 1), n++) if (spaced[i] !== 1) return false;
    return true;
  };
  return rowsFrom(k) || rowsFrom(next(k + 1));
}

/**
 * Whether `source[a, b)` has a pipe, a tab or an ideographic space, or two spaces in a row
 * ({@link ROW_MARK}), read in place: most lines of running text have none, and no slice of the
 * line is made to say so.
 */
export function hasRowMark(source: string, a: number, b: number): boolean {
  let spaces = 0;
  for (let i = a; i < b; i++) {
    const marks = LINE_MARKS[source.charCodeAt(i)] as number;
    if ((marks & ROW_MARK_ALONE) !== 0) return true;
    spaces = (marks & ROW_SPACE) !== 0 ? spaces + 1 : 0;
    if (spaces === 2) return true;
  }
  return false;
}

/**
 * Where the first mark at or after `from` ends: a unit with a bit of `alone` in
 * {@link LINE_MARKS}, or two in a row with a bit of `pair`; -1 when there is none.
 */
function markEnd(source: string, from: number, alone: number, pair: number): number {
  const n = source.length;
  for (let i = from; i < n; i++) {
    const marks = LINE_MARKS[source.charCodeAt(i)] as number;
    if ((marks & alone) !== 0) return i + 1;
    if (
      (marks & pair) !== 0 &&
      i + 1 < n &&
      ((LINE_MARKS[source.charCodeAt(i + 1)] as number) & pair) !== 0
    )
      return i + 2;
  }
  return -1;
}

/**
 * 1 for each line of `raw` that holds a mark (`alone` and `pair` as {@link markEnd} takes them),
 * found in one pass over the text a code unit at a time, one look-up each (two regex scans of the
 * whole text took twice as long): a mark's last unit puts it on its line, and the search goes on
 * from that line's end (a row of a web page's table holds dozens of pipes).
 */
export function markedLines(
  source: string,
  raw: readonly Range[],
  alone: number,
  pair: number,
): Uint8Array {
  const found = new Uint8Array(raw.length);
  let r = 0;
  for (let end = markEnd(source, 0, alone, pair); end >= 0; ) {
    const at = end - 1;
    while (r < raw.length && (raw[r] as Range)[1] <= at) r++;
    if (r >= raw.length) break;
    let from: number;
    if ((raw[r] as Range)[0] <= at) {
      found[r] = 1;
      from = (raw[r] as Range)[1];
    } else from = (raw[r] as Range)[0];
    end = markEnd(source, from, alone, pair);
  }
  return found;
}

/**
 * The three flags {@link findTables} reads of each line of `raw`, found in one pass over each line's
 * units (one look-up each) instead of a {@link markedLines} pass over the whole text for each: 1 for a
 * line that holds a pipe (`piped`), what {@link hasRowMark} looks for (`rowMarked`), white space or a
 * pipe (`spaced`). A pipe is all three and ends the line's scan. `rowMarked` is {@link hasRowMark} of
 * the line: `markedLines` also flags a line that opens with a space after a space before the line,
 * which no gap splits (`splitRow` asks `hasRowMark` of the trimmed line again), so the tables found
 * are the same.
 */
export function lineMarks(
  source: string,
  raw: readonly Range[],
): { piped: Uint8Array; rowMarked: Uint8Array; spaced: Uint8Array } {
  const piped = new Uint8Array(raw.length);
  const rowMarked = new Uint8Array(raw.length);
  const spaced = new Uint8Array(raw.length);
  for (let r = 0; r < raw.length; r++) {
    const [a, b] = raw[r] as Range;
    let any = 0;
    let spaces = 0;
    for (let i = a; i < b; i++) {
      const marks = LINE_MARKS[source.charCodeAt(i)] as number;
      if (marks === 0) {
        spaces = 0;
        continue;
      }
      if ((marks & PIPE_MARK) !== 0) {
        piped[r] = 1;
        rowMarked[r] = 1;
        break;
      }
      any = 1;
      if ((marks & ROW_MARK_ALONE) !== 0 || ((marks & ROW_SPACE) !== 0 && ++spaces === 2)) {
        rowMarked[r] = 1;
        // The rest of the line is looked at for a pipe only.
        for (let j = i + 1; j < b; j++) {
          if (((LINE_MARKS[source.charCodeAt(j)] as number) & PIPE_MARK) !== 0) {
            piped[r] = 1;
            break;
          }
        }
        break;
      }
      if ((marks & ROW_SPACE) === 0) spaces = 0;
    }
    if (any === 1 || piped[r] === 1) spaced[r] = 1;
  }
  return { piped, rowMarked, spaced };
}

function splitRow(source: string, line: Range, single = false): Split | undefined {
  const a = trimStart(source, line[0], line[1]);
  const b = trimEnd(source, a, line[1]);
  if (a === b || b - a > MAX_ROW) return undefined;
  if (!(single ? ROW_MARK_SINGLE.test(source.slice(a, b)) : hasRowMark(source, a, b)))
    return undefined;
  // `2022 年 5 月 18 日`: a date a PDF's extraction spaced out is no row.
  if (
    b - a <= MAX_SPACED_DATE &&
    source.charCodeAt(b - 1) === 0x65e5 /* 日 */ &&
    isDateLine(source.slice(a, b).replace(/\s+/g, ""))
  )
    return undefined;
  for (let i = a; i < b; i++) if (pipeAt(source, i)) return splitPipes(source, a, b);
  return splitGaps(source, a, b, single);
}

/** The cells of a row, repaired, `\|` written as `|`. */
function cellsOf(split: Split & { cells: Range[] }, clean: CleanRange): TextLine[] {
  return split.cells.map(([x, y]) => {
    const line = clean(x, y);
    if (split.kind !== "pipe" || !line.text.includes("\\|")) return line;
    const offsets = offsetsOf(line);
    const text: string[] = [];
    const at: number[] = [];
    for (let i = 0; i < line.text.length; i++) {
      if (line.text.charAt(i) === "\\" && line.text.charAt(i + 1) === "|") continue;
      text.push(line.text.charAt(i));
      at.push(offsets[i] as number);
    }
    return lineOf(text.join(""), at);
  });
}

/** A `表1 …` caption: short, no sentence in it; a space written after the table number. */
function readCaption(source: string, line: Range, clean: CleanRange): TextLine | undefined {
  if (!opensCaption(source.charCodeAt(trimStart(source, line[0], line[1])))) return undefined;
  const parts = splitGaps(source, ...trimRange(source, line[0], line[1]), false);
  const pieces = parts && parts.kind !== "rule" ? parts.cells : [line];
  const cleaned = pieces.map(([x, y]) => clean(x, y)).filter((l) => l.text !== "");
  const found = cleaned[0];
  if (!found) return undefined;
  let first = found;
  const m = CAPTION.exec(first.text);
  if (!m || first.text.length > MAX_CAPTION || SENTENCE.test(first.text)) return undefined;
  const next = first.text.charAt(m[0].length);
  if (next !== "" && (isHan(next) || next === "（")) {
    // `表1各市` as the repair leaves it: `表1 各市`, as captions are printed.
    const at = offsetsOf(first);
    at.splice(m[0].length, 0, at[m[0].length] as number);
    first = lineOf(`${m[0]} ${first.text.slice(m[0].length)}`, at);
  }
  let caption = cleaned.slice(1).reduce(joinWithSpace, first);
  // `…情况单位：件` (the repair joined them): `…情况 单位：件`.
  const unit = /(?:计量)?单位[：:]/.exec(caption.text);
  if (unit && unit.index > 0 && !" （(".includes(caption.text.charAt(unit.index - 1))) {
    const at = offsetsOf(caption);
    at.splice(unit.index, 0, at[unit.index] as number);
    caption = lineOf(`${caption.text.slice(0, unit.index)} ${caption.text.slice(unit.index)}`, at);
  }
  return caption;
}

function joinWithSpace(a: TextLine, b: TextLine): TextLine {
  return appendLine({ text: a.text, spans: [...a.spans] }, " ", b);
}

/** Whether every cell of a row is blank. */
const blankRow = (row: readonly TextLine[]): boolean => row.every((c) => c.text === "");

/**
 * A line that can be one cell of the one-cell-a-line form. `marked`: a heading's or item's marker
 * may open it (`一、公共汽电车`, `(1)地铁`), where its bar on the line under it shows it a cell.
 */
function loneCell(line: TextLine, marked = false): boolean {
  const t = line.text;
  return (
    t !== "" &&
    t.length <= MAX_LONE_CELL &&
    !SENTENCE.test(t) &&
    !t.endsWith("：") &&
    !outsideCells(t, marked) &&
    !CAPTION.test(t)
  );
}

/**
 * A line no cell is: a heading's or item's start (unless `marked`, see {@link loneCell}), a
 * 落款's line, a note, a page's foot.
 */
const outsideCells = (t: string, marked = false): boolean =>
  (!marked && startsBlock(t)) || isTailLine(t) || isNote(t) || PAGE_FOOT.test(t);

/** `一、食品烟酒`: a row's label with a heading's marker (see `markedRowLabel`). */
/** A caption's end (`…统计表`, `…情况`, `…统计`): a line naming a table, no group of its rows. */
const CAPTION_END = /[表况计]$/;
const MARKED_LABEL = /^[一二三四五六七八九十]{1,2}、[^。；！？：:，,]{1,16}$/;

/** A head cell naming the base of an index (`上月=100`, `上年同月=100`, `2020年=100`). */
const INDEX_BASE = /(?:上月|上年同月|上年同期|上年|去年同月|去年同期|上期|基期|\d{4}年)$/;

/**
 * `上月` / … / `100` / `居民消费价格总指数` / `101.3`: an index table's head cell `上月=100` printed over
 * two lines, its `100` after the other head cells. A lone `100` between the head's words and the
 * first row's label joins the head cell that names a base (written `上月=100`, the `=` located at the
 * `100`); a head without such a cell is left as it is.
 */
function joinIndexBase(cells: { line: TextLine; raw: number }[]): void {
  // Only a cell `100` can be the orphan: without one, no cell's kind needs reading.
  if (!cells.some((c) => c.line.text === "100")) return;
  let k = 0;
  while (k < cells.length && kindOf(cells[k]?.line.text ?? "") === "word") k++;
  const orphan = cells[k];
  const after = cells[k + 1];
  if (k < 2 || orphan?.line.text !== "100" || after === undefined) return;
  if (kindOf(after.line.text) !== "word") return;
  const base = cells.slice(0, k).findIndex((c) => INDEX_BASE.test(c.line.text));
  const head = cells[base];
  if (head === undefined) return;
  const at = offsetsOf(orphan.line);
  head.line = lineOf(`${head.line.text}=${orphan.line.text}`, [
    ...offsetsOf(head.line),
    at[0] as number,
    ...at,
  ]);
  cells.splice(k, 1);
}

/**
 * `绝对数` / `（亿元）` / `比上年同期增长` / `（%）`: head cells printed one a line, each with its unit in
 * brackets on the line under it. Among the head's words (the cells before the first figure), a unit
 * alone in brackets joins the word cell over it; a bracketed line that names no unit (`（现价）`)
 * stays a cell.
 */
function joinHeadUnits(cells: { line: TextLine; raw: number }[]): void {
  // (So does `增长（%）` under `比上年同期`: a head cell broken before its change.)
  for (let k = 1; k < cells.length; k++) {
    const cell = cells[k] as { line: TextLine; raw: number };
    if (kindOf(cell.line.text) === "figure") return;
    const over = cells[k - 1] as { line: TextLine; raw: number };
    const unit = BRACKETED_UNIT.test(cell.line.text) && !BRACKETED_UNIT.test(over.line.text);
    if (!unit && !(CHANGE_HEAD.test(cell.line.text) && COMPARED_BASE.test(over.line.text)))
      continue;
    over.line = lineOf(`${over.line.text}${cell.line.text}`, [
      ...offsetsOf(over.line),
      ...offsetsOf(cell.line),
    ]);
    cells.splice(k, 1);
    k--;
  }
}

/**
 * `盟市` / `甲盟` … `丙市` / `综合指数` / `1.95` … / `排名` / `1` … / `盟市` / `丁市` …: a wide table a
 * page printed in blocks one cell a line, each block under its own head that opens with the same
 * corner word. The run ends before the corner word printed again after a figure, where a word
 * follows it (the next block's head, which may be cut by the copy's end) and the cells before it
 * are whole rows of the head's width, a head and two rows at least. Not: the corner word
 * printed again before any figure (a head printed twice side by side, `行业大类` … `行业大类` …; a
 * word the cells repeat, `持平` / `持平` / …), a figure or a blank after it (a row's label that
 * happens to match), a corner of one character.
 */
function endBeforeRepeatedCorner(cells: { line: TextLine }[]): void {
  const text = (k: number): string => (cells[k]?.line.text ?? "").replace(/\s+/g, "");
  // The corner: the first cell, or the one after a title over the table and a blank line.
  let o = 0;
  if (text(o) !== "" && titleText(text(o), text(o + 1) === "")) o++;
  if (text(o) === "") o++;
  const corner = text(o);
  if (corner.length < 2 || kindOf(corner) !== "word" || kindOf(text(o + 1)) !== "word") return;
  let first = -1;
  for (let j = o + 1; j + 1 < cells.length; j++) {
    // (Printed again before a figure: a head twice side by side, or a word the rows repeat.)
    if (text(j) === corner && first < 0) return;
    if (first < 0) {
      if (kindOf(text(j)) === "figure") first = j;
    } else if (text(j) === corner && kindOf(text(j + 1)) === "word") {
      // The block is whole rows of the head's width (the words before the first figure, the
      // first row's label aside), two at least.
      const width = first - o - 1;
      if (width >= 2 && (j - o) % width === 0 && (j - o) / width >= 3) cells.length = j;
      return;
    }
  }
}

/** A digit: a line holding one is no half of a broken word. */
const DIGIT = /\d/;

/** A half of a head word a narrow column broke over two lines (`商品` / `类别`): two characters at most. */
const HALF_WORD = 2;

/**
 * `商品` / `类别` / `家用` / `电器` / … / `化妆品` / `数量` / `97` / … / `商品类` / `占比` / `23.7%` / …:
 * cells one a line whose words a narrow column broke over two lines. The rows show the width: each
 * row a word, or two lines of one, then figures (`工矿商贸` / `176` / `180` / `生产经营性` / `火灾` /
 * `4` / `6`: two words to a row, two tables side by side), the same kinds in the same order row
 * after row, two rows at least; the head, the words before the first row's label, is as wide once
 * its halves (lines of {@link HALF_WORD} characters at most, side by side) are joined in pairs from
 * the left, two pairs at least. The halves and the rows' broken words are joined; else nothing
 * changes. Not: a column of words that every row fills with two lines (`城区` / `投诉` / `12`: two
 * columns of words), a head as wide as its rows already, a head that halves cannot bring to the
 * rows' width, one pair only (`指标` / `本月`: two head cells perhaps), a title over the head, blanks.
 */
function joinBrokenCells(cells: { line: TextLine; raw: number }[]): boolean {
  const cellText = (k: number): string => (cells[k] as { line: TextLine }).line.text;
  const kinds = cells.map((c) => kindOf(c.line.text));
  const first = kinds.indexOf("figure");
  if (first < 3 || kinds.includes("blank")) return false;
  // A title over the head (a phrase of eight characters or more) would count as a head cell.
  if (titleText(cellText(0))) return false;
  // The body from the first row's label as slots: a figure, or a run of word lines (one word).
  const slots: { figure: boolean; from: number; to: number }[] = [];
  for (let i = first - 1; i < cells.length; ) {
    let j = i + 1;
    if (kinds[i] === "word") while (j < cells.length && kinds[j] === "word") j++;
    slots.push({ figure: kinds[i] === "figure", from: i, to: j });
    i = j;
  }
  // The shortest period of the slots' kinds over two rows or more.
  const pattern = (w: number): number => {
    let rows = 0;
    for (let r = 0; (r + 1) * w <= slots.length; r++) {
      let same = true;
      for (let c = 0; c < w && same; c++)
        same =
          (slots[r * w + c] as { figure: boolean }).figure ===
          (slots[c] as { figure: boolean }).figure;
      if (!same) break;
      rows++;
    }
    return rows;
  };
  const head = first - 1;
  // (Three columns at least: a narrow column breaks its words in a wide table.)
  widths: for (let w = 3; w <= Math.min(head, MAX_COLUMNS); w++) {
    const rows = pattern(w);
    if (rows < 2 || !slots.slice(0, w).some((s) => s.figure)) continue;
    // Words that every row prints on two lines or more are columns of words: no broken cells.
    for (let c = 0; c < w; c++) {
      if ((slots[c] as { figure: boolean }).figure) continue;
      let short = Number.POSITIVE_INFINITY;
      let long = 0;
      for (let r = 0; r < rows; r++) {
        const s = slots[r * w + c] as { from: number; to: number };
        short = Math.min(short, s.to - s.from);
        long = Math.max(long, s.to - s.from);
      }
      if (short > 1 || long > 2) continue widths;
    }
    // (The head shows the break: rows alone whose words run over two lines may be two columns.)
    const pairs = halfPairs(cells, head, w);
    // (Two pairs at least: one pair may be two head cells of two characters, `指标` / `本月`.)
    if (pairs === undefined || pairs.length < 2) continue;
    // Join from the end, so that the indexes before each join stand.
    const joins: [number, number][] = [];
    for (let k = 0; k < rows * w; k++) {
      const s = slots[k] as { from: number; to: number };
      if (s.to - s.from !== 2) continue;
      // `当年出栏羊` / `117939只`: a figure whose unit makes it read as a word is a cell of its own.
      if (DIGIT.test(cellText(s.from)) || DIGIT.test(cellText(s.from + 1))) continue widths;
      joins.push([s.from, s.to]);
    }
    joins.unshift(...pairs.map((p): [number, number] => [p, p + 2]));
    for (let k = joins.length - 1; k >= 0; k--) {
      const [from] = joins[k] as [number, number];
      const a = cells[from] as { line: TextLine; raw: number };
      const b = cells[from + 1] as { line: TextLine; raw: number };
      a.line = lineOf(`${a.line.text}${b.line.text}`, [...offsetsOf(a.line), ...offsetsOf(b.line)]);
      a.raw = b.raw;
      cells.splice(from + 1, 1);
    }
    return true;
  }
  return false;
}

/**
 * Where pairs of halves ({@link HALF_WORD}) side by side among the first `head` cells start, taken
 * from the left, every half in a pair; undefined when a half is left alone, when every line is a
 * half, or when the pairs do not make the head `width` cells wide.
 */
function halfPairs(
  cells: readonly { line: TextLine }[],
  head: number,
  width: number,
): number[] | undefined {
  const half = (k: number): boolean => {
    const t = (cells[k] as { line: TextLine }).line.text.replace(/\s+/g, "");
    return t.length <= HALF_WORD;
  };
  const pairs: number[] = [];
  // A head of halves only (`片区` / `类别` / `数量` / `东片` / `投诉` / `12`) may end in the first row's
  // label broken or not: which lines pair up is not shown, and so no pair is.
  let whole = false;
  for (let k = 0; k < head && !whole; k++) whole = !half(k);
  if (!whole) return undefined;
  let count = head;
  for (let k = 0; k < head; k++) {
    if (!half(k)) continue;
    // A half left without its other half: the head's words are not broken in pairs.
    if (k + 1 >= head || !half(k + 1)) return undefined;
    pairs.push(k);
    count--;
    k++;
  }
  return count === width ? pairs : undefined;
}

/** `比上年同期`, `较上月`: the base of a change, alone (no change named: a head cell broken over lines). */
const COMPARED_BASE = /^(?:比|较|較)[^增减減降幅（(]{1,6}$/;
/** `增长（%）`, `增減(%)`: a change and its unit, the rest of a head cell broken after its base. */
const CHANGE_HEAD = /^(?:增[长長减減幅速]|下降)[^（()）]{0,4}[（(][^（()）]{1,6}[）)]$/;

/** A web page's footer (`公网安备 …号`, `ICP备…`, `版权所有`): it closes a table cut by the copy's end. */
const PAGE_FOOT = /公[网網]安[备備]|ICP[备備]|[网網]站[标標][识識]|版[权權]所有/;

/** A cell that is one figure: never a head cell. */
const FIGURE = /^[+-]?\d[\d,]*(?:\.\d+)?(?:万|亿)?(?:%|件|人次|人|个|家|元|项|户|次)?$/;

/** A figure, a percentage or a not-applicable mark: what the data cells of a table hold. */
const NUMERIC = /^(?:[+\-±]?\d[\d,]*(?:\.\d+)?(?:万|亿)?\S{0,3}|[/—–-]{1,2})$/;

/**
 * 2 when every run of empty lines between two lines of text is two lines or longer (a copy that
 * doubled its blank lines, `\r\n\r\n` read twice), else 1.
 */
function blankUnit(raw: readonly Range[]): number {
  let shortest = Number.POSITIVE_INFINITY;
  let run = 0;
  let text = false;
  // By index, not `for (const [a, b] of raw)`: the iterator protocol builds an object a line
  // in a loop that runs once a parse (rarely optimised).
  for (let r = 0; r < raw.length; r++) {
    const line = raw[r] as Range;
    if (line[0] === line[1]) run++;
    else {
      if (text && run > 0) shortest = Math.min(shortest, run);
      run = 0;
      text = true;
    }
  }
  return shortest >= 2 && shortest !== Number.POSITIVE_INFINITY ? 2 : 1;
}

/** A unit closing a table's title (`表1-1全县常住人口地区构成表 单位:人、%`, since 2026-12-08). */
const TITLE_UNIT = /(?<=表)\s*(?:计量|計量)?[单單]位[：:][^：:，,。；]{1,12}$/;

/**
 * Whether a bare cell's text may be a table's title over its head: a phrase of words, eight
 * characters or more (four over the table's period or its blank corner: `short`), no clause mark.
 */
const titleText = (text: string, short = false): boolean =>
  text.length >= (short ? 4 : 8) && !CLAUSE_MARK.test(text) && kindOf(text) === "word";

/**
 * `2022年8月`, `2022年1-8月`, `2022年8月份`, `2022年上半年`, `2022年前三季度`: the month or months of a
 * year a table covers, alone.
 */
const PERIOD_ALONE =
  /^\d{4}年(?:\d{1,2}(?:[-—~～至]\d{1,2})?月份?|[上下]半年|(?:第?[一二三四1-4]|前[二三2-3]|1-[2-4])季度)$/;

/**
 * `… / 2.69%` / `全国12315平台受理服务类投诉五大热点` / `项目` / `数量（件）` / …: a title over the first two
 * cells of the head the run opened with, printed again, opens the next table of that head (two
 * tables back to back one cell a line, as a PDF's text gives them, no blank line between): the
 * cells end before the title. `captioned`: the run's head is its first cell (else a title may
 * stand over it).
 */
function endBeforeRepeatedHead(cells: { line: TextLine }[], captioned: boolean): void {
  const text = (k: number): string => cells[k]?.line.text ?? "";
  /** A title over a blank corner or a period: a shorter one is a title too. */
  const title = (k: number): boolean =>
    titleText(text(k), text(k + 1) === "" || PERIOD_ALONE.test(text(k + 1)));
  if (cells.length < 4) return;
  const h = !captioned && title(0) ? 1 : 0;
  // The head's first two cells of words, after its blank corner (`主要产品产量` / `` / `2023年` / …).
  let o = h;
  while (o < h + MAX_EMPTY_CELLS && text(o) === "") o++;
  const n = o - h + 2;
  if (text(o) === "" || text(o + 1) === "") return;
  for (let j = h + n; j + n < cells.length; j++) {
    let same = true;
    for (let m = 0; m < n && same; m++) same = text(j + 1 + m) === text(h + m);
    if (same && title(j)) {
      // (Blank cells before the title, empty lines over it, go with it.)
      let end = j;
      while (end > 0 && text(end - 1) === "") end--;
      cells.length = end;
      return;
    }
  }
}

/** A year naming a column of a series (`2006`, `1995年`, `2021 年`). */
const YEAR_CELL = /^(?:19|20)\d\d(?:\s?年)?$/;
/** A row a series' last years lack holds its label and two figures at least ({@link seriesHead}). */
const MIN_SERIES_FIGURES = 2;
/** A colon closing a group's label (`一、按销售地区分:`). */
const TRAILING_COLON = /[:：]\s*$/;

/**
 * `  1995年 1997年 … 2006年`, `指标 2018 2019 2020`: a spaced table's head of years (its corner, blank
 * or a word, aside; three at least): a yearbook's series, whose rows a year may lack (a series
 * started late or stopped) and whose groups are labelled by rows of their own.
 */
function seriesHead(head: readonly TextLine[]): boolean {
  const years = head.slice(1);
  return years.length >= MIN_SPACED_HEAD - 1 && years.every((c) => YEAR_CELL.test(c.text));
}

/** `8-21`, `14—16`: a yearbook's table number (chapter and table) before its title and a gap. */
const YEARBOOK_NUMBER = /^\d{1,2}[-—–－]\d{1,3}(?=[ \u3000])/;
/** The longest such number, with the gap's first unit. */
const MAX_YEARBOOK_NUMBER = 8;

/**
 * `全 市`, `合 计` in a head whose cells single spaces part: one-character Han cells side by side are
 * one word printed spaced out (no head names a column by one character), joined; others as given.
 */
function joinSpacedOutWords(cells: TextLine[]): TextLine[] {
  const lone = (c: TextLine | undefined): boolean =>
    c !== undefined && c.text.length === 1 && isHan(c.text);
  const joined: TextLine[] = [];
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k] as TextLine;
    const last = joined[joined.length - 1];
    if (lone(cell) && last !== undefined && lone(cells[k - 1]) && !SPACE.test(last.text)) {
      joined[joined.length - 1] = appendLine({ text: last.text, spans: [...last.spans] }, "", cell);
    } else joined.push(cell);
  }
  return joined;
}

/** A gap or a clause's mark: a spaced table's title holds none (built once, asked of every short line). */
/**
 * Whether `source[from, to)` holds white space or a clause's mark (`[\s。；！？，,;]`), read in
 * place: every line that opens no other table is asked, and most answer at once.
 */
function gapOrClauseIn(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const n = source.charCodeAt(i);
    if (
      isSpaceCode(n) ||
      // (The rest of `\s`: line breaks, which part raw lines and so are never inside one, and the BOM.)
      n === 0x0a ||
      n === 0x0d ||
      n === 0x0c ||
      n === 0x2028 ||
      n === 0x2029 ||
      n === 0xfeff ||
      n === 0x3002 /* 。 */ ||
      n === 0xff1b /* ； */ ||
      n === 0xff01 /* ！ */ ||
      n === 0xff1f /* ？ */ ||
      n === 0xff0c /* ， */ ||
      n === 0x2c /* , */ ||
      n === 0x3b /* ; */
    )
      return true;
  }
  return false;
}
const WHITE_SPACE = /\s/;

/**
 * Most blank cells a run of empty lines between two cells holds ({@link cellLines}); a longer run
 * parts the text after a table from it.
 */
const MAX_EMPTY_CELLS = 3;

/** A point numbered in Arabic figures (`2、…`, `3.…`), opening a title. */
const ARABIC_POINT = /^\d{1,2}[、.．]/;

/** Most rows a run of rows without figures (`资源税 | |||||`) holds before a row with figures. */
const MAX_BLANK_ROWS = 24;

/**
 * How many lines of a run of bare cells parted by blank lines a table is looked for at, at most:
 * each try reads the rest of the run, so trying every line would cost the square of its length.
 */
const MAX_RUN_TRIES = 16;

/**
 * Finds the tables among the raw lines of a text. Returns, by the index of its first raw
 * line, each table's last raw line and the table as one line (`table` set; its text is the
 * caption, or `表`, for anything that reads lines as text). A run of lines one of which a
 * predicate `skip` makes holds (a web page's file-information grid, `| 索引号： | … |`) is not a
 * table: the lines stay lines, for the repair to drop. `skip` makes a new predicate for each run
 * (a web-line filter keeps state from line to line: the run's lines are no lines of the text's
 * own order, and must not tell the filter the text reads on).
 */
export function findTables(
  source: string,
  raw: readonly Range[],
  clean: CleanRange,
  skip?: () => (text: string) => boolean,
  cleanRow: (r: number) => TextLine = (r) => clean(...(raw[r] as Range)),
): Map<number, { end: number; line: TextLine }> {
  const found = new Map<number, { end: number; line: TextLine }>();
  /** A line with nothing on it (not even spaces: a line of spaces may be a blank cell). */
  const empty = (r: number): boolean => {
    const line = raw[r] as Range;
    return line[0] === line[1];
  };
  /** Whether each line is blank, once: 0 unknown, 1 yes, 2 no (asked of a line many times). */
  const blanks = new Uint8Array(raw.length);
  const blank = (r: number): boolean => {
    if (blanks[r] === 0) {
      const line = raw[r] as Range;
      blanks[r] = trimStart(source, line[0], line[1]) === line[1] ? 1 : 2;
    }
    return blanks[r] === 1;
  };
  /**
   * How many empty lines stand for one blank line: 2 in a copy that doubled every blank line
   * (each run of empty lines between two lines is two or longer), else 1.
   */
  const gap = blankUnit(raw);
  /**
   * The next line at or after `r` that is not blank, within one blank line (`gap` empty lines
   * in a copy that doubled them).
   */
  const next = (r: number): number => {
    if (r >= raw.length || !blank(r)) return r;
    return gap === 2 && r + 2 < raw.length && empty(r) && empty(r + 1) ? r + 2 : r + 1;
  };
  // Which lines hold a pipe (the forms of web pages' tables are asked of every line); which hold
  // what {@link hasRowMark} looks for (a pipe, a tab, an ideographic space, two spaces in a row): a
  // line without any is split by no gap or pipe (`splitRow` says so after a look at each of its
  // units); which hold white space or a pipe: a spaced table's head and rows do ({@link spacedRowsFollow}).
  const { piped, rowMarked, spaced } = lineMarks(source, raw);
  /** {@link bareCell} of each line, once: 0 unknown, 1 yes, 2 no. */
  const bare = new Uint8Array(raw.length);

  /** The copy's last line that is not blank ({@link copyEnd}). */
  let lastLine: number | undefined;
  /** The last line of the run of cells a table was last looked for in, and how many times. */
  let run = { end: -1, tries: 0 };
  for (let r = 0; r < raw.length; r++) {
    if (blank(r)) continue;
    const table: { end: number; lines: TableLines; from?: number } | undefined =
      bilingualTableAt(r) ??
      (mayOpen(r) ? tableAt(r) : undefined) ??
      spacedTableAt(r) ??
      numberedFormAt(r);
    if (!table) {
      // A run of ` |` cell lines, or of bare one-cell lines, that is no table is no table from
      // any later line of it either (and trying each would cost the square of its length).
      // (A bare line whose bar closes it on the next line opens a table of another form.)
      if (pipeCell(r)) while (r + 1 < raw.length && pipeCell(r + 1)) r++;
      else if (bareCell(r)) {
        // Cells parted by blank lines, or each closed by a bar on the line under it, run on as
        // {@link cellLines} reads them: such a run is tried again from its next lines (the
        // lines over a table's head may be its title, `投 诉 类 排 行` / `项目`, or the cells of
        // a table cut short), a few of them, and then passed over.
        if (r > run.end) run = { end: cellRunEnd(r), tries: 0 };
        run.tries++;
        // (A table's title over its unit line and pipes, {@link unitTitleAt}, ends the run.)
        while (
          r + 1 < raw.length &&
          bareCell(r + 1) &&
          !barredCell(r + 1) &&
          !(unitLinePiped(r + 1) && unitTitleAt(r + 1) !== undefined)
        )
          r++;
        if (run.tries >= MAX_RUN_TRIES) r = Math.max(r, run.end);
      }
      continue;
    }
    run = { end: -1, tries: 0 };
    if (skip && skipped(r, table.end)) continue;
    // A head with no row under it (`| 截至2023年 12月31日 |` / … / `|` / `|---|---|`: the head's
    // cells broken over lines, then a separator the reader does not take on): its rows are the
    // table's rows, as the model has no table without a row (read as text, the cells' short lines
    // would pass for headings).
    if (table.lines.rows.length === 0) {
      table.lines.rows = table.lines.head;
      table.lines.head = [];
    }
    const first = table.lines.caption ?? table.lines.head[0]?.[0] ?? table.lines.rows[0]?.[0];
    // (A table under a title line kept as the text's: the table's line stands where it starts.)
    const at =
      table.from !== undefined
        ? (raw[table.from] as Range)[0]
        : ((first && offsetAt(first, 0)) ?? (raw[r] as Range)[0]);
    found.set(table.from ?? r, {
      end: table.end,
      line: { text: table.lines.caption?.text ?? "表", spans: [0, at], table: table.lines },
    });
    r = table.end;
  }
  return found;

  /**
   * Whether a table can open at line `r` ({@link tableAt} asks more): a caption's first mark, a
   * pipe, a gap that splits the line, or a line that may be a lone cell. Most lines of running
   * text are none of these, and are passed over without building anything.
   */
  function mayOpen(r: number): boolean {
    if (piped[r] === 1) return true;
    const line = raw[r] as Range;
    return (
      opensCaption(source.charCodeAt(trimStart(source, line[0], line[1]))) ||
      bareCell(r) ||
      (piped[r + 1] === 1 && barTitleAt(r)) ||
      (unitLinePiped(r) && unitTitleAt(r) !== undefined) ||
      (rowMarked[r] === 1 && splitRow(source, line) !== undefined)
    );
  }

  /**
   * `2023年全国城镇老旧小区改造进展情况` / `（截至2023年6月末）` / `序号 省份 新开工小区数（个） 开工率` /
   * `1 贵州 1071 全部开工` / … / `合计 42621 80.4%`: a table whose cells a single space parts, under a
   * title line (a bracketed note under it folded in). Held to more than a table marked by pipes or
   * wide gaps, since single spaces mark nothing alone: a head of three to twelve words (or of words
   * and years in turn, `居住国家/地区 2007 2008 2009`: a yearbook's series, {@link yearHeads}), three
   * rows or more of as many short cells each (no clause mark in any), each row with a figure; a
   * total row one cell short (its label over the number's column and the name's) may close it.
   */
  function spacedTableAt(r: number): { end: number; lines: TableLines; from?: number } | undefined {
    const [a, b] = raw[r] as Range;
    if (b - a > MAX_SPACED_TITLE * 3 || piped[r] === 1) return undefined;
    if (!spacedRowsFollow(spaced, next, next(r + 1))) return undefined;
    // The title is one run of text, no clause in it: no gap or mark inside (its indent aside, and
    // the gap after a yearbook's table number, `8-21  分县区保险业主要指标`).
    const from = trimStart(source, a, b);
    const numbered = YEARBOOK_NUMBER.exec(source.slice(from, from + MAX_YEARBOOK_NUMBER));
    const named = numbered ? trimStart(source, from + numbered[0].length, b) : from;
    if (gapOrClauseIn(source, named, trimEnd(source, a, b))) return undefined;
    let k = next(r + 1);
    if (k >= raw.length) return undefined;
    // Its head (cells parted by spaces), or a bracketed note or a unit line over the head.
    const below = trimRange(source, ...(raw[k] as Range));
    const belowText = source.slice(...below);
    const noted =
      SPACED_NOTE.test(belowText) ||
      (BARRED_UNIT.test(belowText) && belowText.length <= MAX_UNIT_LINE);
    if (!noted && !WHITE_SPACE.test(belowText)) return undefined;
    const title = cleanRow(r);
    if (
      title.text.length < 4 ||
      title.text.length > MAX_SPACED_TITLE ||
      !isHan(title.text.charAt(title.text.length - 1)) ||
      CLAUSE_MARK.test(title.text) ||
      startsBlock(title.text)
    )
      return undefined;
    let note: TextLine | undefined;
    if (noted) {
      note = clean(...(raw[k] as Range));
      k = next(k + 1);
      if (k >= raw.length) return undefined;
    }
    const spacedHead = spacedCells(k);
    const head = spacedHead && joinSpacedOutWords(spacedHead);
    if (
      head === undefined ||
      head.length < MIN_SPACED_HEAD ||
      head.length > MAX_SPACED_COLUMNS ||
      (head.some((c) => kindOf(c.text) !== "word") && !yearHeads(head))
    )
      return undefined;
    // `全 市 △市区 德清县 …` over `保险金额 53891654 29142824 …`: a head without its corner, the rows
    // one cell wider, each opening with its label; the corner is a blank cell.
    const firstRow = next(k + 1) < raw.length ? spacedCells(next(k + 1)) : undefined;
    if (
      firstRow?.length === head.length + 1 &&
      kindOf((firstRow[0] as TextLine).text) === "word" &&
      firstRow.slice(1).every((c) => kindOf(c.text) === "figure")
    )
      head.unshift({ text: "", spans: [] });
    const rows: TextLine[][] = [];
    const series = seriesHead(head);
    const blanks = (n: number): TextLine[] =>
      Array.from({ length: n }, () => ({ text: "", spans: [] }));
    let end = k;
    for (let i = next(k + 1); i < raw.length; i = next(i + 1)) {
      const cells = spacedCells(i);
      if (cells === undefined || !cells.some((c) => kindOf(c.text) === "figure")) {
        // `一、按销售地区分:` in a series: a group's label, its cells blank, over a row of the table.
        const label = series ? groupLabelAt(i) : undefined;
        if (label === undefined || spacedCells(next(i + 1))?.length !== head.length) break;
        rows.push([label, ...blanks(head.length - 1)]);
        end = i;
        continue;
      }
      if (cells.length === head.length) {
        rows.push(cells);
        end = i;
        continue;
      }
      // `制造业 60235 95109 114241 119728` in a series: a row the last years lack, its label and
      // figures from the left, the rest blank (the spaces after its last figure print them).
      if (
        series &&
        cells.length > MIN_SERIES_FIGURES &&
        kindOf((cells[0] as TextLine).text) === "word" &&
        cells.slice(1).every((c) => kindOf(c.text) === "figure")
      ) {
        rows.push([...cells, ...blanks(head.length - cells.length)]);
        end = i;
        continue;
      }
      // `合计 42621 80.4%`: the total row, one cell short, after rows that number and name theirs.
      if (
        cells.length === head.length - 1 &&
        rows.length >= 2 &&
        TOTAL_LABEL.test((cells[0] as TextLine).text) &&
        cells.slice(1).every((c) => kindOf(c.text) === "figure") &&
        rows.every((row) => kindOf((row[0] as TextLine).text) === "figure")
      ) {
        rows.push([{ text: "", spans: [] }, ...cells]);
        end = i;
        break;
      }
      // `28 新疆生产建设兵团` with no score among full rows: kept, the cell it lacks left empty,
      // when its cells' kinds tell which one (see {@link shortRowGap}) and a full row follows.
      const gap =
        cells.length === head.length - 1 && rows.length >= 2
          ? shortRowGap(
              cells.map((c) => kindOf(c.text)),
              rows.map((row) => row.map((c) => kindOf(c.text))),
            )
          : undefined;
      const after =
        gap === undefined || next(i + 1) >= raw.length ? undefined : spacedCells(next(i + 1));
      if (gap === undefined || after?.length !== head.length) break;
      cells.splice(gap, 0, { text: "", spans: [] });
      rows.push(cells);
      end = i;
    }
    if (rows.length < 3) return undefined;
    return titledTable(r, end, title, note, head, rows);
  }

  /**
   * A table under its title line `r` (`title`, cleaned), read by {@link spacedTableAt} or
   * {@link bilingualTableAt}: its caption the title, with the line under it (`under`: a bracketed
   * note or unit line, the title in English) appended. `8-21  分县区保险业主要指标` as the text's
   * first line, over the table: the page is the table, its title the page's title, the line kept
   * as text (the table starts under it, its caption the line under the title, if any: the title is
   * not written twice, in the model nor in the repaired text). (A page's furniture over it,
   * `字号：大 中 小` / `【打印】【关闭】`, which the filter drops, is no line of the text.)
   */
  function titledTable(
    r: number,
    end: number,
    title: TextLine,
    under: TextLine | undefined,
    head: TextLine[],
    rows: TextLine[][],
  ): { end: number; lines: TableLines; from?: number } {
    // A copy of the title: the repaired row is kept for the repair's own use.
    const caption =
      under === undefined
        ? title
        : appendLine({ text: title.text, spans: [...title.spans] }, " ", under);
    const lines: TableLines = { caption, head: [head], rows, notes: [], problems: [] };
    let first = 0;
    while (first < r && (blank(first) || skipped(first, first))) first++;
    if (first === r) {
      const { caption: _, ...untitled } = lines;
      return {
        end,
        lines: under === undefined ? untitled : { ...untitled, caption: under },
        from: next(r + 1),
      };
    }
    return { end, lines };
  }

  /**
   * `4-4 投资施工项目数和计划总投资` / `Number of Investment Projects …` / `指标 Item 2018 2019 2020 2021` /
   * `施工项目个数 (个) Number of Projects Under Construction(unit) 23578 22195 …` / …: a yearbook's
   * bilingual table under its numbered title (and the title in English), its head a corner and
   * the years of its columns, each row a label in both languages and its figures
   * ({@link bilingualRow}). A row with fewer figures than years fills them from the left, the
   * rest blank; a group's label (`馆藏档案 Collection of Archives`) is a row of blank cells. Three
   * rows with figures at least.
   */
  function bilingualTableAt(
    r: number,
  ): { end: number; lines: TableLines; from?: number } | undefined {
    const [a, b] = raw[r] as Range;
    if (b - a > MAX_SPACED_TITLE * 3 || piped[r] === 1) return undefined;
    const from = trimStart(source, a, b);
    const d = source.charCodeAt(from);
    if (d < 0x30 || d > 0x39) return undefined;
    if (!YEARBOOK_NUMBER.test(source.slice(from, from + MAX_YEARBOOK_NUMBER))) return undefined;
    let k = next(r + 1);
    if (k >= raw.length) return undefined;
    // The title in English, no Han in it.
    let english: TextLine | undefined;
    const below = cleanRow(k);
    if (/[A-Za-z]{2}/.test(below.text) && !/[\u3400-\u9fff]/.test(below.text)) {
      english = below;
      k = next(k + 1);
      if (k >= raw.length) return undefined;
    }
    const headCells = bilingualHead(source, ...(raw[k] as Range));
    if (headCells === undefined) return undefined;
    const columns = headCells.years.length;
    const head = [headCells.corner, ...headCells.years].map(([x, y]) => clean(x, y));
    const rows: TextLine[][] = [];
    let figured = 0;
    let end = k;
    for (let i = next(k + 1); i < raw.length; i = next(i + 1)) {
      const [x, y] = raw[i] as Range;
      if (x === y || skipped(i, i)) break;
      const cells = bilingualRow(source, x, y, columns);
      if (cells === undefined) break;
      if (cells.figures.length > 0) figured++;
      rows.push([
        clean(...cells.label),
        ...cells.figures.map(([p, q]) => clean(p, q)),
        ...Array.from({ length: columns - cells.figures.length }, () => ({
          text: "",
          spans: [],
        })),
      ]);
      end = i;
    }
    if (figured < 3) return undefined;
    return titledTable(r, end, cleanRow(r), english, head, rows);
  }

  /**
   * `指标名称 单位 代码 数量 上季度 环比 上月` / `1 2 3 4` / `（一）乡级行政区划 JZH011110000 3,101 3,101` / …: a
   * statistics form whose cells single spaces part, the row under its head numbering its figure
   * columns (the last ones; the columns before them name each row: its label, unit, code). The
   * numbering marks the table where the spaces alone would not. Rows print only the cells they
   * fill: each row's figures fill the numbered columns from the left, its words the naming columns
   * (its first word the label, its last the code or unit when it has more; words past the naming
   * columns' count belong to the label: `其中:A 孤儿基本生活保障支出`). The numbering row stays in the
   * head, its naming columns blank. A line the page's filter drops (`打印本页 关闭窗口`) ends the rows.
   */
  function numberedFormAt(r: number): { end: number; lines: TableLines } | undefined {
    if (spaced[r] !== 1) return undefined;
    const k = next(r + 1);
    if (k >= raw.length || spaced[k] !== 1) return undefined;
    const [a, b] = trimRange(source, ...(raw[k] as Range));
    if (b - a > MAX_NUMBERING_LINE || !COLUMN_NUMBERS.test(source.slice(a, b))) return undefined;
    const head = spacedCells(r);
    const numbers = spacedCells(k);
    if (
      head === undefined ||
      numbers === undefined ||
      head.length < MIN_FORM_COLUMNS ||
      head.length > MAX_SPACED_COLUMNS ||
      head.some((c) => kindOf(c.text) !== "word") ||
      numbers.length >= head.length ||
      numbers.some((c, n) => c.text !== String(n + 1))
    )
      return undefined;
    const naming = head.length - numbers.length;
    const blank = (): TextLine => ({ text: "", spans: [] });
    const rows: TextLine[][] = [];
    let end = k;
    for (let i = next(k + 1); i < raw.length; i = next(i + 1)) {
      const line = raw[i] as Range;
      if (line[1] - line[0] > MAX_SPACED_CELL * MAX_SPACED_COLUMNS) break;
      // `打印本页 关闭窗口` under the form: the page's furniture (words a space parts, as a row's
      // label and code are) ends it, not a row of it.
      if (skipped(i, i)) break;
      const split = splitRow(source, line, true);
      if (split === undefined || split.kind !== "space") break;
      const cells = cellsOf(split, clean);
      if (cells.some((c) => c.text.length > MAX_SPACED_CELL || SENTENCE.test(c.text))) break;
      const first = cells.findIndex((c) => kindOf(c.text) === "figure");
      const words = first < 0 ? cells : cells.slice(0, first);
      const figures = first < 0 ? [] : cells.slice(first);
      if (
        words.length === 0 ||
        figures.length > numbers.length ||
        figures.some((c) => kindOf(c.text) !== "figure")
      )
        break;
      const labelEnd = Math.max(1, words.length - naming + 1);
      const label = words.slice(0, labelEnd).reduce(joinWithSpace);
      const rest = words.slice(labelEnd);
      rows.push([
        label,
        ...Array.from({ length: naming - 1 - rest.length }, blank),
        ...rest,
        ...figures,
        ...Array.from({ length: numbers.length - figures.length }, blank),
      ]);
      end = i;
    }
    if (rows.length < MIN_FORM_ROWS) return undefined;
    return {
      end,
      lines: {
        head: [head, [...Array.from({ length: naming }, blank), ...numbers]],
        rows,
        notes: [],
        problems: [],
      },
    };
  }

  /**
   * `一、按销售地区分:`: line `i` as a group's label among a table's rows (a heading's marker
   * opening it, {@link MARKED_LABEL}; the colon after it dropped), or undefined.
   */
  function groupLabelAt(i: number): TextLine | undefined {
    const [a, b] = raw[i] as Range;
    // (A short line: a lone cell's length, and the spaces a copy prints for the row's blank cells.)
    if (b - a > MAX_LONE_CELL + MAX_SPACED_CELL) return undefined;
    const line = cleanRow(i);
    const label = line.text.replace(TRAILING_COLON, "");
    return MARKED_LABEL.test(label) ? { text: label, spans: line.spans } : undefined;
  }

  /** The cells of line `i` parted by single spaces, each short and no clause in it, or undefined. */
  function spacedCells(i: number): TextLine[] | undefined {
    const line = raw[i] as Range;
    if (line[1] - line[0] > MAX_SPACED_CELL * MAX_SPACED_COLUMNS) return undefined;
    const split = splitRow(source, line, true);
    if (split === undefined || split.kind !== "space") return undefined;
    if (split.cells.some(([x, y]) => y - x > MAX_SPACED_CELL)) return undefined;
    const cells = cellsOf(split, clean);
    return cells.some(
      (c) => c.text === "" || c.text.length > MAX_SPACED_TABLE_CELL || CLAUSE_MARK.test(c.text),
    )
      ? undefined
      : cells;
  }

  function skipped(from: number, to: number): boolean {
    const drops = skip?.();
    for (let i = from; i <= to; i++) if (drops?.(cleanRow(i).text)) return true;
    return false;
  }

  function tableAt(
    start: number,
    untitled = false,
  ): { end: number; lines: TableLines } | undefined {
    let r = start;
    // `| |` over `| 5-18 各地区私营企业就业人数(2003年底) | ||||`: a row of blank cells over a
    // title row is the page's empty row, no head of the table the title row opens.
    if (blankCellsRow(r) && next(r + 1) < raw.length && titleRowCell(next(r + 1))) return undefined;
    // `表1 … | ||||`: a caption printed as a title row (its bars no part of it).
    const captionRow = titleRowCell(r);
    let caption = readCaption(source, captionRow ?? (raw[r] as Range), clean);
    const titleCell = caption ? undefined : captionRow;
    // `附件1：…统计表` / `单位：亿元` / `地区 | 标准保费 | 同比 |`: the caption a table's cells are
    // counted in, no `表1` before it ({@link unitTitleAt}).
    const unitTitled =
      !untitled && caption === undefined && titleCell === undefined ? unitTitleAt(r) : undefined;
    // `全年受理量统计表（单位：件）` over bare cell lines: the table's title, not its first head cell
    // (the table is held to what bare lines without a caption must show; else the line is a cell).
    const titled =
      !untitled &&
      unitTitled === undefined &&
      caption === undefined &&
      titleCell === undefined &&
      bareCell(r) &&
      TABLE_TITLE.test(cleanRow(r).text) &&
      !CHART_TITLE.test(cleanRow(r).text) &&
      next(r + 1) < raw.length &&
      bareCell(next(r + 1));
    if (titled) {
      caption = cleanRow(r);
      r = next(r + 1);
    }
    // `2022年全区生产总值及其增长速度` / `|` / `单位:亿元` / `|` / `指 标` / `|` …: a title over cells
    // each closed by a bar, bars alone under it and under its unit line ({@link BARRED_TITLE}).
    const barTitled =
      !untitled &&
      !titled &&
      unitTitled === undefined &&
      caption === undefined &&
      titleCell === undefined &&
      barTitleAt(r);
    if (barTitled) {
      caption = cleanRow(r);
      r = pastBars(next(r + 1));
      // `单位:亿元` / `|`, or `單位:人、萬元 |`: the table's unit, folded into its caption.
      const unitRange = r < raw.length ? (pipeCellRange(r) ?? (raw[r] as Range)) : undefined;
      const unit = unitRange && clean(...unitRange);
      if (unit && BARRED_UNIT.test(unit.text)) {
        appendLine(caption, " ", unit);
        r = pastBars(next(r + 1));
      }
      // The cells then, each closed by a bar; else this is no such table.
      if (r >= raw.length || !(pipeCell(r) || barredCell(r))) return undefined;
    }
    if (unitTitled) {
      caption = unitTitled.caption;
      r = unitTitled.head;
    }
    if (titleCell) {
      // `1、本地生产总值 | |||` over a row of cells: the table's caption. Over another such
      // row (`1-9月进度数据发布 | |||` / `1、本地生产总值 | |||`) it is text, not a table, unless
      // that row is the table's unit (`5-18 各地区… | ||||` / `单位: 万户、万人 | ||||`), folded in.
      caption = clean(...titleCell);
      let n = next(r + 1);
      const unitCell = n < raw.length ? titleRowCell(n) : undefined;
      const unit = unitCell && clean(...unitCell);
      if (unit && BARRED_UNIT.test(unit.text)) {
        appendLine(caption, " ", unit);
        n = next(n + 1);
      }
      const following = n < raw.length ? splitRow(source, raw[n] as Range) : undefined;
      if (following?.kind !== "pipe" || titleRowCell(n)) return undefined;
      r = n;
    }
    if (caption && !titleCell && !titled && !barTitled && !unitTitled) {
      // Under a title row, a bar alone closes it (`表1 … | ||||` / `|` / `单位:% | ||||` / `|`).
      const pastRow = (k: number): number => (captionRow ? pastBars(k) : k);
      r = pastRow(next(r + 1));
      if (r >= raw.length) return undefined;
      // `表1 | |||||` / `2020年某镇一般公共预算收入执行情况表 | |||||`: a caption row of the table's
      // number alone, its name on the title row under it (words, not a sentence nor a unit line,
      // which the next step folds in): the name is the caption's, not a row of the head.
      // (`表二` / `2012年10月份国内发明专利授权状况表 |` / `单位:件 |` / `地区 |` …: over cells one a
      // line, the name is a cell line naming a table, {@link NAMED_CELL}; a head cell names none.)
      const numberOnly = NUMBER_ONLY_CAPTION.test(caption.text);
      const nameCell = numberOnly && !captionRow ? pipeCellRange(r) : undefined;
      const nameRow = captionRow
        ? numberOnly && titleRowCell(r)
        : nameCell && NAMED_CELL.test(clean(...nameCell).text) && nameCell;
      if (nameRow) {
        const name = clean(...nameRow);
        if (
          kindOf(name.text) === "word" &&
          !SENTENCE.test(name.text) &&
          !/^(?:计量)?单位[：:]/.test(name.text)
        ) {
          appendLine(caption, " ", name);
          r = pastRow(next(r + 1));
          if (r >= raw.length) return undefined;
        }
      }
      const unitRow = captionRow && titleRowCell(r);
      // `单位:亿元、万件 |` / `||||||||`: the unit printed as a cell (its bar no part of it), the
      // blank cells of its row as a line of bars under it, passed over.
      const unitCell = unitRow ? undefined : pipeCellRange(r);
      const unit = clean(...(unitRow || unitCell || (raw[r] as Range)));
      if (/^(?:计量)?单位[：:]/.test(unit.text)) {
        appendLine(caption, " ", unit);
        r = pastRow(next(r + 1));
        if (unitCell && r < raw.length && pipeRun(r) > 0) r = next(r + 1);
      }
    }
    if (r >= raw.length) return undefined;
    const lines: TableLines = { head: [], rows: [], notes: [], problems: [] };
    if (caption) lines.caption = caption;
    // (`| 以2021年 12月31日计算 |` / `以2022年 12月31日计算 |` / … / `|---|…`: a head broken over cell
    // lines over a rule is read as a row, {@link brokenRow}, not as cell lines.)
    const cellOpens = (pipeCell(r) || openerCellRange(r) !== undefined) && !brokenHeadOverRule(r);
    // `项目` / `|` / `2025年第一季度` / `|`: each cell closed by a bar on the line under it.
    const barred = !cellOpens && barredCell(r);
    const wideHead = cellOpens || barred ? undefined : splitRow(source, raw[r] as Range);
    // `产品名称 产量 比上年增长%` under a caption: a head single spaces part, and its rows too.
    const single = wideHead === undefined && caption !== undefined && !cellOpens && !barred;
    const headSplit = single ? splitRow(source, raw[r] as Range, true) : wideHead;
    let end: number;
    // (A head of ` |` cell lines over rows on a line each: {@link cellHeadOverRows}.)
    const overRows = caption !== undefined && cellOpens ? cellHeadOverRows(r) : undefined;
    const headed = overRows && rowsUnderCellHead(overRows, lines);
    if (headed !== undefined) end = headed;
    else if (!headSplit) {
      // Every cell a line of its own: ` |` lines, or bare lines (held to more without a caption).
      const read =
        cellLines(r, lines, caption !== undefined && !titled, cellOpens, barred) ??
        (cellOpens || barred ? undefined : numberedRows(r, lines));
      if (read === undefined) return titled ? tableAt(start, true) : undefined;
      end = read;
    } else if (
      headSplit.kind === "rule" ||
      // (A bordered head whose cells the page broke over lines: {@link brokenRow}.)
      (headSplit.kind === "pipe" && brokenRow(r, true) !== undefined) ||
      // (A head wrapped after its bars, its last cells a line each: {@link wrappedHeadEnd}.)
      (headSplit.kind === "pipe" && wrappedHeadEnd(r, headSplit.cells.length) >= 0) ||
      splitRow(
        source,
        raw[headSplit.kind === "pipe" ? pastBars(next(r + 1)) : next(r + 1)] ?? [0, 0],
        single,
      )
    ) {
      const read = flattenedRows(r, headSplit, lines, caption !== undefined, single);
      if (read === undefined) return undefined;
      end = read;
    } else {
      const read = loneCells(r, headSplit, lines, caption !== undefined);
      if (read === undefined) return undefined;
      end = read;
    }
    // Notes: `注：…` lines right after the table, a line each (a note's second line is text).
    for (let n = next(end + 1); n < raw.length; n = next(n + 1)) {
      const line = clean(...(raw[n] as Range));
      if (!isNote(line.text)) break;
      lines.notes.push(line);
      end = n;
    }
    if (lines.head.every(blankRow) && lines.rows.every(blankRow)) return undefined;
    // `表一：投诉性质变化表（单位：件）` under a table without a caption: its caption, printed below it.
    if (lines.caption === undefined) {
      const n = next(end + 1);
      const under = n < raw.length ? readCaption(source, raw[n] as Range, clean) : undefined;
      if (under !== undefined && !opensTableAfter(n)) {
        lines.caption = under;
        end = n;
      }
    }
    return { end, lines };
  }

  /** Whether a pipe line is two lines after line `r` (none on the two): {@link unitTitleAt} may hold. */
  function unitLinePiped(r: number): boolean {
    if (piped[r] === 1) return false;
    const k = next(r + 1);
    return k < raw.length && piped[k] !== 1 && piped[next(k + 1)] === 1;
  }

  /**
   * `附件1：2011年前三季度各地区保费统计表` / `单位：亿元` / `地区 | 标准保费 | 同比 |`: a title naming a
   * table ({@link UNIT_LINED_TITLE}, or a short title of words, {@link UNIT_LINED_NAME}) over a
   * `单位：…` line right over a line of pipes: the table's caption (title and unit), and the line its
   * cells open on. Not a title without the unit line (a heading over text may end in `表` too), not a
   * unit line under a sentence (`…如下表：` / `单位：万元`: the unit alone is left as it was), a heading
   * (`一、…`) nor a long line.
   */
  function unitTitleAt(r: number): { caption: TextLine; head: number } | undefined {
    const [a, b] = raw[r] as Range;
    if (b - a > MAX_CAPTION * 2) return undefined;
    const title = cleanRow(r);
    const t = title.text;
    if (
      t.length > MAX_CAPTION ||
      SENTENCE.test(t) ||
      CHART_TITLE.test(t) ||
      !(UNIT_LINED_TITLE.test(t) || (UNIT_LINED_NAME.test(t) && isHan(t.charAt(t.length - 1)))) ||
      startsBlock(t)
    )
      return undefined;
    const k = next(r + 1);
    if (k >= raw.length || piped[k] === 1) return undefined;
    const unit = cleanRow(k);
    if (
      !BARRED_UNIT.test(unit.text) ||
      unit.text.length > MAX_UNIT_LINE ||
      SENTENCE.test(unit.text)
    )
      return undefined;
    const head = next(k + 1);
    if (head >= raw.length || piped[head] !== 1) return undefined;
    return { caption: appendLine({ text: t, spans: [...title.spans] }, " ", unit), head };
  }

  /**
   * Whether line `r` is a title over cells each closed by a bar ({@link BARRED_TITLE}): a short
   * line, no pipe in it and no sentence mark before its end (`…公示表.` keeps its point), a bar alone
   * on the line under it.
   */
  function barTitleAt(r: number): boolean {
    const [a, b] = raw[r] as Range;
    if (b - a > MAX_LONE_CELL * 3 || piped[r] === 1) return false;
    const n = next(r + 1);
    if (n >= raw.length || !lonePipe(n)) return false;
    const t = cleanRow(r).text;
    return (
      t.length <= MAX_LONE_CELL + 1 &&
      BARRED_TITLE.test(t) &&
      !SENTENCE.test(t.slice(0, -1)) &&
      !CHART_TITLE.test(t)
    );
  }

  /**
   * Whether the line after a caption at `n` opens a table's cells (a pipe, a bare cell): the
   * caption is then that table's, over it, not the caption of the table above.
   */
  function opensTableAfter(n: number): boolean {
    const k = next(n + 1);
    if (k >= raw.length) return false;
    return piped[k] === 1 || bareCell(k) || splitRow(source, raw[k] as Range) !== undefined;
  }

  /**
   * A bare cell whose bar closes it on the next line (`项目` / `|`; a blank line between them, as
   * a page break leaves one, allowed).
   */
  function barredCell(r: number): boolean {
    return r + 1 < raw.length && bareCell(r) && next(r + 1) < raw.length && lonePipe(next(r + 1));
  }

  /**
   * `一、公共汽电车` / `|`, `(1)地铁` / `|`: a row's label with a heading's or item's marker, closed by
   * a bar on the next line as every cell of a table of barred cells is (its caller asks it inside
   * such a table only). A heading in running text has no bar under it.
   */
  function markedBarredCell(r: number): boolean {
    const [a, b] = raw[r] as Range;
    if (b - a > MAX_LONE_CELL * 3 || blank(r) || piped[r] === 1) return false;
    const n = next(r + 1);
    return (
      n < raw.length &&
      lonePipe(n) &&
      loneCell(cleanRow(r), true) &&
      splitRow(source, raw[r] as Range) === undefined
    );
  }

  /**
   * Rows on lines of their own, `|`, tab or space separated, from `r`. Returns the last raw
   * line, or undefined when this is not a table. `single`: cells single spaces part, as in the
   * head `first`; a row of another width ends the table.
   */
  function flattenedRows(
    r: number,
    first: Split,
    lines: TableLines,
    captioned: boolean,
    single = false,
  ): number | undefined {
    const kind = first.kind === "rule" ? "pipe" : first.kind;
    const rows: TextLine[][] = [];
    // The line each row opens on.
    const opens: number[] = [];
    const subHeads: TextLine[] = [];
    // The widest row before the last (the head's width, once the head is read).
    let widest = 0;
    let headRows = -1;
    let end = r;
    // The line of the last row read from one line of its own, and the table's last line before it
    // (see {@link headsNextTable}).
    const ownRow = { open: -1, before: -1 };
    let i = r;
    const headWidth = first.kind === "rule" ? 0 : first.cells.length;
    // The last line of the head's wrapped cells, if the head was wrapped after its bars.
    const headWrap = first.kind === "pipe" ? wrappedHeadEnd(r, headWidth) : -1;
    for (;;) {
      // `| 指 标 | 绝对数` / `(亿元) |` / `比上年增长` / `(%) |`: a bordered row whose cells the page
      // broke over lines. (`二、行政区划 |` / `|` / `|`: a group's label row in the body, each blank
      // cell a bar alone, {@link barredBlankRow}.)
      const wrapped =
        kind === "pipe"
          ? (brokenRow(i, rows.length === 0) ??
            (rows.length > 1 ? barredBlankRow(i, headWidth) : undefined))
          : undefined;
      if (wrapped !== undefined) {
        rows.push(wrapped.cells);
        opens.push(i);
        end = wrapped.last;
        i = next(wrapped.last + 1);
        continue;
      }
      const split = i < raw.length ? splitRow(source, raw[i] as Range, single) : undefined;
      const cut = kind === "pipe" || rows.length < 3 ? undefined : cutRow(i, split, headWidth);
      if (cut !== undefined) {
        rows.push(cut);
        opens.push(i);
        end = i;
        break;
      }
      if (single && split?.kind === "space" && split.cells.length !== headWidth) break;
      if (!split) {
        // `… | 已建成 |` / `达预期 |`: a row wrapped after a bar, its last cell on a line of its own.
        const last = rows[rows.length - 1];
        // (Right under the head, the head's own cells wrapped after its bars: {@link wrappedHeadEnd}.)
        const ofHead = rows.length === 1 && i <= headWrap;
        const cell = kind === "pipe" && (rows.length > 1 || ofHead) ? pipeCellRange(i) : undefined;
        if (
          cell === undefined ||
          last === undefined ||
          !endsWithPipe(i - 1) ||
          (!ofHead && last.length + 1 !== Math.max(...rows.map((row) => row.length)))
        ) {
          // `案件类别 | 7月(宗) |` / `|` / `市容环境 | 1420 |`: a bar alone on its line between
          // rows, an empty row the page printed, is passed over.
          if (kind === "pipe" && rows.length > 0 && i < raw.length && lonePipe(i)) {
            i = next(i + 1);
            continue;
          }
          break;
        }
        last.push(clean(...cell));
        end = i;
        i = next(i + 1);
        continue;
      }
      // A blank line ends a | table (two tables of the text writer follow each other so).
      if (kind === "pipe" && i > r && blank(i - 1)) break;
      const lone =
        split.kind === "pipe" && rows.length > 0 && !bordered(i) ? titleOf(split) : undefined;
      if (lone) {
        // A row of one cell (`增长% | |||`, `注：… | |||`, `2、… | |||`): right under the head a
        // sub-head of its last column; after the body a note, or the next table's caption. Under
        // a first row of figures (`全年糧食 | 113028.2 | … |` / `一、分季節 | |||`) there is no head:
        // the row is the body's ({@link figureTop}).
        const heads = headRows !== -1 ? headRows : figureTop(rows[0] as TextLine[]) ? 0 : 1;
        const body = rows.length > heads;
        const text = clean(...lone);
        // `按城乡分 | ||` in the body: a group's label, a row of the table; so is a marked one
        // (`一、按销售所在地 | ||||||`) over a row of the table's cells.
        if (
          body &&
          split.kind === "pipe" &&
          (GROUP_LABEL.test(text.text) ||
            (MARKED_LABEL.test(text.text) && !CAPTION_END.test(text.text) && cellsFollow(i)))
        ) {
          rows.push(cellsOf(split, clean));
          opens.push(i);
          end = i;
          i = next(i + 1);
          continue;
        }
        // `资源税 | |||||` / `城市维护建设税 | 16 | 25 |…`: a row the office left without figures.
        if (body && split.kind === "pipe" && blankRowsEndInFigures(i, split.cells.length)) {
          rows.push(cellsOf(split, clean));
          opens.push(i);
          end = i;
          i = next(i + 1);
          continue;
        }
        // `商业 | |||||` right under the head, over `一、社会消费品零售总额 | 万元 | …`: a group's label
        // over rows numbered as a heading's points, the first row of the body (as the next group's
        // `旅游业 | |||||` is), not a sub-head of the head's last column (`增长% | |||`).
        if (
          !body &&
          split.kind === "pipe" &&
          rows.length === 1 &&
          kindOf(text.text) === "word" &&
          groupOverMarkedRow(i, (rows[0] as TextLine[]).length)
        ) {
          rows.push(cellsOf(split, clean));
          opens.push(i);
          end = i;
          i = next(i + 1);
          continue;
        }
        if (!body && kindOf(text.text) === "word") {
          subHeads.push(text);
          end = i;
          i = next(i + 1);
          continue;
        }
        if (isNote(text.text)) {
          lines.notes.push(text);
          end = i;
        }
        break;
      }
      if (split.kind === "rule") {
        if (
          headRows !== -1 &&
          kind === "pipe" &&
          headsNextTable(rows, ownRow.open, headRows, i, split)
        ) {
          rows.pop();
          opens.pop();
          end = ownRow.before;
        }
        if (headRows !== -1 || kind !== "pipe") break;
        headRows = rows.length;
      } else {
        if (split.kind !== kind) break;
        if (kind === "space") {
          const long = split.cells.some(([x, y]) => y - x > MAX_SPACED_CELL);
          if (
            long ||
            SENTENCE.test(
              source
                .slice(...(raw[i] as Range))
                .trim()
                .slice(-1),
            )
          )
            break;
        }
        const cells = cellsOf(split, clean);
        const above = rows[rows.length - 1];
        if (rows.length === 1 && i <= headWrap && above !== undefined) {
          // `4月 | 1-4月 累计 |` under `项 目 名 称 | 计算 单位 |`: more of the wrapped head
          // ({@link wrappedHeadEnd}), its cells the head's.
          above.push(...cells);
        } else if (above !== undefined && above.length < widest && continuesRow(r, i)) {
          // `濮阳县 | 11330 | 39387 |` / `| -17.1 | 61.4 |`: the row goes on, the two bars at the
          // break holding an empty cell.
          above.push({ text: "", spans: [] }, ...cells);
        } else {
          widest = Math.max(widest, above?.length ?? 0);
          ownRow.open = i;
          ownRow.before = end;
          rows.push(cells);
          opens.push(i);
        }
      }
      end = i;
      i = next(i + 1);
    }
    if (kind === "pipe" && rows.length > 2) joinWrappedRows(rows, opens);
    // `| 21-2 城市公用事业基本情况 |` / `|---|` / … / `| 指标 | Item | 2021 | 2022 | 2023 |`: the
    // title ruled as a head of one cell; the head is the row {@link headUnderTitleRow} finds.
    // (`| 表1-1全縣2020年常住人口地區構成表 單位:人、% |` / `||` / `| 地 區 | 常住人口(人) | … |`: without
    // a rule, the title's row over an empty row of bars, since 2026-12-08.)
    const titleRows =
      headRows === 1 || (headRows === -1 && bordered(r) && emptySecondRow(rows))
        ? headUnderTitleRow(rows)
        : 0;
    if (titleRows > 0) {
      lines.caption ??= rows[0]?.[0] as TextLine;
      rows.splice(0, titleRows);
    }
    const columns = rows[0]?.length ?? 0;
    const needed = kind === "space" && !captioned && columns < 3 ? 3 : 2;
    // One column only between borders (`| a |`): a table the text writer wrote.
    if (rows.length + (headRows === 0 ? 1 : 0) < needed || (columns < 2 && kind !== "pipe"))
      return undefined;
    // Without a rule, the first row is the head unless it holds figures ({@link figureTop}).
    const head = headRows !== -1 ? headRows : figureTop(rows[0] ?? []) ? 0 : 1;
    if (rows.length - head < 1) return undefined;
    const width = Math.max(...rows.map((row) => row.length));
    const headCount = head === 1 && headRows === -1 ? head + subHeadRows(rows, width) : head;
    rows.forEach((row, k) => {
      if (row.length === width) return;
      const lastCell = row[row.length - 1];
      lines.problems.push({
        code: "table-row-padded",
        at: lastCell === undefined ? undefined : offsetAt(lastCell, 0),
        params: { row: k + 1, cells: row.length, columns: width },
      });
      while (row.length < width) row.push({ text: "", spans: [] });
    });
    // A web copy's rows may close with a blank cell each, head included (`… | 18.3 | |`): that
    // is no column. The text writer's bordered rows say where each cell is, and keep it.
    if (!bordered(r)) {
      while (
        (rows[0]?.length ?? 0) > 2 &&
        rows.every((row) => (row[row.length - 1] as TextLine).text === "")
      )
        for (const row of rows) row.pop();
    }
    lines.head = rows.slice(0, headCount);
    lines.rows = rows.slice(headCount);
    // The text writer's rows (`| a | b |`) say where each cell is; a web page's may not.
    if (!bordered(r)) {
      alignHead(lines, subHeads);
      lines.rows = alignSpannedRows(lines.rows);
    }
    return end;
  }

  /** Whether the second of the `rows` is there and empty (`||` under a title's row). */
  function emptySecondRow(rows: readonly TextLine[][]): boolean {
    const second = rows[1];
    return second !== undefined && blankRow(second);
  }

  /**
   * `| 21-2 城市公用事业基本情况 |` / `|---|` / `| Basic Statistics on City Public Utilities |` /
   * `| | | | |` / `| 指标 | Item | 2021 | 2022 | 2023 |` / `| 市区面积(平方公里) | … | 89281.63 | … |`:
   * a yearbook's `|` table whose rule closes a head of one cell, its title, over a few rows of one
   * cell (the title in English) or blank ({@link MAX_TITLE_ROWS} at most) and then its real head: a
   * row as wide as the widest, no cell blank, of words or years in turn ({@link yearHeads}), with a
   * row under it. How many rows stand over that head (the title's among them), else 0.
   */
  function headUnderTitleRow(rows: readonly TextLine[][]): number {
    const title = rows[0];
    // (A unit after the title, `…构成表 单位:人、%`, is the title's.)
    if (title?.length !== 1 || !titleText((title[0] as TextLine).text.replace(TITLE_UNIT, "")))
      return 0;
    const width = Math.max(...rows.map((row) => row.length));
    let k = 1;
    while (
      k <= MAX_TITLE_ROWS &&
      k < rows.length &&
      (rows[k]?.length === 1 || blankRow(rows[k] ?? []))
    )
      k++;
    const head = rows[k];
    return width >= 2 &&
      k + 1 < rows.length &&
      head?.length === width &&
      head.every((c) => c.text !== "") &&
      (head.every((c) => kindOf(c.text) === "word") || yearHeads(head))
      ? k
      : 0;
  }

  /**
   * `…| 171间 (9 315个宿位) |` / `安老院舍照顾服务 | 院舍数目 (资助宿位数目) |` / `---|---|`: in a `|`
   * table whose head a rule closed, a second rule right under a row as wide as the rule says that
   * row is the head of the next table, printed back to back with this one (a page's tables under
   * one title). The row is no row of this table when it was read from its own line, right over the
   * rule (`open`, the line of the last row if it was read so), and this table keeps a body row
   * without it. Only the row above is read.
   */
  function headsNextTable(
    rows: readonly TextLine[][],
    open: number,
    headRows: number,
    i: number,
    rule: Split & { kind: "rule" },
  ): boolean {
    return (
      open >= 0 &&
      rows.length - 1 > headRows &&
      next(open + 1) === i &&
      rows[rows.length - 1]?.length === rule.count
    );
  }

  /**
   * `    教育文化和娱`, `交通和通信 104.6`: the copy's last line (a page's copy cut short inside a table),
   * a row's label (a word of two characters or more: `第` alone names no row) and fewer cells than
   * the head's `width`, none a sentence: the table's last row, cut (its cells; else undefined).
   */
  /**
   * `二、行政区划 |` / `|` / `|` / `街道 | 个 | 74 |`: in a `|` table of rows on one line each, a row of
   * a label (a ` |` cell line of words) and blank cells, each printed as a bar alone on a line of its
   * own, `width - 1` of them, as a web copy prints a group's label row (and a 备注 row closing the
   * table: its bars mark it the table's). Its cells and last line, else undefined (the text after a
   * table has no bars under it, or not as many).
   */
  function barredBlankRow(
    i: number,
    width: number,
  ): { cells: TextLine[]; last: number } | undefined {
    if (width < 2 || width > MAX_COLUMNS || i >= raw.length) return undefined;
    const label = pipeCellRange(i);
    if (label === undefined || label[0] === label[1]) return undefined;
    const text = clean(...label);
    if (kindOf(text.text) !== "word") return undefined;
    let last = i;
    for (let c = 1; c < width; c++) {
      last = next(last + 1);
      if (last >= raw.length || !lonePipe(last)) return undefined;
    }
    // (One bar more is no row of this width.)
    if (next(last + 1) < raw.length && lonePipe(next(last + 1))) return undefined;
    const cells = [text];
    for (let c = 1; c < width; c++) cells.push({ text: "", spans: [] });
    return { cells, last };
  }

  /**
   * `表1 …糧食播種面積、單位面積產量及總產量情況 | |||` / `播種面積 (千公頃) |` / `單位面積產量 (公斤/公頃) |`
   * / `總產量 (萬噸) |` / `|` / `全年糧食 | 113028.2 | 5452.1 | 61623.9 |` / …: under a caption, a head
   * printed one ` |` cell a line (words, two at least), a bar alone closing it, over rows on a line
   * each. The head's cells, and the line the rows open on with its split; else undefined.
   */
  function cellHeadOverRows(
    r: number,
  ): { head: TextLine[]; rows: number; split: Split } | undefined {
    const head: TextLine[] = [];
    let i = r;
    for (; i < raw.length && head.length <= MAX_COLUMNS; i = next(i + 1)) {
      const cell = pipeCellRange(i);
      if (cell === undefined || cell[0] === cell[1]) break;
      head.push(clean(...cell));
    }
    if (head.length < 2 || i >= raw.length || !lonePipe(i)) return undefined;
    if (head.some((c) => kindOf(c.text) !== "word")) return undefined;
    const rows = next(i + 1);
    const split = rows < raw.length ? splitRow(source, raw[rows] as Range) : undefined;
    return split?.kind === "pipe" && split.cells.length >= head.length
      ? { head, rows, split }
      : undefined;
  }

  /**
   * The rows under a head of cell lines ({@link cellHeadOverRows}), read as rows on a line each
   * are, the head set over them: as wide as the rows, or one cell narrower (the corner over the
   * rows' labels left blank). The rows' last line, else undefined (rows that hold a head of their
   * own, or of another width).
   */
  function rowsUnderCellHead(
    over: { head: TextLine[]; rows: number; split: Split },
    lines: TableLines,
  ): number | undefined {
    const read: TableLines = { head: [], rows: [], notes: [], problems: [] };
    const last = flattenedRows(over.rows, over.split, read, true);
    const width = read.rows[0]?.length ?? 0;
    const corner = width - over.head.length;
    if (last === undefined || read.head.length > 0 || (corner !== 0 && corner !== 1))
      return undefined;
    lines.head = [corner === 1 ? [{ text: "", spans: [] }, ...over.head] : over.head];
    lines.rows = read.rows;
    lines.problems.push(...read.problems);
    return last;
  }

  function cutRow(i: number, split: Split | undefined, width: number): TextLine[] | undefined {
    if (i !== copyEnd()) return undefined;
    const cells =
      split === undefined
        ? [clean(...(raw[i] as Range))]
        : split.kind === "rule"
          ? []
          : cellsOf(split, clean);
    const [label] = cells;
    return label !== undefined &&
      cells.length < width &&
      kindOf(label.text) === "word" &&
      label.text.length >= 2 &&
      cells.every((c) => loneCell(c))
      ? cells
      : undefined;
  }

  /** The last line of the copy that is not blank (found once, when a table is read up to it). */
  function copyEnd(): number {
    if (lastLine === undefined) {
      lastLine = raw.length - 1;
      while (lastLine > 0 && blank(lastLine)) lastLine--;
    }
    return lastLine;
  }

  /**
   * `| 指 标 | 绝对数` / `(亿元) |` / `比上年增长` / `(%) |` / `| 生产总值 | 613.52 | 4.7 |`: a row that
   * opens with a bar and does not close with one, its cells broken over the lines under it (none
   * opening with a bar, none blank, at most {@link MAX_BROKEN_ROW_LINES}), the last closing with a bar
   * right over the next bordered row (or the table's end): one row, a cell going on across a line
   * that closes with no bar, a line's first cell starting a new one after a line that does. Its
   * cells and last line, else undefined. (`| 项 目 名 称 | 计算 单位 |` / `3月 | 1-3月 累计 |` /
   * `累计比上年同期增长(%) | 结构(%) |`: a table's first row, `head`, that closes with its bar goes
   * on so only where the cells make up the width of the bordered row under them.)
   */
  function brokenRow(r: number, head = false): { cells: TextLine[]; last: number } | undefined {
    if (r >= raw.length || piped[r] === 0 || !bordered(r)) return undefined;
    const closed = endsWithPipe(r);
    if (closed && !head) return undefined;
    let last = r;
    while (
      last + 1 < raw.length &&
      last + 1 - r <= MAX_BROKEN_ROW_LINES &&
      !blank(last + 1) &&
      !bordered(last + 1)
    )
      last++;
    if (last === r || !endsWithPipe(last)) return undefined;
    let after = next(last + 1);
    if (after < raw.length && !bordered(after)) return undefined;
    // (`… |` / `|` / `|---|---|…|`: a head's last cell blank, its bar alone on a line over the rule.)
    const blankLast = head && closed && blankCellOverRule(after, last - r + 2);
    if (blankLast) {
      last = after;
      after = next(after + 1);
    }
    const cells: TextLine[] = [];
    for (let k = r; k <= last; k++) {
      const line = raw[k] as Range;
      const split = piped[k] === 1 ? splitRow(source, line) : undefined;
      // (`(亿元) |`: a line of one cell closed by its bar.)
      const parts =
        split !== undefined && split.kind === "pipe"
          ? cellsOf(split, clean)
          : [clean(...(pipeCellRange(k) ?? trimRange(source, line[0], line[1])))];
      const [first, ...rest] = parts;
      const open = k > r && !endsWithPipe(k - 1);
      const previous = cells[cells.length - 1];
      if (open && previous !== undefined && first !== undefined) {
        appendLine(previous, "", first);
        cells.push(...rest);
      } else cells.push(...parts);
    }
    if (closed) {
      const under = after < raw.length ? splitRow(source, raw[after] as Range) : undefined;
      const width =
        under?.kind === "pipe" ? under.cells.length : under?.kind === "rule" ? under.count : 0;
      if ((under?.kind !== "pipe" && !blankLast) || width !== cells.length) return undefined;
    }
    return cells.length >= 2 ? { cells, last } : undefined;
  }

  /**
   * Whether a head {@link brokenRow} reads from line `r` stands right over a `---` rule and a `|` row
   * under it (without a row, the head's cells are read as before: as one row).
   */
  function brokenHeadOverRule(r: number): boolean {
    const row = bordered(r) ? brokenRow(r, true) : undefined;
    const n = row === undefined ? raw.length : next(row.last + 1);
    if (n >= raw.length || splitRow(source, raw[n] as Range)?.kind !== "rule") return false;
    const k = next(n + 1);
    return k < raw.length && splitRow(source, raw[k] as Range)?.kind === "pipe";
  }

  /**
   * `| 以2021年 12月31日计算 |` / … / `以2025年 09月30日计算 |` / `|` / `|---|---|---|---|---|---|`:
   * whether line `i` is a bar alone right over a `---` rule, under a head broken over lines one
   * cell a line (`lines` of them, this one counted), and the rule at least as wide as those cells:
   * the bar closes the head's last cell, a blank one (a corner the page printed last). The line
   * under the bar alone is read.
   */
  function blankCellOverRule(i: number, lines: number): boolean {
    if (i >= raw.length || !lonePipe(i)) return false;
    const n = next(i + 1);
    const rule = n < raw.length && !blank(n - 1) ? splitRow(source, raw[n] as Range) : undefined;
    return rule?.kind === "rule" && rule.count >= lines;
  }

  /**
   * A web copy's row wrapped after a bar (`序号 | 任务 | 单位 |` / `进展情况 | 完成状态 |`, head or
   * body): a row short of the table's width, whose line ends in a bar, and the shorter row on the
   * next line, neither opening with a bar, that makes up the rest of the width, are one row.
   */
  function joinWrappedRows(rows: TextLine[][], opens: number[]): void {
    const width = Math.max(...rows.map((row) => row.length));
    for (let k = rows.length - 2; k >= 0; k--) {
      const a = rows[k] as TextLine[];
      const b = rows[k + 1] as TextLine[];
      const at = opens[k + 1] as number;
      if (
        a.length + b.length === width &&
        b.length < a.length &&
        !bordered(at) &&
        !bordered(opens[k] as number) &&
        endsWithPipe(at - 1)
      ) {
        a.push(...b);
        rows.splice(k + 1, 1);
        opens.splice(k + 1, 1);
      }
    }
  }

  /**
   * The rows under a head whose cells span columns (`单位 | 本月 | | 累计 | |`, a blank cell after
   * each spanning one) that are more of the head (`| 受理 | 办结 | 受理 | 办结 |`): words only, two
   * at least, with figures in a row below. A row without its corner cell moves right, under the
   * columns it names. Returns how many rows after the first are head rows.
   */
  function subHeadRows(rows: TextLine[][], width: number): number {
    const top = rows[0] ?? [];
    // Without spans in the head, one row of words under it with a blank corner (`| | 数量 | 比率 |`
    // under `| 地区 | 受理 | 办结 |`) is the head's second line: no row of the body lacks its label;
    // so is a row of units right under it (`单位(元/公斤) | (%) | ||||`), which names no row.
    const spans = top.slice(1).some((c) => c.text === "");
    let count = 0;
    for (let k = 1; k < rows.length - 1; k++) {
      let row = rows[k] as TextLine[];
      // `甲 | 1 | 2 | … | 6` under the head: the columns' numbers, the head's last row.
      if (isColumnNumbering(row)) return count + 1;
      const units = k === 1 && isUnitRow(row);
      // `累计 | 当月 | 累计 | 当月 |` under `指标名称 | 单位 | 4月份 | 增长(%) |` over rows six cells wide: a
      // web copy that printed no blank cell for the head's spans; the head's cells narrower than the
      // body, the row under it too, and the corner (the columns the row lacks) fewer than the head's
      // cells, the row's words shared evenly among the spanning cells (two each here): the head's
      // second line, its words under the spanning cells. Near-misses: a row as wide as the head, one
      // the corner would take all of the head's cells from, one whose words do not share out evenly
      // or that holds a unit (`任务数 | 完成数 | 完成率 | (件) | 幅度 |`: a head cell's rest among
      // them, where each word goes is unknown).
      const groups = top.length - (width - row.length);
      const narrow =
        k === 1 &&
        top.length < width &&
        row.length < width &&
        row.length >= 2 &&
        groups > 0 &&
        row.length % groups === 0 &&
        !row.some((c) => /[（(]/.test(c.text));
      const repeated = k === 1 && !spans && !units ? repeatedTail(top, row) : 0;
      if (
        !spans &&
        !units &&
        !narrow &&
        repeated === 0 &&
        (k > 1 || row.length !== top.length || row[0]?.text !== "")
      )
        break;
      const words = row.filter((c) => c.text !== "");
      if (words.length < 2 || words.some((c) => kindOf(c.text) !== "word")) break;
      if (!rows.slice(k + 1).some((r) => r.some((c) => kindOf(c.text) === "figure"))) break;
      if (repeated > 0) {
        // The words under the head's repeated cells, the columns they name.
        rows[k] = row.map((_, c) => row[c - (row.length - repeated)] ?? { text: "", spans: [] });
        count++;
        continue;
      }
      // `项 目 | 2019年决算数 | 2020年执行数 | |` over `金额 | 占调整预算% | 比上年增长% | |`: words
      // opening the row, as many as the columns the head's only spanning cell spans, blanks after
      // them: they name those columns (the corner and the other heads span both rows). Not with
      // two spanning cells or more (which words go where is unknown), nor fewer or more words.
      const span = k === 1 && spans && !units ? soleSpan(top) : undefined;
      if (
        span !== undefined &&
        row.length === top.length &&
        words.length === span.width &&
        row.slice(0, span.width).every((c) => c.text !== "")
      ) {
        rows[k] = top.map((_, c) =>
          c >= span.start && c < span.start + span.width
            ? (row[c - span.start] as TextLine)
            : { text: "", spans: [] },
        );
        count++;
        continue;
      }
      // `累计 | 当月 | 累计 | 当月 | ||` under `指标名称 | 单位 | 6月份 | 增长(%) | ||`: the blank cells
      // closing the row are the corner's (`指标名称`, `单位` span both rows), when the body fills its
      // last column and holds no figure under the corner (a column spanning both rows in the middle,
      // `收入 | 税收比重% | 支出` over `当月 | 累计 | 当月 | 累计`, leaves the head's place unknown).
      if (spans && !units && (row[row.length - 1] as TextLine).text === "" && lastFilled(rows, k)) {
        let n = row.length;
        while ((row[n - 1] as TextLine).text === "") n--;
        const corner = width - n;
        const body = rows.slice(k + 1);
        if (body.every((r) => r.slice(0, corner).every((c) => kindOf(c.text) !== "figure")))
          row = row.slice(0, n);
      }
      if (row.length < width && !units) {
        const corner = Array.from({ length: width - row.length }, () => ({ text: "", spans: [] }));
        rows[k] = [...corner, ...row];
      }
      count++;
    }
    return count;
  }

  /**
   * `序号 | 区域 | 合同数 | 成交额(亿元) | 成交额 | 成交额 |` over `同比增长率 | 排名 | ||||`: a head
   * without blank cells that closes with one cell printed again in each column it spans (two at
   * least, {@link MIN_REPEATED_HEADS}), over a row as wide that opens with as many words as the
   * repeated cells and holds nothing after them: the words finish those cells (`成交额` / `同比增长率`),
   * printed from the row's start though they stand under the head's last columns. How many
   * columns the words name, else 0. Near-misses: a head with a blank cell (a span), one whose last
   * cells differ (`部 门 | 结案率 |` over `本期 | 去年同期 | 同比 | |`: which words go where is not
   * said), a row whose words are more or fewer than the repeated cells.
   */
  function repeatedTail(top: readonly TextLine[], row: readonly TextLine[]): number {
    if (row.length !== top.length || top.some((c) => c.text === "")) return 0;
    const last = (top[top.length - 1] as TextLine).text;
    let n = 1;
    while (n < top.length && (top[top.length - 1 - n] as TextLine).text === last) n++;
    if (n < MIN_REPEATED_HEADS || n >= top.length) return 0;
    const words = row.findIndex((c) => c.text === "");
    return words === n && row.slice(n).every((c) => c.text === "") ? n : 0;
  }

  /**
   * The only cell of a head row (its corner aside) that blank cells after it span over
   * (`… | 2020年执行数 | |`): where it starts and how many columns it spans; undefined when no cell
   * or two cells or more span so.
   */
  function soleSpan(top: readonly TextLine[]): { start: number; width: number } | undefined {
    let found: { start: number; width: number } | undefined;
    for (let c = 1; c < top.length; c++) {
      if ((top[c] as TextLine).text === "" || (top[c + 1]?.text ?? "x") !== "") continue;
      if (found !== undefined) return undefined;
      let w = 1;
      while (c + w < top.length && (top[c + w] as TextLine).text === "") w++;
      found = { start: c, width: w };
      c += w - 1;
    }
    return found;
  }

  /** Whether most rows under `rows[k]` fill the last column of the widest. */
  function lastFilled(rows: readonly TextLine[][], k: number): boolean {
    const below = rows.slice(k + 1);
    const width = Math.max(...below.map((r) => r.length));
    return below.filter((r) => (r[width - 1]?.text ?? "") !== "").length * 2 > below.length;
  }

  /**
   * The first cell of a web page's `|` row whose other cells are all blank (two cells at least,
   * no pipe before the first): `1、本地生产总值 | |||`.
   */
  function titleOf(split: Split): Range | undefined {
    if (split.kind !== "pipe" || split.cells.length < 2) return undefined;
    const [first, ...others] = split.cells as [Range, ...Range[]];
    if (first[1] === first[0] || others.some(([x, y]) => y > x)) return undefined;
    return first;
  }

  /**
   * Whether the `|` row at `i`, a label and `width - 1` empty cells (`资源税 | |||||`), opens a run
   * of such rows (at most {@link MAX_BLANK_ROWS}) that a row of the same width with figures closes:
   * rows of a table the office left without figures. A caption (`表2`, `…执行情况表`), a title
   * numbered as a point (`2、…`), a note, a label of a sentence or of more than {@link MAX_LONE_CELL}
   * characters, a blank line, a row of another width or no row of figures after the run: no such row
   * (the table ends there).
   */
  function blankRowsEndInFigures(i: number, width: number): boolean {
    for (let k = i, n = 0; k < raw.length && n <= MAX_BLANK_ROWS; n++) {
      if (k > i && blank(k - 1)) return false;
      const split = splitRow(source, raw[k] as Range);
      if (split?.kind !== "pipe" || split.cells.length !== width) return false;
      const label = titleOf(split);
      if (label === undefined) {
        const filled = split.cells.filter(([x, y]) => y > x);
        return (
          filled.length >= 2 &&
          filled.slice(1).some(([x, y]) => kindOf(source.slice(x, y)) === "figure")
        );
      }
      const text = source.slice(...label).trim();
      if (
        text.length > MAX_LONE_CELL ||
        kindOf(text) !== "word" ||
        SENTENCE.test(text) ||
        CAPTION_END.test(text) ||
        // (`2、限额以上单位商品零售额 | |||`: a title numbered as a list's point, the next table's.)
        ARABIC_POINT.test(text) ||
        CAPTION.test(text) ||
        CHART_TITLE.test(text) ||
        TABLE_TITLE.test(text) ||
        isNote(text)
      )
        return false;
      k = next(k + 1);
    }
    return false;
  }

  /** Whether the line after `i` is a `|` row of two filled cells or more (a row of a table). */
  /**
   * `地区 | 受理量(件) | 同比增长(%) |` / `办结量(件) |` / `同比增长(%) |` / `城东区 | 1520 | 12.5 | 1498 | 11.2 |`:
   * a head row a web copy wrapped after its bars, not opening with one, its last cells each on a
   * line of its own closed by a bar ({@link MAX_WRAPPED_HEAD_CELLS} at most, words, not figures),
   * and a row under them exactly as wide as the head with them. Returns the line of the last
   * wrapped cell, or -1. Not: lone cells that do not make up the width of the row under them (a
   * note, the next table's title), a lone figure (a row's cell), a bar alone (an empty row).
   */
  function wrappedHeadEnd(r: number, width: number): number {
    if (piped[r] === 0 || bordered(r) || !endsWithPipe(r)) return -1;
    let k = next(r + 1);
    let count = 0;
    let last = -1;
    while (k < raw.length && count < MAX_WRAPPED_HEAD_CELLS && !bordered(k)) {
      const cell = pipeCellRange(k);
      if (cell === undefined) {
        // `4月 | 1-4月 累计 |`: a wrapped line of several head cells, closed by its bar (see
        // {@link wrappedHeadLine}); it counts as many cells as it holds.
        const cells = wrappedHeadLine(k);
        if (cells === undefined || count + cells.length > MAX_WRAPPED_HEAD_CELLS) break;
        count += cells.length;
        last = k;
        k = next(k + 1);
        continue;
      }
      if (cell[0] === cell[1]) break;
      if (kindOf(clean(...cell).text) === "figure") return -1;
      count++;
      last = k;
      k = next(k + 1);
    }
    if (count === 0 || k >= raw.length) return -1;
    const under = splitRow(source, raw[k] as Range);
    return under?.kind === "pipe" && under.cells.length === width + count ? last : -1;
  }

  /**
   * `项 目 名 称 | 计算 单位 |` / `4月 | 1-4月 累计 |` / `结构(%) |`: a line of a head a web copy
   * wrapped after its bars that holds two cells or more — not opening with a bar, closed by one,
   * no blank cell, every cell a word (no figure: a row of the body holds some). Its cells, else
   * undefined. Asked only of the few lines {@link wrappedHeadEnd} reads under a head.
   */
  function wrappedHeadLine(k: number): TextLine[] | undefined {
    if (piped[k] === 0 || bordered(k) || !endsWithPipe(k)) return undefined;
    const split = splitRow(source, raw[k] as Range);
    if (split?.kind !== "pipe" || split.cells.some(([x, y]) => x === y)) return undefined;
    const cells = cellsOf(split, clean);
    return cells.every((c) => kindOf(c.text) === "word") ? cells : undefined;
  }

  /**
   * Whether the one-cell row at `i` (a word) is a group's label: as wide as the head (`width`),
   * over a row as wide whose label a heading's marker opens (`一、…`, {@link MARKED_LABEL}) and that
   * holds a figure. Only the next line is read.
   */
  function groupOverMarkedRow(i: number, width: number): boolean {
    const own = splitRow(source, raw[i] as Range);
    if (own?.kind !== "pipe" || own.cells.length !== width) return false;
    const n = next(i + 1);
    if (n >= raw.length || blank(n - 1)) return false;
    const split = splitRow(source, raw[n] as Range);
    if (split?.kind !== "pipe" || split.cells.length !== width) return false;
    const [label, ...rest] = cellsOf(split, clean);
    return (
      label !== undefined &&
      MARKED_LABEL.test(label.text) &&
      rest.some((c) => kindOf(c.text) === "figure")
    );
  }

  function cellsFollow(i: number): boolean {
    const n = next(i + 1);
    const split = n < raw.length ? splitRow(source, raw[n] as Range) : undefined;
    return split?.kind === "pipe" && split.cells.filter(([x, y]) => y > x).length >= 2;
  }

  function titleRowCell(r: number): Range | undefined {
    if (piped[r] === 0) return undefined;
    const split = bordered(r) && !compactBlanks(r) ? undefined : splitRow(source, raw[r] as Range);
    return split ? titleOf(split) : undefined;
  }

  /**
   * A row that opens with a pipe: the text writer's form (`| 的 |  |  |` is a row of three
   * cells there), never a web page's title row.
   */
  /**
   * Whether line `i` of a `|` table opened at `r` goes on with the row above it (when that row
   * is still narrower than the head): the table's rows do not open with a bar, this line does,
   * and the line above ends with one.
   */
  function continuesRow(r: number, i: number): boolean {
    return i > r && !bordered(r) && bordered(i) && endsWithPipe(i - 1);
  }

  function endsWithPipe(r: number): boolean {
    const line = raw[r] as Range;
    const b = trimEnd(source, line[0], line[1]);
    return b > line[0] && pipeAt(source, b - 1);
  }

  /**
   * Whether line `r` prints its blank cells as bars with nothing between them (`| 统计月报表 | ||`),
   * as a web page's copy does; the text writer puts a space in each (`| 的 |  |  |`).
   */
  function compactBlanks(r: number): boolean {
    const line = raw[r] as Range;
    return source.slice(line[0], line[1]).includes("||");
  }

  function bordered(r: number): boolean {
    const line = raw[r] as Range;
    return pipeAt(source, trimStart(source, line[0], line[1]));
  }

  /** The cell of a line that ends in a pipe and holds no other (`受理总量 |`, `|`). */
  function pipeCellRange(r: number): Range | undefined {
    const line = raw[r];
    if (line === undefined || piped[r] === 0) return undefined;
    const [a, b] = trimRange(source, line[0], line[1]);
    if (a === b || !pipeAt(source, b - 1) || source.charAt(b - 2) === "\\") return undefined;
    for (let i = a; i < b - 1; i++) if (pipeAt(source, i)) return undefined;
    const cell = trimRange(source, a, b - 1);
    return overLongCell(cell) ? undefined : cell;
  }

  /**
   * `11362 | |`: a ` |` cell line with a blank cell after it, its own bar closing it (the row's
   * last cell left empty, or a blank the page moved to the row's end): the cell's range, the
   * blank one after it implied. Near-misses: a cell line of one bar (`11362 |`, {@link pipeCellRange}),
   * a line of two cells (`甲 | 乙 |`: text between the bars), a bar alone (`|`) or bars only (`| |`),
   * and (its caller asks) such a line over a bar alone, where `| |` and `|` mark rows.
   */
  function blankClosedCellRange(r: number): Range | undefined {
    const line = raw[r];
    if (line === undefined || piped[r] === 0) return undefined;
    const [a, b] = trimRange(source, line[0], line[1]);
    if (b - a < 4 || !pipeAt(source, b - 1)) return undefined;
    const [, end] = trimRange(source, a, b - 1);
    if (end <= a + 1 || !pipeAt(source, end - 1) || source.charAt(end - 2) === "\\")
      return undefined;
    for (let i = a; i < end - 1; i++) if (pipeAt(source, i)) return undefined;
    const cell = trimRange(source, a, end - 1);
    return cell[0] === cell[1] || overLongCell(cell) ? undefined : cell;
  }

  /** The first line at or after `r` that is no bar alone ({@link lonePipe}). */
  function pastBars(r: number): number {
    let k = r;
    while (k < raw.length && lonePipe(k)) k = next(k + 1);
    return k;
  }

  /**
   * Whether a cell of a pipe line is longer than a lone cell ({@link MAX_LONE_CELL}), counted as
   * its repaired text is: without a converter's readings (`城鎮(zhèn)職工基本養(yǎng)老保險參保人數(shù) |`,
   * a cell of fourteen characters in a traditional copy, is no line of text for its readings).
   */
  function overLongCell([x, y]: Range): boolean {
    return y - x > MAX_LONE_CELL && y - x - readingUnits(source, x, y) > MAX_LONE_CELL;
  }

  function pipeCell(r: number): boolean {
    return pipeCellRange(r) !== undefined;
  }

  /**
   * The cell of a line that opens and closes with a pipe and holds no other (`| 10月 |`), when
   * the next line is a ` |` cell line: the first cell of a row of a one-cell-a-line table whose
   * rows open with a bar. (A run of `| a |` lines is the text writer's one-column table.)
   */
  function openerCellRange(r: number): Range | undefined {
    if (piped[r] === 0 || !bordered(r)) return undefined;
    const line = raw[r] as Range;
    const [a, b] = trimRange(source, line[0], line[1]);
    if (b - a < 3 || !pipeAt(source, b - 1)) return undefined;
    for (let i = a + 1; i < b - 1; i++) if (pipeAt(source, i)) return undefined;
    const cell = trimRange(source, a + 1, b - 1);
    if (cell[0] === cell[1] || overLongCell(cell)) return undefined;
    return r + 1 < raw.length && pipeCell(r + 1) ? cell : undefined;
  }

  /** Whether line `r` holds a pipe and nothing else (`|`): a row's end in some copies. */
  function lonePipe(r: number): boolean {
    if (piped[r] === 0) return false;
    const line = raw[r] as Range;
    const [a, b] = trimRange(source, line[0], line[1]);
    return b - a === 1;
  }

  /** How many pipes a line of two or more pipes and nothing else holds (`||||||`), else 0. */
  function pipeRun(r: number): number {
    const line = raw[r];
    if (line === undefined || piped[r] === 0) return 0;
    const [a, b] = trimRange(source, line[0], line[1]);
    if (b - a < 2 || b - a > MAX_COLUMNS) return 0;
    for (let i = a; i < b; i++) if (!pipeAt(source, i)) return 0;
    return b - a;
  }

  /**
   * Whether a line is a bordered row of blank cells, its bars parted by white space (`| |`,
   * `| | |`), no longer than a row of {@link MAX_COLUMNS} such cells; {@link pipeRun} counts bars
   * with nothing between them.
   */
  function blankCellsRow(r: number): boolean {
    if (piped[r] === 0) return false;
    const [a, b] = trimRange(source, ...(raw[r] as Range));
    if (b - a < 3 || b - a > 2 * MAX_COLUMNS + 1 || !pipeAt(source, a)) return false;
    for (let i = a; i < b; i++)
      if (!pipeAt(source, i) && !isSpaceCode(source.charCodeAt(i))) return false;
    return true;
  }

  /** A line that may be a cell of a bare one-cell-a-line table. */
  /**
   * A line of white space only between an empty line and a cell, in a table whose cells are
   * parted by empty lines: a blank cell (`合计` row's blank 序号), not a parting line.
   */
  function spaceCell(r: number): boolean {
    const [a, b] = raw[r] as Range;
    const before = raw[r - 1];
    return (
      b > a &&
      blank(r) &&
      before !== undefined &&
      before[1] === before[0] &&
      r + 1 + gap < raw.length &&
      blank(r + 1) &&
      (gap === 1 || empty(r + 2)) &&
      bareCell(r + 1 + gap)
    );
  }

  /**
   * A cell of a table found: a copy of a line `cleanRow` repaired (`shared`: the repair keeps that
   * line for the text, should the table not be one, and the table finder changes no line it
   * reads; a table may change its cells), else the cell's own line.
   */
  function ownLine(cell: { line: TextLine; shared?: boolean }): TextLine {
    const line = cell.line;
    return cell.shared === true ? { text: line.text, spans: [...line.spans] } : line;
  }

  /**
   * The last line of the run of cells from line `r` that {@link cellLines} would read: bare cells
   * a line each, blank lines between them allowed, or cells closed by a bar on the line under them.
   */
  function cellRunEnd(r: number): number {
    let end = r;
    for (let i = r; i < raw.length; ) {
      if (barredCell(i)) end = next(i + 1);
      else if (bareCell(i) || lonePipe(i)) end = i;
      else if (emptyCellsEnd(i) > i) end = emptyCellsEnd(i);
      else break;
      i = next(end + 1);
    }
    return end;
  }

  /**
   * `100.9` / `` / `` / `99.6`: in a copy whose cells one empty line parts, each empty line more
   * (from `i`, the one after the parting line) is a blank cell, the row's cell the page left empty,
   * when a cell follows the run (no clause mark in it) and another cell that one (it opens a row or
   * goes on with one).
   * The cell's line after the run, else -1.
   */
  function emptyCellsEnd(i: number): number {
    if (gap !== 1 || i >= raw.length || !empty(i)) return -1;
    let k = i;
    while (k < raw.length && k - i <= MAX_EMPTY_CELLS && empty(k)) k++;
    let after = k + 1;
    while (after < raw.length && after - k <= MAX_EMPTY_CELLS + 1 && empty(after)) after++;
    // (A line of text re-wrapped short, `…的原因:一方面是8`, is no cell after such a run.)
    return k - i > MAX_EMPTY_CELLS ||
      after >= raw.length ||
      !bareCell(k) ||
      !bareCell(after) ||
      CLAUSE_MARK.test(cleanRow(k).text)
      ? -1
      : k;
  }

  function bareCell(r: number): boolean {
    if (bare[r] !== 0) return bare[r] === 1;
    const [a, b] = raw[r] as Range;
    // Most lines are longer than any cell (spaces aside): no repair is needed to say so.
    const yes =
      b - a <= MAX_LONE_CELL * 3 &&
      !blank(r) &&
      !pipeCell(r) &&
      loneCell(cleanRow(r)) &&
      !splitRow(source, raw[r] as Range);
    bare[r] = yes ? 1 : 2;
    return yes;
  }

  /**
   * `一、食品烟酒` over its figures, one cell a line (a price index table's eight categories): a
   * row's label that carries a heading's marker, inside a run of cells. A short marker line
   * (`一、` and at most sixteen characters, no sentence) whose next line is a figure cell; the
   * figure under a heading in running text is a sentence, not a lone figure.
   */
  function markedRowLabel(i: number): boolean {
    const [a, b] = raw[i] as Range;
    if (b - a > MAX_LONE_CELL * 3) return false;
    const text = cleanRow(i).text;
    if (!MARKED_LABEL.test(text)) return false;
    const n = next(i + 1);
    return n < raw.length && bareCell(n) && NUMERIC.test(cleanRow(n).text);
  }

  /**
   * Every cell on a line of its own from `r`, the head's cells first: ` |` lines (`piped`), or
   * bare short lines after a caption. The column count is inferred ({@link inferColumns}); a
   * piped table's short last row is padded (its lines are cells), a bare table's cells that do
   * not fill a row stay text.
   */
  function cellLines(
    r: number,
    lines: TableLines,
    captioned: boolean,
    piped: boolean,
    barred = false,
  ): number | undefined {
    // A bare line goes in as `cleanRow` keeps it (`shared`), and is copied only into a table
    // found ({@link ownLine}): most runs of short lines are no table.
    const cells: { line: TextLine; raw: number; shared?: boolean }[] = [];
    // Whether empty lines gave blank cells (held to rows that open with their label).
    let emptyCells = false;
    const notes: { line: TextLine; raw: number }[] = [];
    // Where a line of pipes closed a row: the number of cells read by then.
    const closes: number[] = [];
    // Where a line of one pipe (`|`) stood: the index its blank cell has among the cells.
    const bars: number[] = [];
    // The width a `---|---|` rule under the head gave.
    let ruled: number | undefined;
    // Each cell closed by a bar on the line under it; a bar alone after a bar is a blank cell.
    // (Where a bar after a bar stood: the index of its blank cell, which may close a row instead.)
    const doubled: number[] = [];
    for (let i = r, afterBar = false; barred && i < raw.length; ) {
      if (afterBar && lonePipe(i)) {
        doubled.push(cells.length);
        cells.push({ line: { text: "", spans: [] }, raw: i });
        i = next(i + 1);
      } else if (barredCell(i) || (cells.length > 0 && markedBarredCell(i))) {
        const bar = next(i + 1);
        cells.push({ line: cleanRow(i), raw: bar, shared: true });
        i = next(bar + 1);
        afterBar = true;
      } else {
        // `机构数` / `(个)` / `|`, `監督抽檢樣品` / `總量(批次)` / `|`: a head cell the page broke over
        // two lines, its bar under the last.
        const rest = brokenCellEnd(i, cells, true);
        if (rest === undefined) break;
        cells.push({
          line: appendLine(clean(...(raw[i] as Range)), "", clean(...rest.range)),
          raw: rest.last,
        });
        i = next(rest.last + 1);
        afterBar = true;
      }
    }
    const rowEnds = barred ? doubledRowEnds(cells, doubled) : undefined;
    if (rowEnds !== undefined) {
      const ends = new Set(doubled);
      cells.splice(0, cells.length, ...cells.filter((_, k) => !ends.has(k)));
    }
    for (let i = r; !barred && i < raw.length; i = piped ? i + 1 : next(i + 1)) {
      if (piped) {
        const run = cells.length > 0 ? pipeRun(i) : 0;
        if (run > 0) {
          // `||||||`: the blank cells that close a row, printed on one line.
          for (let k = 0; k < run; k++) cells.push({ line: { text: "", spans: [] }, raw: i });
          closes.push(cells.length);
          continue;
        }
        // `设区市 |` … `卫星过境日期 |` / `---|---|---|`: a rule under the head gives its width.
        const rule =
          cells.length > 1 && ruled === undefined ? splitRow(source, raw[i] as Range) : undefined;
        if (rule?.kind === "rule" && rule.count === cells.length) {
          ruled = rule.count;
          continue;
        }
        // (Under a head a bar alone opened, its blank cell no column: the rows' bars give the
        // width, {@link openedWidth}.)
        if (rule?.kind === "rule" && rule.count === cells.length - 1 && lonePipe(r)) continue;
        // `| 10月 |`: a row opens here; the cells read so far close the rows before it.
        const opener = pipeCellRange(i) === undefined ? openerCellRange(i) : undefined;
        if (opener && cells.length > 0) closes.push(cells.length);
        const range = opener ?? pipeCellRange(i);
        // `11362 | |`: a cell, then the row's blank cell closed on the same line.
        // (Over a bar alone, `93 | |` / `|` close and open rows: a copy's row marks, no blank cell.)
        const blankClosed =
          range === undefined && cells.length > 0 && !(i + 1 < raw.length && lonePipe(i + 1))
            ? blankClosedCellRange(i)
            : undefined;
        if (blankClosed !== undefined) {
          cells.push({ line: clean(...blankClosed), raw: i });
          cells.push({ line: { text: "", spans: [] }, raw: i });
          continue;
        }
        if (!range) {
          // `限上零售额` / `(亿元) |`: a head cell the page broke over lines, its bar on the last.
          const rest = brokenCellEnd(i, cells);
          if (rest === undefined) break;
          cells.push({
            line: appendLine(clean(...(raw[i] as Range)), "", clean(...rest.range)),
            raw: rest.last,
          });
          i = rest.last;
          continue;
        }
        if (lonePipe(i) && cells.length > 0) bars.push(cells.length);
        const line = clean(...range);
        // `统计时间：2021-07-20 |` after the cells: the table's notes, and its end.
        if (isNote(line.text) && cells.length > 0) {
          let n = i;
          for (; n < raw.length; n++) {
            const note = pipeCellRange(n);
            const text = note && clean(...note);
            if (!text || !isNote(text.text)) break;
            notes.push({ line: text, raw: n });
          }
          break;
        }
        cells.push({ line, raw: i });
      } else if (bareCell(i) || (cells.length > 0 && markedRowLabel(i)))
        cells.push({ line: cleanRow(i), raw: i, shared: true });
      else if (cells.length > 0 && spaceCell(i))
        cells.push({ line: { text: "", spans: [] }, raw: i });
      else if (cells.length > 0 && emptyCellsEnd(i) > i) {
        const k = emptyCellsEnd(i);
        for (let e = i; e < k; e++) cells.push({ line: { text: "", spans: [] }, raw: e });
        emptyCells = true;
        i = k - 1;
      } else break;
    }
    // Whether broken words were joined ({@link joinBrokenCells}): rows that show their width.
    let broken = false;
    if (!piped && !barred) {
      // Fewer bare cells than the smallest table of them: most runs of short lines end here.
      if (cells.length < MIN_BARE_CELLS) return undefined;
      endBeforeRepeatedHead(cells, lines.caption !== undefined);
      joinIndexBase(cells);
      joinHeadUnits(cells);
      endBeforeRepeatedCorner(cells);
      broken = joinBrokenCells(cells);
    }
    // A bar closing each cell marks the cells as a `|` line does.
    const marked = piped || barred;
    // Bare lines without a caption are a table only when they show it plainly: three rows at
    // least, nine cells in ten of their column's kind.
    const plain = marked || captioned;
    const options = {
      // Bare lines count full rows only (their last cells may be the text after the table),
      // two at least even under a caption.
      // (Rows whose broken words were joined show the table as a caption does.)
      minRows: marked ? (captioned ? 1 : 2) : captioned || broken ? 2 : 3,
      minAgreement: plain ? MIN_AGREEMENT : PLAIN_AGREEMENT,
      fullRows: !marked,
    };
    let columns = ruled ?? rowEnds ?? closedWidth(cells, closes);
    /** The width of a head of words over one row of figures ({@link headOverOneRow}), if that. */
    let headRow: number | undefined;
    if (columns === undefined && closes.length === 0 && bars.length > 1) {
      // `指标 |` `年末数 |` `比重 |` `|`: a line of one pipe after each row's cells is the row's
      // end, not a blank cell, when two such lines or more each close a row of the first one's
      // width and the first closes a head of words.
      const barred = new Set(bars);
      const kept = cells.filter((_, k) => !barred.has(k));
      const ends = bars.map((k, n) => k - n).filter((n) => n < kept.length);
      const head = kept.slice(0, ends[0] ?? 0);
      const width = head.some((c) => kindOf(c.line.text) === "figure")
        ? undefined
        : closedWidth(kept, ends);
      if (width !== undefined) {
        cells.splice(0, cells.length, ...kept);
        columns = width;
      }
    }
    if (columns === undefined && closes.length === 0 && piped && lonePipe(r)) {
      // `|` / `河流名称 |` / … / `|` / `长江 |` / `纱帽 |` / `Ⅲ |` / …: a bar alone opening the head
      // and every row after it at one width (a page's `<tr>`), three rows or more, gives the
      // width, the bar's blank cell a column of its own (taken off below), even where the rows
      // hold words only (a river's grades, 达标, 稳定). The head is words, none blank.
      const width = openedWidth(cells, bars);
      if (width !== undefined) columns = width;
    }
    // `卫生人员数（人）` / `` / `` / `#卫生技术人员` / `#执业（助理）医师` / `全市` / `271` …: a second head
    // row under the first one's blank cells ({@link subHeadUnderBlanks}), taken out of the cells.
    // (Only where bars mark the cells: among bare lines, a blank line may part a title from them.)
    let subHead: { at: number; cells: TextLine[] } | undefined;
    if (columns === undefined && marked) {
      const sub = subHeadUnderBlanks(
        cells.map((c) => c.line.text),
        options,
      );
      if (sub !== undefined) {
        const taken = cells.splice(sub.columns, sub.count).map(ownLine);
        subHead = { at: sub.columns - sub.count, cells: taken };
        columns = sub.columns;
      }
    }
    if (columns === undefined) {
      const texts = cells.map((c) => c.line.text);
      const best = bestColumns(texts, options);
      // A blank cell before the head is a corner, or a stray line of the copy: it is dropped
      // when the columns agree better without it.
      // So is a title over the head (`全国12315平台受理商品类投诉五大热点` / `项目` / …, bare lines
      // as a PDF's text gives them), which becomes the table's caption.
      // (`社会消费品零售总额` / `2022年8月` / `指标` / …: the period under the title goes with it. Over
      // the period or a blank corner, a shorter title is one too: `主要产品产量` / `` / `2023年` / ….)
      const dated = PERIOD_ALONE.test(texts[1] ?? "");
      const title =
        lines.caption === undefined && titleText(texts[0] ?? "", dated || texts[1] === "");
      const over = title && dated ? 2 : 1;
      // (Under its title, two rows show a table as under a caption.)
      const titled = title && !marked ? { ...options, minRows: 2 } : options;
      let without = texts[0] === "" || title ? bestColumns(texts.slice(over), titled) : undefined;
      // `…排名情况` / `` / `盟市` / `甲盟` … / `综合指数` / `1.95` …: a blank line under the title is no
      // corner when the columns agree better without it (the corner is the head's first word).
      const pastBlank =
        title && texts[1] === "" && without !== undefined
          ? bestColumns(texts.slice(2), titled)
          : undefined;
      const blankToo = pastBlank !== undefined && pastBlank.score > (without?.score ?? 0) + 1e-9;
      if (blankToo) without = pastBlank;
      // (A title's reading wins a tie: a head twice as wide, two rows in one, agrees as well.)
      const margin = title ? -1e-9 : 1e-9;
      if (without !== undefined && (best === undefined || without.score > best.score + margin)) {
        const first = cells.shift();
        if (blankToo) cells.shift();
        const period = over === 2 ? cells.shift() : undefined;
        if (title && first !== undefined)
          lines.caption =
            period === undefined ? ownLine(first) : appendLine(ownLine(first), " ", period.line);
        columns = without.columns;
      } else columns = best?.columns;
      // A total row one cell short at the end disagrees with two columns: the cells before it
      // give the count, and the row is read as one when it is one ({@link totalRowAfter}).
      columns ??= widthBeforeTotal(texts, options);
      // `序号 |` / `预期目标 |` / `责任单位 |` / `进展情况 |` / `1 |` / `地区生产总值增长6%以上 |` / …: rows
      // of words under bars, numbered in turn (since 2026-12-08).
      if (columns === undefined && marked) columns = numberedWordsWidth(texts);
      if (columns === undefined && !marked) {
        headRow = headOverOneRow(texts);
        columns = headRow;
      }
    }
    if (columns === undefined) return undefined;
    // `其他 |` … `10.3 |` / `|`: a bar alone after whole rows closes the last of them, no blank cell.
    const closing = cells[cells.length - 1];
    if (
      piped &&
      closing?.line.text === "" &&
      lonePipe(closing.raw) &&
      cells.length > columns + 1 &&
      (cells.length - 1) % columns === 0
    )
      cells.pop();
    // (Blank cells from empty lines are held to rows that open with their label, or with their
    // number in turn, {@link numberedInTurn}.)
    if (
      emptyCells &&
      kindOf(cells[columns]?.line.text ?? "") !== "word" &&
      !numberedInTurn(
        cells.map((c) => c.line.text),
        columns,
      )
    )
      return undefined;
    const bodyCells = cells.length - columns;
    const full = headRow === undefined ? Math.floor(bodyCells / columns) : 1;
    // `合计 | 103176 | …` one cell short after the rows of a numbered table: a total row whose
    // label spans the number's column and the name's; it keeps to the columns with a blank number.
    const total = totalRowAfter(
      cells.map((c) => c.line.text),
      columns,
      full,
    );
    // Under a head printed twice side by side, the left half of one more row is a row.
    const half = !marked && !total && headRow === undefined && pairedHalfRow(cells, columns, full);
    const rowCount = marked || total ? Math.ceil(bodyCells / columns) : full + (half ? 1 : 0);
    const used =
      marked || total ? cells : cells.slice(0, columns * (full + 1) + (half ? columns / 2 : 0));
    leftOver(lines, cells, used.length, columns);
    lines.head = [used.slice(0, columns).map(ownLine)];
    if (subHead !== undefined) {
      const under: TextLine[] = Array.from({ length: columns }, () => ({ text: "", spans: [] }));
      under.splice(subHead.at, subHead.cells.length, ...subHead.cells);
      lines.head.push(under);
    }
    for (let k = 0; k < rowCount; k++) {
      const row = used.slice((k + 1) * columns, (k + 2) * columns).map(ownLine);
      if (total && k === full) row.unshift({ text: "", spans: [] });
      if (row.length < columns) {
        const lastCell = row[row.length - 1];
        lines.problems.push({
          code: "table-row-padded",
          at: lastCell === undefined ? undefined : offsetAt(lastCell, 0),
          params: { row: k + 1, cells: row.length, columns },
        });
        while (row.length < columns) row.push({ text: "", spans: [] });
      }
      lines.rows.push(row);
    }
    // `|` / `旬別 |` / … / `|` / `上旬 |` / …: a bar alone opening each row, the head's first, gives
    // every row a blank first cell (a page's `<tr>`), which is no column.
    if (
      piped &&
      columns > 2 &&
      lonePipe(r) &&
      lines.head.every((row) => row[0]?.text === "") &&
      lines.rows.every((row) => row[0]?.text === "")
    )
      for (const row of [...lines.head, ...lines.rows]) row.shift();
    // `167 |` / `311 |` / `|` / `|`: bars alone after the last row, the page's empty trailing cells,
    // close the table; they are no row.
    while (barred && lines.rows.length > 1 && blankRow(lines.rows[lines.rows.length - 1] ?? []))
      lines.rows.pop();
    // `全国总计 |` … `5194.9 |` / `|` / `|` / `|` / `|` / `北 京 |`: a row of bars alone among ` |`
    // cell lines, an empty row the page printed, is no row (a bar alone between the rows of a
    // table a row a line is passed over too, {@link flattenedRows}).
    if (piped && lines.rows.some((row) => !blankRow(row)))
      lines.rows = lines.rows.filter((row) => !blankRow(row));
    lines.rows = alignSpannedRows(lines.rows);
    // Under a head with blank (spanned) cells, rows of words before the first row of figures are
    // more of the head (`总计 | 12345热线 | 政民互动 | …` under `派遣案件总数 | … | | |`).
    const top = lines.head[0] ?? [];
    if (top.some((c) => c.text === "")) {
      while (
        lines.rows.length > 1 &&
        (lines.rows[0] as TextLine[]).every((c) => kindOf(c.text) !== "figure") &&
        (lines.rows[0] as TextLine[]).some((c) => c.text !== "")
      )
        lines.head.push(lines.rows.shift() as TextLine[]);
    }
    for (const n of notes) lines.notes.push(n.line);
    const last = (notes[notes.length - 1] ?? (used[used.length - 1] as { raw: number })).raw;
    // The line of one pipe that closed the last row belongs to the table.
    return piped && notes.length === 0 && last + 1 < raw.length && lonePipe(last + 1)
      ? last + 1
      : last;
  }

  /**
   * `限上零售额` / `(亿元) |`: line `i`, a short line without a bar among the head cells of a ` |`
   * table one cell a line (no figure read yet), over a cell closed by its bar: one head cell the
   * page broke over lines. Also `旅游总收入` / `(亿元)` / `|`: its rest a unit in brackets on a bare
   * line, the bar alone under it. `barred`, among cells each closed by a bar on the line under it
   * (a blank line, as a page break leaves one, allowed between): a bare line over a bare line that
   * closes on a unit in brackets (`監督抽檢樣品` / `總量(批次)` / `|`), or over a word's short tail
   * (`#卫生技术` / `人员` / `|`; two whole words, `监督抽检样品` / `不合格样品` / `|`, are two cells a
   * copy lost a bar between). The range of its rest and the line that closes the cell, else
   * undefined.
   */
  function brokenCellEnd(
    i: number,
    cells: readonly { line: TextLine }[],
    barred = false,
  ): { range: Range; last: number } | undefined {
    if (cells.length === 0 || i + 1 >= raw.length || piped[i] === 1 || blank(i)) return undefined;
    if (cells.some((c) => kindOf(c.line.text) === "figure") || !loneCell(cleanRow(i)))
      return undefined;
    if (barred) {
      const rest = next(i + 1);
      if (!bareCell(i) || rest >= raw.length || !barredCell(rest)) return undefined;
      const restText = cleanRow(rest).text;
      return HEAD_UNIT.test(restText) || restText.length <= MAX_BROKEN_WORD_TAIL
        ? { range: raw[rest] as Range, last: next(rest + 1) }
        : undefined;
    }
    if (lonePipe(i + 1)) return undefined;
    const range = pipeCellRange(i + 1);
    if (range !== undefined) return { range, last: i + 1 };
    if (i + 2 >= raw.length || piped[i + 1] === 1 || !lonePipe(i + 2)) return undefined;
    const rest = raw[i + 1] as Range;
    return BRACKETED_UNIT.test(clean(...rest).text) ? { range: rest, last: i + 2 } : undefined;
  }

  /**
   * `序号` / `项目内容` / `当前进度` / `牵头单位` / `1` / `建设四好农村路55公里。` / `95%` / `县交通局` / `2` / …:
   * a numbered table one cell a line whose cells may be sentences (which {@link bareCell} refuses:
   * most runs of sentence lines are paragraphs). The numbers show it plainly: a head of short
   * words opening with `序号` or `编号`, then two rows or more, each opening with the next number
   * (`1`, `2`, …) and filling the head's width with lines that hold no heading. The table ends
   * before a row that breaks the count; its lines stay text.
   */
  function numberedRows(r: number, lines: TableLines): number | undefined {
    if (!bareCell(r) || !NUMBERED_HEAD.test(cleanRow(r).text)) return undefined;
    const head: TextLine[] = [cleanRow(r)];
    let i = next(r + 1);
    for (; i < raw.length && head.length <= MAX_SPACED_COLUMNS; i = next(i + 1)) {
      if (!bareCell(i)) return undefined;
      const text = cleanRow(i).text;
      if (text === "1") break;
      if (kindOf(text) !== "word") return undefined;
      head.push(cleanRow(i));
    }
    const columns = head.length;
    if (columns < 3 || i >= raw.length) return undefined;
    const rows: TextLine[][] = [];
    let end = r;
    for (let n = 1; i < raw.length && cleanRow(i).text === String(n); n++) {
      const row = [cleanRow(i)];
      let k = i;
      while (row.length < columns) {
        k = next(k + 1);
        if (k >= raw.length || !numberedCell(k)) break;
        row.push(cleanRow(k));
      }
      if (row.length < columns) break;
      rows.push(row);
      end = k;
      i = next(k + 1);
    }
    if (rows.length < 2) return undefined;
    // Copies ({@link ownLine}): the repair keeps its own lines for the text.
    const own = (line: TextLine): TextLine => ownLine({ line, shared: true });
    lines.head = [head.map(own)];
    lines.rows = rows.map((row) => row.map(own));
    return end;
  }

  /** A line that can be a cell of {@link numberedRows}: a sentence perhaps, no heading. */
  function numberedCell(k: number): boolean {
    const [a, b] = raw[k] as Range;
    if (blank(k) || b - a > MAX_NUMBERED_CELL * 3) return false;
    const t = cleanRow(k).text;
    return t !== "" && t.length <= MAX_NUMBERED_CELL && !outsideCells(t);
  }

  /** Warns of the cells after the first `used` that fill no row (they stay text). */
  function leftOver(
    lines: TableLines,
    cells: readonly { line: TextLine }[],
    used: number,
    columns: number,
  ): void {
    const left = cells.length - used;
    if (left <= 0) return;
    lines.problems.push({
      code: "table-cells-left-over",
      at: offsetAt((cells[used] as { line: TextLine }).line, 0),
      params: { cells: left, columns },
    });
  }

  /** A head row, then one cell a line: the column count is the head's. */
  function loneCells(
    r: number,
    head: Split,
    lines: TableLines,
    captioned: boolean,
  ): number | undefined {
    if (head.kind === "rule") return undefined;
    const headCells = cellsOf(head, clean);
    const columns = headCells.length;
    if (columns < 2) return undefined;
    const cells: { line: TextLine; raw: number }[] = [];
    for (let i = next(r + 1); i < raw.length; i = next(i + 1)) {
      const line = clean(...(raw[i] as Range));
      if (!loneCell(line) || splitRow(source, raw[i] as Range)) break;
      cells.push({ line, raw: i });
    }
    const rowCount = Math.floor(cells.length / columns);
    if (rowCount < (captioned ? 1 : 2)) return undefined;
    const used = cells.slice(0, rowCount * columns);
    if (!captioned) {
      // Without a caption, a table shows itself by its figures: most data cells are numbers,
      // and no head cell is one.
      if (headCells.some((c) => NUMERIC.test(c.text))) return undefined;
      const data = used.filter((_, k) => k % columns !== 0);
      if (data.filter((c) => NUMERIC.test(c.line.text)).length * 2 < data.length) return undefined;
    }
    leftOver(lines, cells, used.length, columns);
    lines.head = [headCells];
    for (let k = 0; k < rowCount; k++) {
      lines.rows.push(used.slice(k * columns, (k + 1) * columns).map((c) => c.line));
    }
    return (used[used.length - 1] as { raw: number }).raw;
  }
}

/**
 * `受理件数  38447件`, `全年糧食 | 113028.2 | 5452.1 | 61623.9 |`: a table's first row holding
 * figures other than a run of years ({@link yearHeads}): a row of the body, the table printed
 * without a head (a row of one cell under it is the body's too, no sub-head).
 */
function figureTop(top: readonly TextLine[]): boolean {
  return top.some((c) => FIGURE.test(c.text)) && !yearHeads(top);
}

/**
 * `指 标 | 单位 | 2011 | 2012 | 2013`: a row of words whose figures are bare years, each the one
 * after the one before (two at least): a head naming its columns by year, as statistics pages
 * print a series. Not `合计 | 2011 | 2013` (no run of years) nor a row opening with a figure.
 */
function yearHeads(row: readonly TextLine[]): boolean {
  if (kindOf(row[0]?.text ?? "") !== "word") return false;
  let last = 0;
  let years = 0;
  for (const { text } of row) {
    if (!FIGURE.test(text)) continue;
    const year = /^(?:19|20)\d\d$/.test(text) ? Number(text) : Number.NaN;
    if (years > 0 && year !== last + 1) return false;
    if (Number.isNaN(year)) return false;
    last = year;
    years++;
  }
  return years >= 2;
}

/** Fewest rows numbered in turn that show a table's rows ({@link numberedInTurn}). */
const MIN_ROWS_IN_TURN = 2;

/**
 * `序号` / `单位` / … / `1` / `呼和浩特市市场监督管理局` / … / `` / `合计` / `23061` / …: cells one a
 * line (`texts`, head first) in rows of `columns` under a head opening with `序号`, each row opening
 * with its number in turn (`1`, `2`, …; two rows at least), the last rows perhaps with a blank one
 * (a row the table does not number: the province's own office, the total). Its order shows the
 * rows, as a label opening each does: a blank cell an empty line gave is one of its cells.
 */
function numberedInTurn(texts: readonly string[], columns: number): boolean {
  if (!NUMBERED_HEAD.test(texts[0] ?? "")) return false;
  let numbered = 0;
  let unnumbered = false;
  for (let k = columns; k < texts.length; k += columns) {
    const text = texts[k] ?? "";
    if (text === "") unnumbered = true;
    else if (unnumbered || text !== String(numbered + 1)) return false;
    else numbered++;
  }
  return numbered >= MIN_ROWS_IN_TURN;
}

/**
 * `序号 |` / `预期目标 |` / `责任单位 |` / `进展情况 |` / `1 |` / `地区生产总值增长6%以上 |` / `区发展改革委 |`
 * / `预计一季度GDP增长20%左右。 |` / `2 |` / …: cells one a line, each closed by its bar (`texts`,
 * head first), under a head of words opening with `序号`, whose rows open with their numbers in
 * turn ({@link numberedInTurn}) where the kinds of the cells give no width (here words all but
 * the numbers): the head's width is the cells before the first row's `1`. Else undefined.
 */
function numberedWordsWidth(texts: readonly string[]): number | undefined {
  const width = texts.indexOf("1");
  if (width < 2 || !NUMBERED_HEAD.test(texts[0] ?? "")) return undefined;
  if (texts.slice(0, width).some((t) => kindOf(t) !== "word")) return undefined;
  return numberedInTurn(texts, width) ? width : undefined;
}

/** The label of a table's total row (`合计`, `总计`, `全市合计`, `全省`). */
const TOTAL_LABEL =
  /^(?:全[市区县省州盟旗])?(?:合[计計]|[总總][计計]|小[计計]|共[计計]|[总總][数數])$|^全[市区县省州盟旗]$/;

/** Fewest columns of a head of words over one row of figures, bare, one cell a line. */
const MIN_HEAD_OVER_ROW = 3;

/**
 * The fewest bare cells (no pipes, no bars) a table of them holds: a head of two and two full
 * rows under a caption ({@link bestColumns} with `minRows` 2, whole rows), three without; a head
 * of {@link MIN_HEAD_OVER_ROW} over one row ({@link headOverOneRow}); a total row needs more.
 * (The joins of head cells only lessen the count.)
 */
const MIN_BARE_CELLS = Math.min(2 * (1 + 2), 2 * MIN_HEAD_OVER_ROW);

/**
 * `占道经营` … `其它（咨询类）` / `4` … `90`: bare cells, one a line, that open with a head of three
 * words or more (no figure, no blank) and go on with as many figures, the cell after them (if
 * any) no figure: the head's width, the table one row of figures under it; else undefined. The
 * row may open with its label (`类别` / `房产` … `合计` / `数量` / `396` … `834`: a corner over it):
 * the words are then one more than the head, the figures one fewer, and no row like it follows.
 */
function headOverOneRow(texts: readonly string[]): number | undefined {
  let k = 0;
  while (k < texts.length && texts[k] !== "" && kindOf(texts[k] as string) !== "figure") k++;
  let f = k;
  while (f < texts.length && f - k <= k && kindOf(texts[f] as string) === "figure") f++;
  // (A labelled row is the last: a word and figures after it are a second row, two rows only.)
  const labelled = f - k === k - 2 && kindOf(texts[f + 1] ?? "") !== "figure";
  const width = f - k === k ? k : labelled ? k - 1 : 0;
  if (width < MIN_HEAD_OVER_ROW) return undefined;
  return f < texts.length && kindOf(texts[f] as string) === "figure" ? undefined : width;
}

/**
 * The column count of cells one a line (`texts`) ending in a total row one cell short (`合计`
 * and figures only), inferred from the cells before that row; undefined when they end otherwise.
 */
function widthBeforeTotal(
  texts: readonly string[],
  options: { minRows: number; minAgreement?: number; fullRows?: boolean },
): number | undefined {
  let t = texts.length - 1;
  while (t > 0 && kindOf(texts[t] ?? "") === "figure") t--;
  if (t === texts.length - 1 || !TOTAL_LABEL.test((texts[t] ?? "").replace(/\s+/g, "")))
    return undefined;
  const columns = bestColumns(texts.slice(0, t), options)?.columns;
  if (columns === undefined || texts.length - t !== columns - 1) return undefined;
  return totalRowAfter(texts, columns, (t - columns) / columns) ? columns : undefined;
}

/**
 * Whether the cells after `full` rows under a head of `columns` cells (`texts`: every cell, head
 * first) are a total row one cell short: a total label, then figures only, in a table of three
 * columns or more whose first column numbers the rows (figures only) and whose second names them.
 */
function totalRowAfter(texts: readonly string[], columns: number, full: number): boolean {
  const rest = texts.slice(columns * (full + 1));
  if (columns < 3 || full < 2 || rest.length !== columns - 1) return false;
  if (!TOTAL_LABEL.test((rest[0] ?? "").replace(/\s+/g, ""))) return false;
  if (!rest.slice(1).every((t) => kindOf(t) === "figure")) return false;
  for (let k = 1; k <= full; k++) {
    if (kindOf(texts[k * columns] ?? "") !== "figure") return false;
    if (kindOf(texts[k * columns + 1] ?? "") !== "word") return false;
  }
  return true;
}

/**
 * A cell that is a figure (`4528`, `41.33%`, `1.2万件`), a signed change (`+3.2%`, `-1.47%`,
 * `↑9.03%`, `↓1%`) or a not-applicable mark (`/`, `—`, a horizontal bar `―`): what the data cells
 * of a table hold and its head cells do not. `1月` and `12345热线` are words.
 */
const FIGURE_CELL =
  /^(?:[+\-−±↑↓]?\d[\d,]*(?:\.\d+)?(?:%|‰|万|亿|万元|亿元|元|件|次|人次|人|个|家|户|项|起|宗|条|台|辆|吨|天|小时)?|[/／—–―\-－]{1,2})$/;

type CellKind = "blank" | "figure" | "word";

/** White space, which {@link kindOf} takes out (most cells hold none). */
const SPACE = /\s/;

/**
 * The least share of cells that must agree with their column's kind for a column count to be
 * the table's (real tables with cells spanning rows agree about nine in ten).
 */
const MIN_AGREEMENT = 0.75;
/** The share for bare lines without a caption or pipes, which nothing else marks as a table. */
const PLAIN_AGREEMENT = 0.9;

function kindOf(text: string): CellKind {
  const t = SPACE.test(text) ? text.replace(/\s+/g, "") : text;
  if (t === "") return "blank";
  return FIGURE_CELL.test(t) ? "figure" : "word";
}

/**
 * The column count of a table whose cells come one a line, head first (`cells`: their texts in
 * reading order), or undefined when they are no table. The head is the cells before the first
 * figure, or fewer of them (the first row's label is a word too); of the counts that leave at
 * least `minRows` rows (`fullRows`: whole rows only), the one whose columns hold one kind each (figures or words, blanks
 * aside) best wins, then the one that leaves the last row fullest, then the wider. At least
 * `minAgreement` of the cells ({@link MIN_AGREEMENT} unless given) must agree with their
 * column, and most data cells outside the first column must be figures.
 */
export function inferColumns(
  cells: readonly string[],
  options: { minRows: number; minAgreement?: number; fullRows?: boolean },
): number | undefined {
  return bestColumns(cells, options)?.columns;
}

/**
 * `序號 |` … `不合格率(%) |` / `|` / `1 |` … `0.36 |` / `|` / …: in a table whose cells each a bar
 * closes on the line under it, a second bar after each row's last cell (`doubled`: the indices of
 * the blank cells read for them) ends the row, no blank cell, when the first ends a head of words
 * and each of the others a row of its width (the last may be a total row one cell short, which
 * {@link totalRowAfter} reads). The width, else undefined.
 */
function doubledRowEnds(
  cells: readonly { line: TextLine }[],
  doubled: readonly number[],
): number | undefined {
  const width = doubled[0];
  if (width === undefined || width < 2 || doubled.length < 2) return undefined;
  if (cells.slice(0, width).some((c) => kindOf(c.line.text) !== "word")) return undefined;
  for (let n = 1; n < doubled.length; n++) {
    const cellsBetween = (doubled[n] as number) - (doubled[n - 1] as number) - 1;
    const last = n === doubled.length - 1;
    if (cellsBetween !== width && !(last && cellsBetween === width - 1)) return undefined;
  }
  // Nothing but the rows: no cell after the last end.
  return (doubled[doubled.length - 1] as number) === cells.length - 1 ? width : undefined;
}

/**
 * The column count of cells one a line whose lines of pipes closed rows (`closes`: the number of
 * cells read at each): the width of the first such row, when every other closes a row of that
 * width too, figures follow the rows it closed and the columns keep to their kinds; else undefined.
 * Where each line of pipes closes a group's label row instead (`按城乡分： |` / `||` among
 * `城镇 |` / `23.47 |` / `42.2 |` …: the label and its blank cells), the width is that row's.
 */
function closedWidth(
  cells: readonly { line: TextLine }[],
  closes: readonly number[],
): number | undefined {
  const label = labelRowWidth(cells, closes);
  return (label && widthIfClosed(cells, closes, label)) ?? widthIfClosed(cells, closes, closes[0]);
}

/**
 * The width of a group's label row (a word, then blank cells a line of pipes printed) when every
 * line of pipes closes one, at a whole number of such rows; else undefined.
 */
function labelRowWidth(
  cells: readonly { line: TextLine }[],
  closes: readonly number[],
): number | undefined {
  const first = closes[0] ?? 0;
  let blanks = 0;
  while (blanks < first && cells[first - 1 - blanks]?.line.text === "") blanks++;
  const width = blanks + 1;
  if (blanks === 0 || width >= first) return undefined;
  // (A label row follows a row of figures: over the first, the bars close the head, whose last
  // cell a page broke over lines: `增速与去年 |` / `同期比较 |` / `||`.)
  if (!cells.slice(0, first - width).some((c) => kindOf(c.line.text) === "figure"))
    return undefined;
  for (const n of closes) {
    if (n % width !== 0 || kindOf(cells[n - width]?.line.text ?? "") !== "word") return undefined;
    for (let k = n - blanks; k < n; k++) if (cells[k]?.line.text !== "") return undefined;
  }
  return width;
}

/**
 * The width of rows each opened by a bar alone (`bars`: the indices of their blank cells among
 * `cells`, whose first cell is the head's own bar): every bar at a whole number of rows of the
 * head's width (its bar and its cells), at least {@link MIN_OPENED_ROWS} of them, the head's
 * cells words, none blank; else undefined.
 */
function openedWidth(
  cells: readonly { line: TextLine }[],
  bars: readonly number[],
): number | undefined {
  const width = bars[0];
  if (width === undefined || width < 3 || width > MAX_COLUMNS || bars.length < MIN_OPENED_ROWS)
    return undefined;
  if (bars.some((k, n) => k !== (n + 1) * width)) return undefined;
  const head = cells.slice(1, width);
  return head.every((c) => c.line.text !== "" && kindOf(c.line.text) === "word")
    ? width
    : undefined;
}

/** {@link closedWidth} for a width `width`, checked. */
function widthIfClosed(
  cells: readonly { line: TextLine }[],
  closes: readonly number[],
  width: number | undefined,
): number | undefined {
  if (width === undefined || width < 2 || width > MAX_COLUMNS) return undefined;
  if (closes.some((n) => n % width !== 0)) return undefined;
  const last = closes[closes.length - 1] as number;
  if (!cells.slice(last).some((c) => kindOf(c.line.text) === "figure")) return undefined;
  // Two blank cells in the middle of a row, printed on one line, close no row: the rows after
  // the last one closed must keep to their columns' kinds as in any table of cell lines.
  const score = agreementOf(
    cells.slice(last - width).map((c) => kindOf(c.line.text)),
    width,
  );
  return score !== undefined && score >= MIN_AGREEMENT ? width : undefined;
}

/**
 * Whether the cells one a line after a head and `full` rows of `columns` are the left half of one
 * more row under a head printed twice side by side (`单位 | 得分 | 排名 | 单位 | 得分 | 排名`, two units a
 * row: an odd count's last row holds one): exactly half a row left, its cells of the kinds of the
 * left half of the row above.
 */
function pairedHalfRow(
  cells: readonly { line: TextLine }[],
  columns: number,
  full: number,
): boolean {
  const half = columns / 2;
  if (columns % 2 !== 0 || half < 2 || full < 1 || cells.length !== columns * (full + 1) + half)
    return false;
  const text = (k: number): string => cells[k]?.line.text ?? "";
  const above = columns * full;
  for (let k = 0; k < half; k++) {
    if (kindOf(text(k)) !== "word" || text(k) !== text(k + half)) return false;
    if (kindOf(text(above + columns + k)) !== kindOf(text(above + k))) return false;
  }
  return true;
}

/**
 * The share of the cells after a head of `k` that agree with their column's kind (figures or
 * words, blanks aside), or undefined when the data cells are not mostly figures.
 */
function agreementOf(kinds: readonly CellKind[], k: number): number | undefined {
  const figures = new Array<number>(k).fill(0);
  const words = new Array<number>(k).fill(0);
  for (let i = k; i < kinds.length; i++) {
    const c = (i - k) % k;
    if (kinds[i] === "figure") figures[c] = (figures[c] as number) + 1;
    else if (kinds[i] === "word") words[c] = (words[c] as number) + 1;
  }
  let agree = 0;
  let seen = 0;
  let dataFigures = 0;
  let data = 0;
  for (let c = 0; c < k; c++) {
    const f = figures[c] as number;
    const w = words[c] as number;
    agree += Math.max(f, w);
    seen += f + w;
    if (c > 0) {
      dataFigures += f;
      data += f + w;
    }
  }
  return seen === 0 || dataFigures * 2 < data ? undefined : agree / seen;
}

/**
 * Where the first row's figures start among cells one a line (`kinds`): at the first figure, or,
 * when a word follows it and two figures in a row come later after a word, at those (a head cell
 * that reads as a figure: `11` / `比去年同月增长(%)` / `1-11` for `11月`, the copy having lost its
 * `月`); -1 without.
 */
function firstRowFigure(kinds: readonly CellKind[]): number {
  const first = kinds.indexOf("figure");
  if (first < 0 || kinds[first + 1] !== "word") return first;
  for (let i = first + 2; i < kinds.length - 1 && i <= MAX_COLUMNS; i++)
    if (kinds[i - 1] === "word" && kinds[i] === "figure" && kinds[i + 1] === "figure") return i;
  return first;
}

/**
 * `指标` / `机构数（个）` / `卫生人员数（人）` / `` / `` / `#卫生技术人员` / `#执业（助理）医师` / `全市` / `271` …:
 * cells one a line whose head has two rows, the second printing only the cells under the first
 * one's blank (spanned) cells. The first run of blank cells before the first figure (not the
 * corner) ends the head's first row; as many words after it are the second row. Returns the
 * head's width and the second row's cell count when the columns agree better without those
 * cells than with them, else undefined. (One more count of {@link bestColumns}, asked only of
 * cells of that shape.)
 */
function subHeadUnderBlanks(
  cells: readonly string[],
  options: { minRows: number; minAgreement?: number; fullRows?: boolean },
): { columns: number; count: number } | undefined {
  const kinds = cells.map(kindOf);
  const firstFigure = kinds.indexOf("figure");
  const start = kinds.indexOf("blank");
  if (start < 1 || firstFigure < 0 || start > firstFigure) return undefined;
  let columns = start;
  while (kinds[columns] === "blank") columns++;
  const count = columns - start;
  // The second row's words, then the first row's label: all before the first figure.
  if (columns + count >= firstFigure) return undefined;
  for (let k = columns; k < columns + count; k++) if (kinds[k] !== "word") return undefined;
  const without = [...cells.slice(0, columns), ...cells.slice(columns + count)];
  const under = bestColumns(without, options);
  if (under?.columns !== columns) return undefined;
  const best = bestColumns(cells, options);
  return best === undefined || under.score > best.score + 1e-9 ? { columns, count } : undefined;
}

/** {@link inferColumns} with the winning count's agreement and its last row's missing cells. */
function bestColumns(
  cells: readonly string[],
  {
    minRows,
    minAgreement = MIN_AGREEMENT,
    fullRows = false,
  }: { minRows: number; minAgreement?: number; fullRows?: boolean },
): { columns: number; score: number; missing: number } | undefined {
  const kinds = cells.map(kindOf);
  const firstFigure = kinds.indexOf("figure");
  // After a head cell that reads as a figure, the head ends at the first row's label only.
  const row = firstRowFigure(kinds) - 1;
  if (firstFigure < 2 && row < 2) return undefined;
  let best:
    | { columns: number; score: number; missing: number; labels: boolean; whole: boolean }
    | undefined;
  for (let k = 2; k <= Math.min(Math.max(firstFigure, row), MAX_COLUMNS); k++) {
    if (k > firstFigure && k !== row) continue;
    const body = kinds.length - k;
    if (body < k || (fullRows ? Math.floor(body / k) : Math.ceil(body / k)) < minRows) continue;
    const score = agreementOf(kinds, k);
    if (score === undefined || score < minAgreement) continue;
    const missing = (k - (body % k)) % k;
    // Rows open with their label: between counts that agree as well, one whose rows open with
    // a figure (`4528 | 青羊区 | 3977` of `地区 | 受理量` over two rows) is no reading of the table.
    const labels = kinds[k] !== "figure";
    // A head without a blank cell wins a tie too: under one with blanks (`指标` / `2020年` / `2019年`
    // / `一、公共汽电车` / `` / ``), the blanks are a group row's, read into a head twice as wide.
    const whole = !kinds.slice(0, k).includes("blank");
    const tie = best !== undefined && Math.abs(score - best.score) <= 1e-9;
    const tied = best !== undefined && tie && labels === best.labels;
    if (
      best === undefined ||
      score > best.score + 1e-9 ||
      (tie && labels && !best.labels) ||
      (tied && whole && !best.whole) ||
      (tied && whole === best.whole && missing <= best.missing)
    ) {
      best = { columns: k, score, missing, labels, whole };
    }
  }
  return best && { columns: best.columns, score: best.score, missing: best.missing };
}

/**
 * Rows under a cell that spans them, as web copies print them: the spanned cell is missing at
 * the front and a blank cell closes the row (`其他商品 | 203 | 14.85% | |` under `商品类 |
 * 一般食品 | 565 | 41.33% |`). Such a row is moved one column right (a blank first cell, as the
 * text writer prints a span) when its kinds then agree better with the first full row's.
 */
export function alignSpannedRows(rows: TextLine[][]): TextLine[][] {
  const reference = rows.find((row) => row.every((c) => c.text !== ""));
  if (reference === undefined) return rows;
  const kinds = reference.map((c) => kindOf(c.text));
  const agreement = (row: readonly TextLine[]): number =>
    row.reduce((n, c, i) => n + (c.text !== "" && kindOf(c.text) === kinds[i] ? 1 : 0), 0);
  return rows.map((row) => {
    if (row === reference || row.length < 2) return row;
    if (row[row.length - 1]?.text !== "" || row[0]?.text === "") return row;
    const moved = [{ text: "", spans: [] }, ...row.slice(0, -1)];
    return agreement(moved) > agreement(row) ? moved : row;
  });
}

/**
 * What each cell's row is called: the nearest cell of words to its left (`电话` for `90.67%` in
 * `38447 | 电话 | 34859 | 90.67% | 咨询类 | …`, where one row holds two small tables side by
 * side), else the row's first cell when it is not blank. One pass over the row, each cell's kind
 * read once (a look to the left from each cell would read a wide row's cells again and again).
 */
function rowLabelsOf(row: readonly TextLine[]): string[] {
  const labels: string[] = [];
  let word: string | undefined;
  for (let c = 0; c < row.length; c++) {
    labels.push(word ?? row[0]?.text ?? "");
    const text = row[c]?.text ?? "";
    // A sentence labels the row's figures by its first clause (`建设四好农村路55公里。` →
    // `建设四好农村路55公里`).
    if (kindOf(text) === "word") word = text.slice(0, firstClauseEnd(text));
  }
  return labels;
}

/** Where a cell's first clause ends: at its first clause mark, else the cell's end. */
function firstClauseEnd(text: string): number {
  const m = LABEL_CLAUSE_END.exec(text);
  return m === null || m.index === 0 ? text.length : m.index;
}
const LABEL_CLAUSE_END = /[，。；！？,;]/;

/**
 * A head row printed without its corner cell (`9月 | 1-9月累计 | 累计 | |` over `本地生产总值（亿元）
 * | —— | 2527.54 | 11.5 |`: the blank cell closes the row) moves one column right when the body's
 * last column is filled; a sub-head row of one cell (`增长%`) then completes the last head cell
 * (`累计增长%`).
 */
function alignHead(lines: TableLines, subHeads: readonly TextLine[]): void {
  const head = lines.head[lines.head.length - 1];
  if (head === undefined) return;
  const last = head.length - 1;
  const filled = lines.rows.filter((row) => (row[last]?.text ?? "") !== "").length;
  if (
    last > 0 &&
    head[last]?.text === "" &&
    head[0]?.text !== "" &&
    filled * 2 > lines.rows.length
  ) {
    head.splice(last, 1);
    head.unshift({ text: "", spans: [] });
  }
  const target = [...head].reverse().find((c) => c.text !== "");
  for (const sub of subHeads) if (target) appendLine(target, "", sub);
}

/**
 * A head cell that names units only: `(%)`, `（万元）`, `单位(元/公斤)`, `单位：吨`, `单位` (over a row
 * of bracketed units).
 */
const UNIT_CELL =
  /^(?:(?:计量)?单位)?[（(][^（）()，。；：:]{1,8}[）)]$|^(?:计量)?单位(?:[：:][^，。；：:\s]{1,8})?$/;

/** A row of such cells (blanks aside), one of them at least with its unit: the head's units. */
function isUnitRow(row: readonly TextLine[]): boolean {
  let named = false;
  for (const { text } of row) {
    if (text === "") continue;
    if (!UNIT_CELL.test(text)) return false;
    if (text.length > 2) named = true;
  }
  return named;
}

/** The letters a statistics table numbers its label columns with (`甲`, `乙`), or their head (`栏次`). */
const LABEL_COLUMN_NUMBER = /^(?:[甲乙丙丁]|栏次|欄次|栏号)$/;
/**
 * `甲 | 1 | 2 | … | 6`, `甲 | 乙 | 1 | 2 | 3`: a statistics table's row numbering its columns under
 * the head, its label columns by letters and the others 1, 2, 3… (two at least): no row of data.
 * (`| | | 1 | 2 | 3 | 4`: a form's head whose numbers left its naming columns blank, `numberedFormAt`.)
 */
export function isColumnNumbering(row: readonly TextLine[]): boolean {
  let k = 0;
  while (k < row.length && LABEL_COLUMN_NUMBER.test(row[k]?.text ?? "")) k++;
  if (k === 0) while (k < row.length && row[k]?.text === "") k++;
  if (k === 0) return false;
  let n = 0;
  for (; k < row.length; k++) {
    const text = row[k]?.text ?? "";
    if (text === "") continue;
    if (text !== String(n + 1)) return false;
    n++;
  }
  return n >= 2;
}

/**
 * `项目 | 本年 | 上年同期 | 增长(%) | |||` over `| 本月 | 1-本月 | 上年本月 | 上年1-本月 | 本月 | 累计`: a
 * head row packed to the left over a row of more columns, each of its cells after the corner (the
 * last row's blank cells in front) spanning as many of them (the same number each). The spanning
 * cell over each column (`""` where none does); nothing when the counts do not divide.
 */
function spanningCells(
  upper: readonly TextLine[] | undefined,
  last: readonly TextLine[],
): string[] {
  const spanning: string[] = [];
  if (upper === undefined) return spanning;
  // (Columns spanning both rows stand in the corner, before the last row's first cell; a last row
  // without them, or closed by a blank cell, is not known to stand under its columns.)
  let corner = 0;
  while (corner < last.length && last[corner]?.text === "") corner++;
  if (corner === 0 || last[last.length - 1]?.text === "") return spanning;
  const cells = upper.slice(corner).map((c) => c.text);
  // `本年 | | 增长(%) | |` over `本月 | 累计 | 本月 | 累计`: spans printed in place, each with blank cells
  // after it, over its column and the blank ones up to the next (a blank cell before a filled one).
  if (cells[0] !== "" && cells.some((t, c) => t === "" && cells.slice(c).some((u) => u !== ""))) {
    let over = "";
    for (let c = corner; c < last.length; c++) {
      over = cells[c - corner] || over;
      spanning[c] = over;
    }
    return spanning;
  }
  const groups = cells.indexOf("");
  const count = groups < 0 ? cells.length : groups;
  const width = last.length - corner;
  if (
    count < 2 ||
    count >= width ||
    width % count !== 0 ||
    cells.slice(count).some((t) => t !== "")
  )
    return spanning;
  for (let c = corner; c < last.length; c++)
    spanning[c] = cells[Math.floor((c - corner) / (width / count))] as string;
  return spanning;
}

/**
 * `本年 | 上年同期 | 增长(%)` over two columns each: the columns of a group of changes, by the column
 * at the same place in the first group of figures, with the basis the group names (`同比`; `环比`
 * for `环比` or `上月`).
 */
function groupChanges(spanning: readonly string[]): { column: number; basis: string }[] {
  const changes: { column: number; basis: string }[] = [];
  const from = spanning.findIndex((t) => t !== undefined && t !== "");
  if (from < 0 || CHANGE.test(spanning[from] as string)) return changes;
  let width = 0;
  while (spanning[from + width] === spanning[from]) width++;
  const at = spanning.findIndex((t, c) => c > from && t !== undefined && CHANGE.test(t));
  if (at < 0) return changes;
  const text = spanning[at] as string;
  const basis = /[环環]比|上月/.test(text) ? "环比" : "同比";
  for (let k = 0; k < width; k++)
    if (spanning[at + k] === text) changes[from + k] = { column: at + k, basis };
  return changes;
}

/** The units a table's head may name for the numbers under it (simplified). */
const HEAD_UNITS = [
  "美元",
  "元",
  "件",
  "个",
  "项",
  "宗",
  "户",
  "家",
  "人次",
  "批次",
  "人",
  "次",
  "起",
  "名",
  "所",
  "座",
  "处",
  "篇",
  "张",
  "条",
  "份",
  "场",
  "笔",
  "单",
  "通",
  "种",
  "吨标准煤",
  "吨",
  "辆",
  "台",
  "套",
  "千瓦时",
  "平方米",
  "亩",
  "公顷",
  "公里",
  // Couples and bodies, as 民政 tables count marriages and cremations (`结婚登记 | 对 | 29,829 |`).
  "对",
  "具",
  // Containers in twenty-foot units, as port rankings head their throughput (`一季度（万TEU）`).
  "TEU",
];
/** Longest first, so that an alternation of them takes `人次` before `人`. */
const longestFirst = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).join("|");
/**
 * A unit a table prints for its numbers: a scale ({@link SCALES}), then one of {@link HEAD_UNITS};
 * or a percent sign. Copies converted to traditional characters print the same units so (`億元`,
 * `個`, `萬輛`: each unit's traditional forms from {@link TRADITIONAL_UNITS}): readMetric writes
 * them simplified, with a warning.
 */
const TABLE_UNIT = `(?:${longestFirst(SCALES)})?(?:${longestFirst([
  ...HEAD_UNITS,
  ...Object.keys(TRADITIONAL_UNITS).filter((t) =>
    HEAD_UNITS.includes(TRADITIONAL_UNITS[t] as string),
  ),
])})|%|％`;
/** A unit in brackets alone (`（亿元）`, `(%)`), a head cell's on the line under it ({@link joinHeadUnits}). */
const BRACKETED_UNIT = new RegExp(`^[（(](?:${TABLE_UNIT})[）)]$`);
/** A unit a head names in brackets at its end: `本地生产总值（亿元）`, `受理量（件）`, `亏损面（%）`. */
const HEAD_UNIT = new RegExp(`[（(](${TABLE_UNIT})[）)]$`);
/**
 * A column head closed by a percent sign out of brackets, after its words (`本月±%`, `占比%`): its
 * numbers are percentages, three digits at most before the point (a wider number under it is an
 * amount a row printed a cell short shifted there).
 */
const HEAD_PERCENT = /(?<=[\u4e00-\u9fff±])[%％]$/;
const PERCENT_NUMBER = /^[+＋\-−－]?\d{1,3}(?:\.\d+)?$/;
const BARE_NUMBER = /^[+＋\-−－]?\d[\d,]*(?:\.\d+)?$/;

/** The head of a column of units (`指标 | 单位 | 本月 | …`), which names each row's unit. */
const UNIT_COLUMN = /^(?:计量|计算)?单位$/;
/** The head of a column of codes (`指标名称 | 单位 | 代码 | 数量`), each row's code, no label of its figures. */
const CODE_COLUMN = /^(?:指标)?(?:代码|代碼)$/;
/** A unit as a unit column's cell or a table's `单位：…` prints it: one unit, a scale before it. */
const UNIT_TEXT = new RegExp(`^(?:${TABLE_UNIT})$`);
/**
 * A price per a quantity of goods as a column of units prints it (`元/5升`, `元/500克`, `元／公斤`,
 * `元/桶`): a currency, then the quantity {@link perGoodsAt} reads, and nothing else.
 */
function isPriceUnit(text: string): boolean {
  for (const currency of CURRENCIES) {
    if (!text.startsWith(currency)) continue;
    const per = perGoodsAt(text, currency.length);
    return per !== undefined && currency.length + per.length === text.length;
  }
  return false;
}
/** A unit as a unit column's cell or a caption prints it: {@link UNIT_TEXT} or a price's. */
const isUnitText = (text: string): boolean => UNIT_TEXT.test(text) || isPriceUnit(text);
/**
 * The column of a table that holds its rows' units: the one headed `单位` when most of its cells
 * are units (a column so headed may hold organisations); in a headless table, the column holding
 * a unit in every row ({@link headlessUnitColumn}); −1 when there is none.
 */
function unitColumnOf(lines: TableLines, headed: number): number {
  if (headed >= 0) {
    const cells = lines.rows.map((row) => row[headed]?.text.trim() ?? "").filter((t) => t !== "");
    return cells.filter(isUnitText).length * 2 >= cells.length ? headed : -1;
  }
  return lines.head.length === 0 ? headlessUnitColumn(lines.rows) : -1;
}

/**
 * The column of units of a table printed with no head (a statistics table's later part under its
 * section row, `城市低保人数 | 人 | 3,235 |`): the first column after the labels whose every cell is a
 * unit with a bare number after it, in two rows or more; -1 when none.
 */
function headlessUnitColumn(rows: readonly (readonly TextLine[])[]): number {
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2) return -1;
  for (let c = 1; c < width - 1; c++) {
    if (
      rows.every(
        (row) =>
          isUnitText(row[c]?.text.trim() ?? "") && BARE_NUMBER.test(row[c + 1]?.text.trim() ?? ""),
      )
    )
      return c;
  }
  return -1;
}
/** A bracketed note closing a head (`价格（元/500克）`), for {@link headUnitOf}. */
const HEAD_NOTE = /[（(]([^（()）]{2,10})[）)]$/;
/**
 * The unit a column's or a row's head names in brackets at its end for the numbers it heads:
 * {@link HEAD_UNIT}'s (`受理量（件）`), or a price's after the words of a head (`价格（元/500克）`,
 * `均价(元／公斤)`; not a cell of units only, `单位(元/公斤)`, which a row of units spans over columns).
 */
function headUnitOf(head: string): string | undefined {
  const own = HEAD_UNIT.exec(head)?.[1];
  if (own !== undefined) return own;
  const note = HEAD_NOTE.exec(head)?.[1];
  return note !== undefined && isPriceUnit(note) && !UNIT_CELL.test(head) ? note : undefined;
}
/**
 * A table's own unit line, at the end of its caption (`…情况 单位：件`, or in brackets:
 * `…统计表（单位：件）`; `（單位：件）` in a copy converted to traditional characters): one unit only.
 * Not a unit line of several (`单位：人、万元`), which names each row's.
 */
const CAPTION_UNIT = /(?:[计計]量)?[单單]位[：:]\s*([^\s（()）]+)[）)]?\s*$/;
/** Words of a column head whose numbers are rates, shares, ranks or changes, never the table's unit. */
const NOT_TABLE_UNIT = /率|比|%|％|占|幅|增|降|减|排|名次|序号|编号/;

/** A bracketed note closing a head's or a row's label (`受理量（件）`): no part of a metric's label. */
const CLOSING_NOTE = /[（(][^）)]*[）)]$/;
/** The scope of a table's prose cells: figures there are data. */
const DATA: InlineScope = Object.freeze({ figures: true });
/**
 * A cell's number, a space and the bracket opening a signed change (`95 348 (` of `95 348 (+8.1%)`,
 * as statistics tables print each year's figure with its change on the year before).
 */
const NUMBER_BEFORE_CHANGE = /^\d[\d ,.]{0,20} [(（](?=[+\-−－＋]\d)/;
/** A note in brackets that is all of a cell after its figure: `（进度滞后）`. */
const FIGURE_NOTE = /^[（(][^（）()]{1,40}[）)]$/;

/**
 * The mark of a row that is a part of the row naming its unit above it (`# 批发零售业`, `其中：…`,
 * as statistics tables print their breakdowns).
 */
const PART_MARK = /^(?:[#＃]\s*|其中[：:]?\s*)/;
/** `一、`: the mark of a group's row; `1、`, `2.`: of a numbered row under it ({@link readTable}). */
const GROUP_MARK = /^[一二三四五六七八九十]{1,3}、/;
const NUMBERED_PART = /^\d{1,2}[、.．](?!\d)/;

/** Words of a column head that make its percentages changes, not figures (`涨跌幅`, `增/减幅`, `環比`). */
const CHANGE = /同比|[环環]比|增[长長]|幅|下降|增[减減]|[变變]化|比上/;

/** A cell longer than this, with a clause mark, is running text (a row of a work plan's progress). */
const PROSE_CELL = 24;
const PROSE_MARKS = /[，；。]/;

/**
 * Turns the lines of a table into the model's table: cells read like running text (department
 * names, 《titles》, “quotes”), and a cell that is one figure with its unit (`4528件`, `98.5%`)
 * a metric labelled by its row and column (`成都市受理量`).
 */
export function readTable(lines: TableLines, ctx: InlineContext, refs: string[]): Table {
  for (const p of lines.problems) ctx.warn(p.code, p.at, p.params);
  moveHeadOverNumbers(lines);
  const scope = { figures: false };
  // The head's last row of words (not the columns' numbers under it), and the cells of the row
  // above it that span its columns.
  const wordRows = lines.head.filter((row) => !isColumnNumbering(row));
  const headRow = wordRows[wordRows.length - 1] ?? [];
  const spanning = spanningCells(wordRows[wordRows.length - 2], headRow);
  const columnLabel = (c: number): string => (headRow[c]?.text ?? "").replace(CLOSING_NOTE, "");
  // A metric's column words: a blank cell of the head's last row stands under a head cell that
  // spans both rows (`2019年决算数` over a blank, beside `2020年执行数` over `金额 | 占调整预算%`).
  const upperRow = wordRows[wordRows.length - 2];
  const metricColumnLabel = (c: number): string =>
    columnLabel(c) || (c > 0 ? (upperRow?.[c]?.text ?? "").replace(CLOSING_NOTE, "") : "");

  // A cell's figure is a metric only as the table labels it (row and column): read as running
  // text, a lone `14.08%` under 同比 would be a metric without a label.
  const words: InlineContext = { ...ctx, metricsMode: "none" };
  // A column of units names each row's (`地区生产总值 | 亿元 | 52.22`); a caption's `单位：件` the
  // table's, for the columns that count (not rates, shares, ranks or changes).
  // `单位` also heads a column of organisations (`序号 | 单位 | 投诉 |`): a column of units holds units.
  // (Its head may stand in an upper row, the cell under it blank: `指标名称 | 单位 | 6月份 | …`.)
  const headed = headRow.findIndex(
    (c, k) =>
      UNIT_COLUMN.test(c.text.trim()) ||
      (c.text === "" && wordRows.some((row) => UNIT_COLUMN.test(row[k]?.text.trim() ?? ""))),
  );
  const unitColumn = unitColumnOf(lines, headed);
  const codeColumn = headRow.findIndex((c) => CODE_COLUMN.test(c.text.trim()));
  // (Or its unit alone in brackets closing it, as {@link HEAD_UNIT} reads a head's: `…同比增长（%）`,
  // `各区受理量（件）`; not a year or a note in brackets, `（2025年）`, which names no unit.)
  const captionText = lines.caption?.text ?? "";
  const captionUnit = CAPTION_UNIT.exec(captionText)?.[1] ?? HEAD_UNIT.exec(captionText)?.[1];
  const tableUnit = captionUnit !== undefined && isUnitText(captionUnit) ? captionUnit : "";
  /**
   * Whether column `c`'s head words (its head cell and the cell spanning it) make its percentages
   * changes ({@link CHANGE}): asked once a column, not again for each of a long table's cells.
   */
  const changeColumns: (boolean | undefined)[] = [];
  const isChangeColumn = (c: number): boolean =>
    (changeColumns[c] ??= CHANGE.test(columnLabel(c) + (spanning[c] ?? "")));
  /**
   * The unit column `c`'s head names ({@link headUnitOf}): in its cell of the head's last row or,
   * where that is blank, in the cell over it of a head of two rows (`机构数（个）` over a blank: one
   * cell spanning both rows, as yearbook tables print them). A part's column (`#卫生技术人员`, marked
   * as {@link PART_MARK} marks a row's parts) naming none counts in the unit of the column it is a
   * part of, the nearest before it that is no part. Asked once a column (`null`: none).
   */
  const columnUnits: (string | null)[] = [];
  const columnUnit = (c: number): string | undefined => {
    let unit = columnUnits[c];
    if (unit === undefined) {
      const own = headRow[c]?.text ?? "";
      unit = headUnitOf(own || (upperRow?.[c]?.text ?? "")) ?? null;
      if (unit === null && c > 0 && PART_MARK.test(own)) {
        let whole = c - 1;
        while (whole > 0 && PART_MARK.test(headRow[whole]?.text ?? "")) whole--;
        unit = whole > 0 ? (columnUnit(whole) ?? null) : null;
      }
      columnUnits[c] = unit;
    }
    return unit ?? undefined;
  };
  const cell = (
    line: TextLine,
    label: string,
    column: number,
    rowHead = "",
    rowUnit = "",
  ): Inline[] => {
    if (line.text === "") return [];
    if (ctx.metricsMode === "all" && label !== "") {
      // A bare number takes the unit its column's head, else its row's head, names; else its
      // row's unit cell, else the table's unit.
      // (A cell spanning its column names it for the column's head: `增长(%)` over `本月`.)
      const head = headRow[column]?.text ?? "";
      const over = spanning[column] ?? "";
      const percent = PERCENT_NUMBER.test(line.text);
      const named = BARE_NUMBER.test(line.text)
        ? (columnUnit(column) ??
          (percent ? HEAD_PERCENT.exec(head)?.[0] : undefined) ??
          headUnitOf(over) ??
          (percent ? HEAD_PERCENT.exec(over)?.[0] : undefined) ??
          headUnitOf(rowHead) ??
          (isUnitText(rowUnit) ? rowUnit : undefined) ??
          (tableUnit !== "" && !NOT_TABLE_UNIT.test(head + over) ? tableUnit : undefined))
        : undefined;
      const text = named === undefined ? line.text : `${line.text}${named.replace("％", "%")}`;
      const figure = readMetric(text, 0, 0);
      const change = (figure?.metric.unit === "%" || named !== undefined) && isChangeColumn(column);
      // `80%（进度滞后）`: a figure and a note on it in brackets; the note stays text.
      const note =
        figure && figure.end < text.length && named === undefined
          ? FIGURE_NOTE.exec(text.slice(figure.end))?.[0]
          : undefined;
      if (figure && (figure.end === text.length || note !== undefined) && !change) {
        if (figure.normalised) ctx.warn("unit-normalised", offsetAt(line, 0), figure.normalised);
        const metric: Inline = { type: "metric", ref: addMetric(ctx, label, figure.metric).id };
        return note === undefined ? [metric] : [metric, note];
      }
      // `95 348 (+8.1%)`: a number no head gives a unit and its change in brackets beside it;
      // the change is the cell's figure, the number stays text.
      const beside = named === undefined ? NUMBER_BEFORE_CHANGE.exec(line.text)?.[0] : undefined;
      const rate = beside === undefined ? undefined : readMetric(line.text, beside.length, 0);
      if (beside !== undefined && rate !== undefined && rate.end === line.text.length - 1) {
        const metric: Inline = { type: "metric", ref: addMetric(ctx, label, rate.metric).id };
        return [beside, metric, line.text.slice(rate.end)];
      }
    }
    // A cell of running text (`截至9月底，全市已补建514个，完成目标任务的98.27%；…`) labels its
    // figures by their clauses, as a paragraph does.
    // (So does a short cell that is one whole sentence: `建设四好农村路55公里。`.)
    const prose =
      (line.text.length > PROSE_CELL && PROSE_MARKS.test(line.text)) || line.text.endsWith("。");
    // A table holds data: every figure of a prose cell is one, as in an overview's paragraph.
    return prose
      ? readInlines(line.text, line, 0, ctx, DATA, refs)
      : readInlines(line.text, line, 0, words, scope, refs);
  };

  const caption = lines.caption ? { caption: lines.caption.text } : {};
  const head =
    lines.head.length > 0
      ? { head: lines.head.map((row) => row.map((line) => cell(line, "", 0))) }
      : {};
  const table: Table = { type: "table", ...caption, ...head, rows: [] };
  // The unit of the last row whose head names one (`零售总额（亿元）`), and whether a `#` row
  // (其中) under it opened its parts: the rows from there to the next row naming a unit.
  // (`1、国际游客` under `一、城市接待旅游人数(人次)`: the numbered rows under a numbered group's row
  // are its parts too.)
  let namedUnit = "";
  let parts = false;
  let group = false;
  const pairedChanges = changePairs(headRow.map((c) => c.text));
  let groupPairs = groupChanges(spanning);
  if (groupPairs.length === 0 && pairedChanges.length === 0) {
    const texts = headRow.map((c) => c.text);
    const change = (c: number): boolean => CHANGE.test(texts[c] ?? "");
    groupPairs = blockChanges(texts, change);
    if (groupPairs.length === 0) groupPairs = changesPastShares(texts, change);
  }
  table.rows = lines.rows.map((row) => {
    const first = row[0]?.text ?? "";
    const own = HEAD_UNIT.exec(first)?.[1];
    if (own !== undefined) {
      // (A rate's row, `比上年增长(%)`, has no parts: a `#` row below is no share of it.)
      namedUnit = NOT_TABLE_UNIT.test(own) ? "" : own;
      parts = false;
      group = GROUP_MARK.test(first);
    } else if (PART_MARK.test(first) || (group && NUMBERED_PART.test(first)))
      parts = namedUnit !== "";
    const partOf = own === undefined && parts ? namedUnit : "";
    // The unit cell names the row's unit and is no label of its figures.
    const rowUnit = unitColumn < 0 ? partOf : (row[unitColumn]?.text.trim() ?? "");
    // Nor is the code cell (`JZH011310000` under `代码`): the row's label is the words before it.
    const labels =
      unitColumn < 0 && codeColumn < 0
        ? row
        : row.map((l, k) => (k === unitColumn || k === codeColumn ? { text: "", spans: [] } : l));
    const rowLabels = rowLabelsOf(labels);
    const cells = row.map((line, c) => {
      if (c === unitColumn) return cell(line, "", c);
      const rowLabel =
        c > 0 ? (rowLabels[c] as string).replace(CLOSING_NOTE, "").replace(PART_MARK, "") : "";
      return cell(
        line,
        rowLabel === "" ? "" : rowLabel + metricColumnLabel(c),
        c,
        row[0]?.text,
        rowUnit,
      );
    });
    // A change that names its basis in the next cell (`同比下降24.85%`) is the comparison of
    // the figure before it; the cell keeps its text. A bare `+3.2%` under a 同比 head stays
    // text where which column it compares is not written; under a head that pairs each column of
    // figures with its change (`本月 | 同比增减% | 1-本月累计 | 同比增减%`) it is the change of
    // the figure before it.
    cells.forEach((inlines, c) => {
      const only = inlines.length === 1 ? inlines[0] : undefined;
      if (typeof only !== "object" || only.type !== "metric") return;
      // (Or its change is in the group of changes, at the same place: `增长(%)` over `本月 | 累计`.)
      const pair = groupPairs[c];
      const next = row[pair?.column ?? c + 1]?.text ?? "";
      const basis = pair?.basis ?? pairedChanges[c + 1];
      // The rate bare under a head in % (`同比增减%`), or printed with its % under a bare `同比`
      // head (`同比` over `-3.26%`; a bare number there may count the change in the column's unit).
      const rate =
        basis === undefined
          ? undefined
          : BARE_NUMBER.test(next) &&
              (pair !== undefined || /[%％]/.test(headRow[c + 1]?.text ?? ""))
            ? next
            : PERCENT_CELL.exec(next)?.[1];
      const comparison =
        readComparison(next, 0) ??
        (basis !== undefined && rate !== undefined
          ? readComparison(
              `${basis}${/^[-−－]/.test(rate) ? `下降${rate.slice(1)}` : `增长${rate.replace(/^[+＋]/, "")}`}%`,
              0,
            )
          : undefined);
      const metric = metricById(ctx, only.ref);
      if (comparison && metric && metric.comparison === undefined) metric.comparison = comparison;
    });
    return cells;
  });
  const notes = lines.notes
    .map((line) => readInlines(line.text, line, 0, ctx, scope, refs))
    .filter((note) => note.length > 0);
  if (notes.length > 0) table.notes = notes;
  return table;
}

/**
 * `地区 | 标准保费 | 同比 | 规模保费 | 同比 |` over `北京 | 104.11 | -3.26% | 534.16 | -6.98% |`: a change
 * column's head that is its basis alone (`同比`, `环比`, `同比增长`, `同比增减`), no `%` in it: its cells
 * print their own (only those are read as the change of the figure before: {@link PERCENT_CELL}).
 * Not `同比增减（件）` nor `比上年`, whose cells may count the change in the column's unit.
 */
const BARE_CHANGE_HEAD = /^(?:同比|[环環]比)(?:增[长長减減]|增幅|增速)?$/;
/** A cell that is a rate with its % (`-3.26%`, `+12.5％`): the rate without the %. */
const PERCENT_CELL = /^([+＋\-−－]?\d+(?:\.\d+)?)[%％]$/;
/** `同比`, `环比`: the basis a change column's head names. */
const CHANGE_BASIS = /同比|[环環]比/;
/**
 * `累计比上年同期增长(%)`: a change head naming the column it changes (its words before the basis,
 * `累计`) and its basis (`比上年同期` a year's, `比上月` a month's).
 */
const NAMED_CHANGE = /^([\u4e00-\u9fff]{1,4}?)(同比|[环環]比|比上年同期|比去年同期|比上年|比上月)/;

/**
 * `指标 | 本月 | 同比增减% | 1-本月累计 | 同比增减%`: a head whose every column of figures (after the
 * row labels' columns, {@link labelColumnsOf}) is followed by its change in percent naming its basis. The basis of each change column, by
 * its index; empty when the head pairs no columns so.
 */
function changePairs(head: readonly string[]): (string | undefined)[] {
  const bases: (string | undefined)[] = [];
  const change = (c: number): boolean => CHANGE.test(head[c] ?? "");
  const labels = labelColumnsOf(head);
  for (let c = labels; c < head.length; c++) {
    const text = head[c] ?? "";
    if (!change(c)) {
      if (!change(c + 1)) return namedChanges(head, change);
      continue;
    }
    const basis = CHANGE_BASIS.exec(text)?.[0];
    if (
      basis === undefined ||
      (!/[%％]/.test(text) && !BARE_CHANGE_HEAD.test(text)) ||
      c <= labels ||
      change(c - 1)
    )
      return namedChanges(head, change);
    bases[c] = basis === "環比" ? "环比" : basis;
  }
  return bases;
}

/**
 * `名次 | 省区市 | 旅游总收入(亿元) | 同比增长 | 接待游客总数(万人次) | 同比增长`, `排序 | 港口 | 一季度(万TEU) |
 * 同比增幅`: a ranking (or a numbered table) opens its head with the rank's (the number's) column,
 * then the names ranked; its columns of figures start after both.
 */
const RANK_HEAD = /^(?:名次|排名|排序|排位)$/;

/**
 * How many columns of a head hold its rows' labels before its columns of figures: two after a rank's
 * or a number's column ({@link RANK_HEAD}, {@link NUMBERED_HEAD}), else the first alone.
 */
function labelColumnsOf(head: readonly string[]): number {
  const first = head[0] ?? "";
  return RANK_HEAD.test(first) || NUMBERED_HEAD.test(first) ? 2 : 1;
}

/**
 * `… | 1-3月累计 | 累计比上年同期增长(%) | 结构(%)`: where not every column pairs so, a change column
 * in percent whose head names the column before it ({@link NAMED_CHANGE}: `1-3月累计` ends with
 * `累计`) and its basis is that column's change.
 */
function namedChanges(
  head: readonly string[],
  change: (c: number) => boolean,
): (string | undefined)[] {
  const bases: (string | undefined)[] = [];
  for (let c = 2; c < head.length; c++) {
    const text = head[c] ?? "";
    const named = NAMED_CHANGE.exec(text);
    const period = named === null ? periodChangeBasis(head, c) : undefined;
    if (period !== undefined && /[%％]/.test(text)) {
      bases[c] = period;
      continue;
    }
    if (
      named === null ||
      !/[%％]/.test(text) ||
      change(c - 1) ||
      !(head[c - 1] ?? "").replace(CLOSING_NOTE, "").endsWith(named[1] as string)
    )
      continue;
    bases[c] = /[环環]比|上月/.test(named[2] as string) ? "环比" : "同比";
  }
  return bases;
}

/** A head naming a month and its words (`4月受理数(宗)`): the month, the words after it. */
const MONTH_HEAD = /^(\d{1,2})月(\S+)$/;
/** A head naming a year and its words (`2021年受理量`): the year, the words after it. */
const YEAR_HEAD = /^(\d{4})年(\S+)$/;
/** Months in a year: December's next month is January. */
const MONTHS = 12;

/**
 * `案件来源 | 3月受理数(宗) | 4月受理数(宗) | 增/减幅(%)`: a change column naming no basis, after two
 * columns of the same words for consecutive months (a 环比 change of the later) or years (a 同比
 * one). The basis, or `undefined` where the two heads before `c` are no such pair. (The jiangmen
 * 数字城管 monthly reports print their 汇总表 so.)
 */
function periodChangeBasis(head: readonly string[], c: number): string | undefined {
  if (c < 3 || CHANGE_BASIS.test(head[c] ?? "")) return undefined;
  const earlier = head[c - 2] ?? "";
  const later = head[c - 1] ?? "";
  for (const [shape, basis, next] of [
    [MONTH_HEAD, "环比", (n: number) => (n % MONTHS) + 1],
    [YEAR_HEAD, "同比", (n: number) => n + 1],
  ] as const) {
    const a = shape.exec(earlier);
    const b = shape.exec(later);
    if (a && b && a[2] === b[2] && Number(b[1]) === next(Number(a[1]))) return basis;
  }
  return undefined;
}

const escapeCell = (text: string): string => text.replaceAll("|", "\\|");

/**
 * A table's lines written back as text in the form the text writer of `@bulletin/render` uses
 * and {@link findTables} reads: the caption, `| a | b |` rows, a `| --- | --- |` rule under the
 * head rows (over the rows when there is no head), the notes. What `repairExtractedText` writes.
 */
export function tableText(lines: TableLines): string {
  const row = (cells: TextLine[]): string =>
    `| ${cells.map((c) => escapeCell(c.text)).join(" | ")} |`;
  const width = (lines.head[0] ?? lines.rows[0] ?? []).length;
  const out: string[] = [];
  // A caption that is no `表1 …` stays a title row of the page's form (`1、主要指标 | | |`), the
  // form that reads back as the table's caption.
  if (lines.caption) {
    const text = lines.caption.text;
    out.push(
      CAPTION.test(text) ? text : `${escapeCell(text)} |${" |".repeat(Math.max(1, width - 1))}`,
    );
  }
  for (const r of lines.head) out.push(row(r));
  out.push(`| ${Array(width).fill("---").join(" | ")} |`);
  for (const r of lines.rows) out.push(row(r));
  for (const n of lines.notes) out.push(n.text);
  return out.join("\n");
}
