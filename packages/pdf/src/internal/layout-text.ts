/**
 * From positioned text runs to paragraphs: the geometry half of `readPdf`, free of pdf.js so it
 * is tested on made-up pages. Coordinates are the page's display space in points: x to the
 * right, y down, `y` the baseline of a run.
 */

import { DISTRIBUTION_ROLES } from "@bulletin/schema/constants";
import type { PageTable } from "./find-tables";
import { type Grid, gridOf, joinPages, tableText } from "./table-text";

/** A run of text as the PDF places it. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  /** The font size in points (the height of an em). */
  size: number;
  /** The advance width in points. */
  width: number;
}

/** A page of runs. */
export interface PageRuns {
  width: number;
  height: number;
  /** The runs outside the page's tables. */
  runs: TextRun[];
  /** The tables on the page, ruled (find-tables.ts) or not (unruled-tables.ts), top to bottom. */
  tables?: PageTable[];
}

/** A visual line: runs on one baseline, left to right. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
}

/** What the layout dropped, by page number (1-based). */
export interface Dropped {
  pageNumbers: number[];
  headers: number[];
  emptyPages: number[];
}

/** The paragraphs of the document, one a string, and what was dropped. */
export interface LaidOutText {
  paragraphs: string[];
  dropped: Dropped;
  /** Characters other than spaces on all pages. */
  chars: number;
}

const isSpaceChar = (c: string): boolean =>
  c === " " || c === "\u00a0" || c === "\u3000" || c === "\t";
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/**
 * A line of the 版记: the model's distribution labels (报：, 送：, 发：, 抄送：) and the others
 * offices print (主送, 抄报, 分送); each starts a paragraph of its own.
 */
const DISTRIBUTION_LINE = new RegExp(
  `^(?:${[...DISTRIBUTION_ROLES.map(([, label]) => label), "主送", "抄报", "分送"].join("|")})[：:]`,
);

/**
 * A space pdf.js put inside a run where glyphs stand apart, between a Chinese character and a
 * mark (`人/ 次` in a justified line, where the browser set `/` apart), taken out: such a gap is
 * spacing, not a space the author typed. Spaces beside Latin letters and digits stay (the
 * parser reads `12.36 万件`).
 */
const SPACE_BESIDE_CJK = new RegExp(
  `(?<=${CJK.source})[ \u00a0](?=[^sA-Za-z0-9])|(?<=[^sA-Za-z0-9])[ \u00a0](?=${CJK.source})`,
  "gu",
);
const tightenInside = (s: string): string =>
  s.length > 2 && s.includes(" ") ? s.replace(SPACE_BESIDE_CJK, "") : s;

/** Runs on one baseline grouped into lines, each line's runs left to right, lines top to bottom. */
export function linesOf(page: PageRuns, pageNumber: number): Line[] {
  const runs = page.runs
    .filter((r) => r.str !== "" && Number.isFinite(r.x) && Number.isFinite(r.y) && r.size > 0)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = Number.NaN;
  let size = 0;
  for (const run of runs) {
    if (current.length > 0 && Math.abs(run.y - baseline) <= 0.4 * Math.min(size, run.size)) {
      current.push(run);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    baseline = run.y;
    size = run.size;
  }
  if (current.length > 0) groups.push(current);
  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = "";
    let end = Number.NEGATIVE_INFINITY;
    let last: TextRun | undefined;
    let x0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    let big = 0;
    for (let k = 0; k < group.length; k++) {
      const run = group[k] as TextRun;
      // The same text drawn twice in nearly the same place (fake bold) is read once.
      if (last && run.str === last.str && Math.abs(run.x - last.x) < 0.25 * run.size) continue;
      // A gap narrower than a Latin space beside Chinese text is spacing (LibreOffice's
      // autospace between Chinese and Latin), not a space the author typed.
      if (
        run.str.trim() === "" &&
        run.width < 0.25 * run.size &&
        (CJK.test(text.slice(-1)) || CJK.test(group[k + 1]?.str.charAt(0) ?? ""))
      ) {
        continue;
      }
      const gap = run.x - end;
      if (
        text !== "" &&
        gap > 0.3 * run.size &&
        !isSpaceChar(text.charAt(text.length - 1)) &&
        !isSpaceChar(run.str.charAt(0))
      ) {
        text += " ";
      }
      text += tightenInside(run.str);
      end = Math.max(end, run.x + run.width);
      last = run;
      if (run.str.trim() !== "") {
        x0 = Math.min(x0, run.x);
        x1 = Math.max(x1, run.x + run.width);
        big = Math.max(big, run.size);
      }
    }
    const trimmed = text.trim();
    if (trimmed === "") continue;
    lines.push({ text: trimmed, x0, x1, y: (group[0] as TextRun).y, size: big, page: pageNumber });
  }
  return lines;
}

