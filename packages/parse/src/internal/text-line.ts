/**
 * The repaired line every step of the parse passes on, and the helpers that read where its units
 * came from in the input: apart from the repair itself (repair-lines.ts), so that the modules
 * reading lines do not import the repair, nor the repair them back.
 */

import type { TableLines } from "./read-table";

/**
 * One repaired line and where its UTF-16 units came from in the input, as runs: `spans` holds
 * pairs (index in `text`, offset in the input), one for each place where the repair dropped
 * input between two units (a stray space, a zero-width character, a line break of a joined
 * paragraph). A unit's offset is computed only when a warning asks for it ({@link offsetAt}),
 * so the repair keeps no array of offsets a character.
 */
export interface TextLine {
  text: string;
  /** Pairs (index in `text`, offset in the input), indices ascending; see {@link offsetAt}. */
  spans: number[];
  /**
   * Indices in `text` where a line break of the input was joined ({@link appendLine}): the repair
   * dropped input there, as it does a stray space, but no space stood there (a page's line end
   * does not end a heading its writer set off with a space).
   */
  breaks?: number[];
  /**
   * Indices in `text` where the repair dropped input that was no space either: a converter's pinyin
   * reading (`服務(wù)業`), a forum's markup tag (`[b]20[/b][b]24[/b]`).
   */
  unspaced?: number[];
  /** Set on the one line that stands for a whole table (read-table.ts). */
  table?: TableLines;
  /** A blank line stood between this line and the line kept before it. */
  blankBefore?: boolean;
  /**
   * Only that blank line keeps this line apart from the one before (which ends mid-sentence):
   * the repaired text keeps the blank line here, so that repairing it again decides the same.
   */
  keptApart?: boolean;
  /**
   * A line of the page's own (a date or 来源 line, furniture: `dropLine` took it out) stood between
   * this line and the one kept before it: the two are no paragraph split by a line break.
   */
  pageLineBefore?: boolean;
  /** A page break (a form feed) stood between this line and the one kept before it. */
  pageBreakBefore?: boolean;
  /**
   * A line of a graphic inside a web copy's text (`棉衣2.19万件` among short caption lines: see
   * graphicLines): the body reads its captions as it reads a graphic's.
   */
  graphic?: boolean;
}

/**
 * The offset in the input of `line.text[k]`, or `undefined` when `k` is outside the text: the
 * last run starting at or before `k`, plus the distance into it.
 */
export function offsetAt(line: TextLine, k: number): number | undefined {
  const spans = line.spans;
  if (k < 0 || k >= line.text.length || spans.length === 0) return undefined;
  let lo = 0;
  let hi = (spans.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid * 2] as number) <= k) lo = mid;
    else hi = mid - 1;
  }
  return (spans[lo * 2 + 1] as number) + k - (spans[lo * 2] as number);
}

/**
 * `line.text` from index `from` to index `to` with a space wherever the input had more than one
 * unit between two neighbours (the spaces the repair took out between Han characters, a run of
 * them as one): the line's words set apart as it was printed.
 */
export function printedSpacing(line: TextLine, from = 0, to = line.text.length): string {
  const text = line.text;
  const end = Math.min(to, text.length);
  let spaced = "";
  let previous: number | undefined;
  for (let k = from; k < end; k++) {
    const offset = offsetAt(line, k);
    if (previous !== undefined && offset !== undefined && offset - previous > 1) spaced += " ";
    spaced += text.charAt(k);
    previous = offset;
  }
  return spaced;
}

/**
 * Where the text of each input line `line` came from begins in `line.text`: `[0]` for a line of
 * one input line, one index more for each line the repair joined onto it. `lineOf` numbers the
 * input line of an offset.
 */
