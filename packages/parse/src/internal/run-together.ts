import { safeParseSectionMarker } from "@bulletin/format";
import { itemMarkerLength, sectionMarkerLength } from "./line-kinds";
import type { TextLine } from "./repair-lines";

/**
 * Headings that a copy ran into the text around them, put back on lines of their own:
 *
 * - A flattened document (a document-sharing site prints it as one line, its paragraph breaks
 *   turned into spaces): a heading marker (`一、`, `（一）`, `1、`) right after a sentence's end
 *   and a space starts a line (`…23期。 （一）紧扣主题，…`), when the line has two or more such
 *   places; a `一、`/`（一）` heading there ends at the next space (`（一）紧扣主题，突出重点 1、…`).
 * - `…牌匾5块。（二）三项服务成效显著。`: an item marker right after a `。` starts a line when it is
 *   the next in its sequence (the last item marker at a line's start was `（一）`); so does a
 *   section marker that is the next section's.
 * - The title printed twice at the head of a flattened document (`X X 正文…`): the first line is
 *   X and the copy of it is dropped (returned in `duplicates`).
 *
 * Linear: each line is read once, the places where the repair dropped a space (the line's runs)
 * and its `。` marks once each.
 */
export function splitRunTogether(lines: readonly TextLine[]): {
  lines: TextLine[];
  duplicates: TextLine[];
} {
  const out: TextLine[] = [];
  const duplicates: TextLine[] = [];
  let nextItem = 1;
  let nextSection = 1;
  /** Follows the markers of a line that starts with one (after any split). */
  const follow = (text: string): void => {
    const sm = sectionMarkerLength(text);
    if (sm > 0) {
      const n = markerIndex(text.slice(0, sm));
      if (n > 0) nextSection = n + 1;
      nextItem = 1;
      return;
    }
    const im = itemMarkerLength(text);
    if (im > 0) {
      const n = markerIndex(text.slice(0, text.charAt(im - 1) === "、" ? im - 1 : im));
      if (n > 0) nextItem = n + 1;
    }
  };
  lines.forEach((line, index) => {
    if (line.table) {
      out.push(line);
      return;
    }
    let rest = line;
    if (index === 0) {
      const twice = titlePrintedTwice(line);
      if (twice) {
        out.push(twice.title);
        duplicates.push(twice.copy);
        rest = twice.rest;
      }
    }
    const cuts = cutsOf(rest, nextItem, nextSection);
    if (cuts.length === 0) {
      out.push(rest);
      follow(rest.text);
      return;
    }
    const pieces = slicesOf(rest, cuts);
    pieces.forEach((piece, k) => {
      if (k < pieces.length - 1 && piece.text.trim() === "") return;
      out.push(piece);
      follow(piece.text);
    });
  });
  return { lines: out, duplicates };
}

/** A marker's number (`（二）` → 2), or 0. */
function markerIndex(marker: string): number {
  const parsed = safeParseSectionMarker(marker);
  return parsed.success ? parsed.data.index : 0;
}

/** Where the repair dropped input between two units of the line (a space, mostly). */
function gapsOf(line: TextLine): number[] {
  const out: number[] = [];
  for (let r = 2; r < line.spans.length; r += 2) out.push(line.spans[r] as number);
  return out;
}

const NUMBERED = /^\d{1,2}[、.．](?!\d)/;
const SENTENCE_END = "。；：！？";
/** The longest heading a space ends in a flattened document. */
const MAX_SPACED_HEADING = 40;

/** The length of a heading marker at `text[k]` (`一、`, `（一）`, `1、`), or 0. */
function markerAt(text: string, k: number): number {
  const t = text.slice(k, k + 8);
  return sectionMarkerLength(t) || itemMarkerLength(t) || (NUMBERED.exec(t)?.[0].length ?? 0);
}