/** `— 1 —`, `- 1 -`, `第1页`, `第 1 页 共 6 页`, `1/6`, `Page 1 of 6`, a lone number. */
export function isPageNumberText(text: string): boolean {
  const s = text.replace(/[\s\u3000]+/g, "");
  if (s.length > 24) return false;
  return (
    // Dashes on both sides or none: `-100` alone is a table's change, not a page's number.
    /^(?:[—–\-－―─]+\d{1,4}[—–\-－―─]+|\d{1,4})$/.test(s) ||
    /^第\d{1,4}页(?:[,，/／]?共\d{1,4}页)?$/.test(s) ||
    /^\d{1,4}[/／]\d{1,4}$/.test(s) ||
    /^page\d{1,4}(?:of\d{1,4})?$/i.test(s)
  );
}

/** The size most characters are set in (the body size). */
function bodySize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const key = Math.round(l.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + l.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, w] of weight) {
    if (w > most) {
      best = size;
      most = w;
    }
  }
  return best;
}

/** The median of some numbers (NaN for none). */
function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Drops page numbers and running headers and footers, then joins the lines of each paragraph:
 * a line that reaches the right edge of the text block continues on the next line when that
 * one starts at the left edge (not indented) or under a hanging indent, on the same page or at
 * the top of the next.
 */