export function inputLineStarts(line: TextLine, lineOf: (offset: number) => number): number[] {
  const starts: number[] = [];
  let last = -1;
  for (let k = 0; k < line.spans.length; k += 2) {
    const n = lineOf(line.spans[k + 1] as number);
    if (n === last) continue;
    starts.push(starts.length === 0 ? 0 : (line.spans[k] as number));
    last = n;
  }
  return starts.length === 0 ? [0] : starts;
}

/**
 * Appends `gap` (a space, or nothing) and `line` to `to`, in place: the runs of `line` go on
 * after the text they follow, the gap standing where `line`'s first character came from. The
 * join is one of `to.breaks` unless `spaced` (a space stood at the line break too).
 */
export function appendLine(to: TextLine, gap: "" | " ", line: TextLine, spaced = false): TextLine {
  let shift = to.text.length;
  if (gap !== "" && line.spans.length > 0) to.spans.push(shift, line.spans[1] as number);
  shift += gap.length;
  for (let k = 0; k < line.spans.length; k += 2)
    to.spans.push((line.spans[k] as number) + shift, line.spans[k + 1] as number);
  if (!spaced || line.breaks !== undefined) to.breaks ??= [];
  if (!spaced) to.breaks?.push(shift);
  for (const b of line.breaks ?? []) to.breaks?.push(b + shift);
  if (line.unspaced) to.unspaced = [...(to.unspaced ?? []), ...line.unspaced.map((b) => b + shift)];
  to.text += gap + line.text;
  return to;
}

/** Each unit's offset in the input: for the rare edits that insert or drop units of a line. */
export function offsetsOf(line: TextLine): number[] {
  const out: number[] = [];
  for (let k = 0; k < line.text.length; k++) out.push(offsetAt(line, k) as number);
  return out;
}

/** A line from its text and each unit's offset (the inverse of {@link offsetsOf}). */
export function lineOf(text: string, offsets: readonly number[]): TextLine {
  const spans: number[] = [];
  for (let k = 0; k < offsets.length; k++) {
    const at = offsets[k] as number;
    if (k === 0 || at !== (offsets[k - 1] as number) + 1) spans.push(k, at);
  }
  return { text, spans };
}

/**
 * The input held more than one unit between `line.text[k - 1]` and `line.text[k]`: the repair
 * dropped something there (a stray space, a line break, a converter's reading). False at `k = 0`
 * and past the text.
 *
 * @example
 * droppedBefore(lineOf("某某局", [0, 1, 3]), 2); // true: the input's unit at offset 2 (a space) was dropped
 */
export function droppedBefore(line: TextLine, k: number): boolean {
  const a = offsetAt(line, k - 1);
  const b = offsetAt(line, k);
  return a !== undefined && b !== undefined && b - a > 1;
}

/**
 * Where `pattern` (a tail: anchored at the text's end) matches `line.text` after something the repair
 * dropped (a space) and at least `minHead` units of text before it (`某区…圆满完成 列印`: a headline and
 * the page's link run on after it): the match's index, else undefined.
 *
 * @example
 * spacedTailAt(line, /列印$/, 8); // 16 for `某區公所辦理112年防災演練圓滿完成 列印`
 */
export function spacedTailAt(line: TextLine, pattern: RegExp, minHead: number): number | undefined {
  const m = pattern.exec(line.text);
  return m === null || m.index < minHead || !droppedBefore(line, m.index) ? undefined : m.index;
}

/**
 * The units of one chunk for `String.fromCharCode`, reused: applied as a plain array it is
 * faster than a typed array's view, and builds no view for each string.
 */
const chunkUnits: number[] = [];

/** The string of `units[0, length)`, in chunks that `String.fromCharCode` takes as arguments. */
export function stringOf(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let s = "";
  for (let k = 0; k < length; k += CHUNK) {
    const n = Math.min(length - k, CHUNK);
    chunkUnits.length = n;
    for (let j = 0; j < n; j++) chunkUnits[j] = units[k + j] as number;
    s += String.fromCharCode.apply(null, chunkUnits);
  }
  return s;
}