/** The indices where the line is cut into lines of its own (ascending). */
function cutsOf(line: TextLine, nextItem: number, nextSection: number): number[] {
  const text = line.text;
  const gaps = gapsOf(line);
  const cuts: number[] = [];
  // A flattened document: markers after a sentence's end and a space, two or more of them.
  const flat = gaps.filter(
    (k) => SENTENCE_END.includes(text.charAt(k - 1)) && markerAt(text, k) > 0,
  );
  if (flat.length >= 2) {
    let g = 0;
    for (const k of flat) {
      cuts.push(k);
      // A `一、`/`（一）` heading ends at the next space before any `。`.
      const m = sectionMarkerLength(text.slice(k, k + 8)) || itemMarkerLength(text.slice(k, k + 8));
      if (m === 0) continue;
      while (g < gaps.length && (gaps[g] as number) <= k + m) g++;
      const end = gaps[g];
      if (end === undefined || end - k > MAX_SPACED_HEADING) continue;
      const heading = text.slice(k + m, end);
      if (heading.length >= 2 && !/[。；！？]/.test(heading) && !/[，、]$/.test(heading))
        cuts.push(end);
    }
  }
  // `…5块。（二）三项…`: the next marker of its sequence right after a `。`.
  let expectItem = nextItem;
  let expectSection = nextSection;
  for (let k = text.indexOf("。"); k >= 0 && k + 1 < text.length; k = text.indexOf("。", k + 1)) {
    const at = k + 1;
    const sm = sectionMarkerLength(text.slice(at, at + 5));
    if (sm > 0 && expectSection > 1 && markerIndex(text.slice(at, at + sm)) === expectSection) {
      cuts.push(at);
      expectSection++;
      expectItem = 1;
      continue;
    }
    const im = itemMarkerLength(text.slice(at, at + 7));
    if (im === 0 || expectItem < 2) continue;
    const end = text.charAt(at + im - 1) === "、" ? at + im - 1 : at + im;
    if (markerIndex(text.slice(at, end)) === expectItem) {
      cuts.push(at);
      expectItem++;
    }
  }
  return cuts.sort((a, b) => a - b);
}

/**
 * `县委督查年终工作交流发言材料 县委督查年终工作交流发言材料 **区委…`: a title (no sentence mark,
 * 4 to 40 characters, ended by a space) printed again right after itself, then a space and the
 * text. Returns the title, its copy and the rest, or undefined.
 */
function titlePrintedTwice(
  line: TextLine,
): { title: TextLine; copy: TextLine; rest: TextLine } | undefined {
  const gaps = gapsOf(line);
  const first = gaps[0];
  if (first === undefined || first < 4 || first > 40) return undefined;
  const text = line.text;
  const title = text.slice(0, first);
  if (/[。，；！？：,;:]/.test(title) || !text.startsWith(title, first)) return undefined;
  const end = first * 2;
  // The copy ends where the text does not go on: a dropped space, or one kept (before `**`).
  let from = end;
  while (from < text.length && text.charAt(from) === " ") from++;
  if (from >= text.length || (from === end && !gaps.includes(end))) return undefined;
  return {
    title: sliceLine(line, 0, first),
    copy: sliceLine(line, first, end),
    rest: sliceLine(line, from, text.length),
  };
}

/**
 * The line cut at `cuts` (ascending; cuts at 0, at the end or not after the one before are
 * skipped), each piece keeping where its units came from. One pass over the line's runs.
 */
function slicesOf(line: TextLine, cuts: readonly number[]): TextLine[] {
  const bounds = [0];
  for (const k of cuts)
    if (k > (bounds[bounds.length - 1] as number) && k < line.text.length) bounds.push(k);
  bounds.push(line.text.length);
  const runs = line.spans;
  const out: TextLine[] = [];
  let r = 0;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b] as number;
    const to = bounds[b + 1] as number;
    const spans: number[] = [];
    // The run that holds `from`, then every run that starts before `to`.
    while (r + 2 < runs.length && (runs[r + 2] as number) <= from) r += 2;
    for (let q = r; q < runs.length && (runs[q] as number) < to; q += 2) {
      const start = runs[q] as number;
      const a = Math.max(start, from);
      spans.push(a - from, (runs[q + 1] as number) + (a - start));
    }
    out.push({ text: line.text.slice(from, to), spans });
  }
  return out;
}

/** `line.text[from, to)` as a line of its own, each unit keeping where it came from. */
export function sliceLine(line: TextLine, from: number, to: number): TextLine {
  const spans: number[] = [];
  const runs = line.spans;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] as number;
    const end = r + 2 < runs.length ? (runs[r + 2] as number) : line.text.length;
    if (end <= from || start >= to) continue;
    const a = Math.max(start, from);
    spans.push(a - from, (runs[r + 1] as number) + (a - start));
  }
  return { text: line.text.slice(from, to), spans };
}