export function layoutText(pages: readonly PageRuns[]): LaidOutText {
  const dropped: Dropped = { pageNumbers: [], headers: [], emptyPages: [] };
  let chars = 0;
  const perPage = pages.map((page, i) => {
    const lines = linesOf(page, i + 1);
    for (const l of lines) for (const c of l.text) if (!isSpaceChar(c)) chars++;
    for (const t of page.tables ?? []) chars += t.chars;
    if (lines.length === 0 && (page.tables ?? []).length === 0) dropped.emptyPages.push(i + 1);
    return lines;
  });

  const size = bodySize(perPage.flat());
  const pitch = median(
    perPage.flatMap((lines) =>
      lines
        .slice(1)
        .map((l, k) => l.y - (lines[k] as Line).y)
        .filter((d) => d > 0),
    ),
  );
  const apart = (a: Line, b: Line): boolean =>
    Math.abs(b.y - a.y) > 1.4 * (Number.isNaN(pitch) ? 1.5 * size : pitch) || a.size < 0.9 * size;

  // Page numbers: the top or bottom line of a page, in the page's outer fifth, one at each
  // edge. A bare number (`3`) must stand apart from the text (a table's last cells, `783` and
  // `567` at the foot of a page, follow the lines above at their pitch) and not start with a
  // zero (a cell's `00`); a marked one (`— 3 —`, `第3页`) may not.
  for (let i = 0; i < perPage.length; i++) {
    const lines = perPage[i] as Line[];
    const height = (pages[i] as PageRuns).height;
    const isNumber = (l: Line | undefined, next: Line | undefined): boolean =>
      l !== undefined &&
      isPageNumberText(l.text) &&
      (l.y > height * 0.8 || l.y < height * 0.2) &&
      (!/^\d+$/.test(l.text.trim()) ||
        (/^[1-9]/.test(l.text.trim()) && (next === undefined || apart(l, next))));
    let removed = false;
    if (isNumber(lines[lines.length - 1], lines[lines.length - 2])) {
      lines.pop();
      removed = true;
    }
    if (isNumber(lines[0], lines[1])) {
      lines.shift();
      removed = true;
    }
    if (removed) dropped.pageNumbers.push(i + 1);
  }

  // Running headers and footers: the top (bottom) line of a page, set apart from the rest, whose
  // text (digits aside) and size recur at the top (bottom) of another page.
  const keyOf = (l: Line): string => `${Math.round(l.size)}|${l.text.replace(/\d+/g, "#")}`;
  for (const edge of ["top", "bottom"] as const) {
    const candidates = new Map<string, number[]>();
    for (let i = 0; i < perPage.length; i++) {
      const lines = perPage[i] as Line[];
      if (lines.length < 2) continue;
      const [line, next] =
        edge === "top"
          ? [lines[0] as Line, lines[1] as Line]
          : [lines[lines.length - 1] as Line, lines[lines.length - 2] as Line];
      if (
        !apart(edge === "top" ? line : next, edge === "top" ? next : line) ||
        line.text.length > 60
      )
        continue;
      const key = keyOf(line);
      candidates.set(key, [...(candidates.get(key) ?? []), i]);
    }
    for (const [, at] of candidates) {
      if (at.length < 2) continue;
      for (const i of at) {
        const lines = perPage[i] as Line[];
        if (edge === "top") lines.shift();
        else lines.pop();
        if (!dropped.headers.includes(i + 1)) dropped.headers.push(i + 1);
      }
    }
  }
  dropped.headers.sort((a, b) => a - b);

  // The text block of each page: its left and right edges, from the lines in the body size.
  // A page's own lines are the best evidence (margins may mirror on facing pages, as
  // LibreOffice prints them), but not on a page whose every line is indented: a last page of
  // two short paragraphs would take their indent for its left edge. So where a page's edge lies
  // an indent (1.5 characters or more) inside the edge of the other pages of its size, the
  // other pages' edge is used.
  const own = perPage.map((lines) => {
    const body = lines.filter((l) => Math.abs(l.size - size) <= 0.15 * size);
    const use = body.length > 0 ? body : lines;
    let left = Infinity;
    let right = -Infinity;
    for (const l of use) {
      left = Math.min(left, l.x0);
      right = Math.max(right, l.x1);
    }
    return { left, right };
  });
  const sizeKey = (p: PageRuns): string => `${Math.round(p.width)}x${Math.round(p.height)}`;
  const blocks = new Map<string, { left: number; right: number }>();
  own.forEach((edge, i) => {
    const key = sizeKey(pages[i] as PageRuns);
    const block = blocks.get(key) ?? { left: Infinity, right: -Infinity };
    blocks.set(key, {
      left: Math.min(block.left, edge.left),
      right: Math.max(block.right, edge.right),
    });
  });
  const edges = pages.map((page, i) => {
    const mine = own[i] as { left: number; right: number };
    const block = blocks.get(sizeKey(page)) as { left: number; right: number };
    const left = mine.left - block.left >= 1.5 * size ? block.left : mine.left;
    const right = block.right - mine.right >= 1.5 * size ? block.right : mine.right;
    // A block narrower than 40 % of the page is no measure to fill: its lines are lines.
    return { left, right, fills: right - left >= 0.4 * page.width };
  });

  const paragraphs: string[] = [];
  let prev: Line | undefined;
  let first: Line | undefined;
  // The table that ended the page before, where its text is, to go on with on the next page.
  let open: { grid: Grid; at: number } | undefined;
  perPage.forEach((lines, i) => {
    const tables = (pages[i] as PageRuns).tables ?? [];
    let t = 0;
    let last: "line" | "table" | undefined;
    const table = (found: PageTable): void => {
      const grid = gridOf(found);
      // A table that starts a page goes on with the one that ended the page before when their
      // columns agree (a table broken across pages, its head rows repeated).
      const joined = last === undefined && open ? joinPages(open.grid, grid) : undefined;
      if (joined && open) {
        open.grid = joined;
        paragraphs[open.at] = tableText(joined);
      } else {
        open = { grid, at: paragraphs.length };
        // A blank line after it: a table right after it is another table.
        paragraphs.push(tableText(grid), "");
      }
      last = "table";
      prev = undefined;
      first = undefined;
    };
    for (const line of lines) {
      while (t < tables.length && (tables[t] as PageTable).top < line.y)
        table(tables[t++] as PageTable);
      if (prev && first && continues(prev, first, line, edges, pitch, size)) {
        const glue =
          LATIN_OR_DIGIT.test(paragraphs[paragraphs.length - 1]?.slice(-1) ?? "") &&
          LATIN_OR_DIGIT.test(line.text.charAt(0))
            ? " "
            : "";
        paragraphs[paragraphs.length - 1] += glue + line.text;
      } else {
        paragraphs.push(line.text);
        first = line;
      }
      prev = line;
      last = "line";
    }
    while (t < tables.length) table(tables[t++] as PageTable);
    if (last !== "table" && last !== undefined) open = undefined;
  });
  return { paragraphs, dropped, chars };
}

