/**
 * The lines of a yearbook's bilingual table: each row's Chinese label, then its English one, then
 * its figures, single spaces or gaps between them (`施工项目个数 (个) Number of Projects Under
 * Construction(unit) 23578 22195 20654 22601`), under a head naming the years of its columns
 * (`指标 Item 2018 2019 2020 2021`). The labels hold spaces of their own, so no gap parts the
 * cells: the figures are read from the line's end, and the rest is the row's label.
 */

import { isHanCode, isSpaceCode } from "./chars";

type Range = readonly [number, number];

/** A figure cell of such a row: a number (`69551.19`, `-3.2`), or a dash for no figure. */
const FIGURE = /^(?:[+\-−]?\d[\d,]*(?:\.\d+)?|[—–\-－…]{1,2})$/;
/** A year heading a column: `2021`, `2021年`. */
const YEAR = /^(?:19|20)\d{2}年?$/;
/** An English word of a label (two letters or more). */
const ENGLISH_WORD = /[A-Za-z]{2}/;
/** A mark that ends a sentence: no label holds one. */
const SENTENCE = /[。；！？]/;
/** The most columns of figures such a table has, and the longest label. */
const MAX_FIGURES = 12;
const MAX_LABEL = 160;
/** The longest corner of the head, its gaps one space each. */
const MAX_CORNER = 40;

/** The figures of a bilingual row, and its label before them (both as ranges of the source). */
export interface BilingualCells {
  label: Range;
  figures: Range[];
}

/**
 * The whitespace-parted tokens at the end of `source[a, b)` that `keep` accepts, last first, at
 * most `most` of them, and where the text before them ends (white space trimmed).
 */
function tailTokens(
  source: string,
  a: number,
  b: number,
  keep: (token: string) => boolean,
  most: number,
): { tokens: Range[]; rest: number } {
  const tokens: Range[] = [];
  let end = b;
  while (end > a && isSpaceCode(source.charCodeAt(end - 1))) end--;
  let rest = end;
  while (tokens.length < most && end > a) {
    let start = end;
    while (start > a && !isSpaceCode(source.charCodeAt(start - 1))) start--;
    if (!keep(source.slice(start, end))) break;
    tokens.push([start, end]);
    end = start;
    while (end > a && isSpaceCode(source.charCodeAt(end - 1))) end--;
    rest = end;
  }
  return { tokens: tokens.reverse(), rest };
}

/**
 * Whether `source[a, b)` (trimmed) labels a row in both languages: Han first (or a `#`, or a
 * bracket, `(万字) (10 000 words)`), then an English word, no sentence in it.
 */
function bilingualLabel(source: string, a: number, b: number): boolean {
  if (b - a < 3 || b - a > MAX_LABEL) return false;
  const first = source.charCodeAt(a);
  const opens =
    isHanCode(first) || first === 0x23 || first === 0xff03 || first === 0x28 || first === 0xff08;
  if (!opens) return false;
  const text = source.slice(a, b);
  const latin = text.search(/[A-Za-z]/);
  if (latin < 0 || !ENGLISH_WORD.test(text) || SENTENCE.test(text)) return false;
  // A Han character before the English: `宗(个) Full-records (unit)`.
  for (let i = 0; i < latin; i++) if (isHanCode(text.charCodeAt(i))) return true;
  return false;
}

/** Where the white space at `source[a, …)` ends. */
function skipSpace(source: string, a: number, b: number): number {
  let i = a;
  while (i < b && isSpaceCode(source.charCodeAt(i))) i++;
  return i;
}

/**
 * The head of a bilingual table on `source[a, b)`: a corner (`指标 Item`, Han in it) and two years
 * or more, or undefined.
 *
 * @example
 * bilingualHead("项目 Item 2010 2015 2020 2021", 0, 27); // { corner: [0, 7], years: [[8, 12], …] }
 */
export function bilingualHead(
  source: string,
  a: number,
  b: number,
): { corner: Range; years: Range[] } | undefined {
  const from = skipSpace(source, a, b);
  const { tokens, rest } = tailTokens(source, from, b, (t) => YEAR.test(t), MAX_FIGURES + 1);
  if (tokens.length < 2 || tokens.length > MAX_FIGURES || rest <= from) return undefined;
  // (Its words a copy may space far apart, as the columns under them stand: `目      Item`.)
  const corner = source.slice(from, rest).replace(/\s+/g, " ");
  if (corner.length > MAX_CORNER || SENTENCE.test(corner) || !isHanCode(corner.charCodeAt(0)))
    return undefined;
  return { corner: [from, rest], years: tokens };
}

/**
 * The cells of a bilingual row on `source[a, b)` under a head of `columns` figure columns: its
 * label (Chinese and English) and up to `columns` figures from its end; undefined when the line
 * is no such row (no English word in its label, more figures than columns). A group's label
 * (`馆藏档案 Collection of Archives`) has no figures.
 *
 * @example
 * bilingualRow("  广播   Radio 88 90 93 93", 0, 26, 4); // label [2, 14), four figures
 */
export function bilingualRow(
  source: string,
  a: number,
  b: number,
  columns: number,
): BilingualCells | undefined {
  const from = skipSpace(source, a, b);
  const { tokens, rest } = tailTokens(source, from, b, (t) => FIGURE.test(t), columns + 1);
  if (tokens.length > columns || !bilingualLabel(source, from, rest)) return undefined;
  return { label: [from, rest], figures: tokens };
}