/**
 * The least width the first word of `line` takes, if it is a run of Latin letters, digits and
 * marks that a line is not broken inside: half the size a character (a narrow digit's width),
 * and, after a word of letters or digits, the Chinese character right after it, which
 * LibreOffice keeps on the word's line (`304户`: a line of 26 characters of 28 goes on into
 * `304户家庭…`).
 */
function firstWordWidth(line: Line): number {
  let n = 0;
  let glued = false;
  for (const c of line.text) {
    if (CJK.test(c)) {
      glued = n > 0 && WORD.test(line.text.slice(0, n));
      break;
    }
    if (/\s/.test(c)) break;
    n++;
  }
  return line.size * (0.5 * n + (glued ? 1 : 0));
}

/** A word of letters or digits (`304`, `-13.0`, `(zhǎng)`), not marks alone (`??`). */
const WORD = /[\p{L}\p{N}]/u;

/** A heading's number at a line's start: `四、`, `（一）`, `(二)`, `第三部分`. */
const HEADING_MARKER =
  /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章|节))/;
/** The marks a sentence or a lead-in ends with (not `；`: a list's points run on after it). */
const SENTENCE_END = /[。！？：:!?]$/;
/** The marks a line of running text may end with. */
const TEXT_END = /[。；！？，、;!?,]$/;

/**
 * Whether `line`, under a line that reaches the right edge, is a numbered heading that opens a
 * paragraph of its own (`…第二产业增长33.5%` / `四、消费市场实现增长`): the paragraph above
 * ended where the page's width did. Either the line above ends its sentence or leads in (`：`),
 * or the heading is a short line that ends no sentence or clause (after `…；`, a short
 * `四、加强督查。` is a list's last point, and runs on).
 */
function opensHeading(prev: Line, line: Line, right: number): boolean {
  if (!HEADING_MARKER.test(line.text)) return false;
  if (SENTENCE_END.test(prev.text.trimEnd())) return true;
  return line.x1 < right - 2 * line.size && !TEXT_END.test(line.text.trimEnd());
}

/** Whether `line` goes on with the paragraph whose first line is `first` and last line `prev`. */
function continues(
  prev: Line,
  first: Line,
  line: Line,
  edges: readonly { left: number; right: number; fills: boolean }[],
  pitch: number,
  bodySize: number,
): boolean {
  const size = prev.size;
  if (Math.abs(line.size - size) > 0.15 * size) return false;
  if (DISTRIBUTION_LINE.test(line.text)) return false;
  const prevEdge = edges[prev.page - 1];
  const edge = edges[line.page - 1];
  if (!prevEdge || !edge) return false;
  // The line ends at the right edge, or short of it by less than the next line's first word
  // (a Han character, or a run of Latin letters and digits that cannot be broken: `(zhǎng)6.4%`).
  if (!prevEdge.fills || prev.x1 < prevEdge.right - Math.max(1.6 * size, firstWordWidth(line)))
    return false;
  if (opensHeading(prev, line, edge.right)) return false;
  if (line.page === prev.page) {
    const step = line.y - prev.y;
    const usual = Number.isNaN(pitch) ? 1.8 * size : pitch;
    if (step <= 0 || step > 1.35 * Math.max(usual, 1.2 * size)) return false;
  }
  if (line.x0 <= edge.left + 0.5 * size) return true;
  // A centred heading that wraps (a long masthead title, in a size above the body's): the first
  // line spans the measure, the next is centred under it.
  const middle = (edge.left + edge.right) / 2;
  if (
    size >= 1.2 * bodySize &&
    line.page === prev.page &&
    prev.x0 <= edge.left + 1.6 * size &&
    Math.abs((prev.x0 + prev.x1) / 2 - middle) <= size &&
    Math.abs((line.x0 + line.x1) / 2 - middle) <= size
  )
    return true;
  // A hanging indent (the 报/送/发 lines): the first line starts near the left edge, the
  // lines after it one or more characters further in, all at the same place.
  if (line.page !== first.page || first.x0 > edge.left + 1.5 * size) return false;
  if (line.x0 <= first.x0 + 0.5 * size) return false;
  // A label such as 抄送： is a few characters wide; a line that starts further in (the
  // right-aligned 共印N份 under the last distribution line) is a line of its own.
  if (line.x0 > first.x0 + 4.5 * size) return false;
  return prev === first || Math.abs(line.x0 - prev.x0) <= 0.5 * size;
}
