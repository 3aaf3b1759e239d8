/**
 * Ruled tables on a page: the grid the drawn rules make (rows and columns where the borders
 * are, a cell spanning where a border between two slots is missing), the text runs inside it
 * given to their cells. Free of pdf.js, like layout-text.ts.
 */

import { type Line, linesOf, type TextRun } from "./layout-text";
import type { Rule } from "./page-rules";

/** A cell of a table: where it starts in the grid, what it spans, its text. */
export interface TableCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  /**
   * Whether the PDF tags it a header cell (`TH` in a tagged PDF's structure); undefined when
   * the PDF does not say.
   */
  header: boolean | undefined;
}

/** A table found on a page. */
export interface PageTable {
  /** Its box in display space (y down). */
  top: number;
  bottom: number;
  left: number;
  right: number;
  rows: number;
  /** The width of each column, left to right. */
  columns: number[];
  /** Cells in reading order (by row, then column). */
  cells: TableCell[];
  /** Characters of its text other than spaces. */
  chars: number;
  /** Whether it is drawn without vertical rules (its columns found from its text's gaps). */
  unruled?: boolean;
  /** Whether a page break cuts it: it runs to the page's end without its bottom rule. */
  cut?: boolean;
}

/** Positions closer than this (points) are one border. */
export const SNAP = 2;
/** A gap this short (points) in a rule is no gap (the joins of cell borders). */
export const JOIN = 2.5;
/**
 * More merged rules than this in one direction is no table a bulletin prints (grid paper, a
 * drawing): the page is read as text, and the work stays bounded (rules are paired).
 */
export const MAX_RULES = 600;

export interface Group {
  at: number;
  from: number;
  to: number;
}

/** Collinear rules merged: horizontal rules at one `y` (or vertical at one `x`) whose extents touch. */
export function merge(rules: readonly Rule[], horizontal: boolean): Group[] {
  const raw = rules
    .map((r) =>
      horizontal ? { at: r.y0, from: r.x0, to: r.x1 } : { at: r.x0, from: r.y0, to: r.y1 },
    )
    .sort((a, b) => a.at - b.at || a.from - b.from);
  // Cluster by position, then merge extents within each cluster.
  const out: Group[] = [];
  let k = 0;
  while (k < raw.length) {
    let j = k + 1;
    while (j < raw.length && (raw[j] as Group).at - (raw[j - 1] as Group).at <= SNAP) j++;
    const cluster = raw.slice(k, j).sort((a, b) => a.from - b.from);
    const at = cluster.reduce((s, g) => s + g.at, 0) / cluster.length;
    let open: Group | undefined;
    for (const g of cluster) {
      if (open && g.from <= open.to + JOIN) open.to = Math.max(open.to, g.to);
      else {
        if (open) out.push(open);
        open = { at, from: g.from, to: g.to };
      }
    }
    if (open) out.push(open);
    k = j;
  }
  return out;
}

/** Positions closer than {@link SNAP} taken as one, ascending. */
function snap(values: number[]): number[] {
  const sorted = values.slice().sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - (last[last.length - 1] as number) <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

/** Whether rules at `at` (± SNAP) cover most of `[from, to]`. */
function covered(groups: readonly Group[], at: number, from: number, to: number): boolean {
  const need = to - from;
  let have = 0;
  for (const g of groups) {
    if (Math.abs(g.at - at) > SNAP) continue;
    have += Math.max(0, Math.min(g.to, to) - Math.max(g.from, from));
  }
  return have >= 0.6 * need;
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/** A cell's lines joined: a wrapped line goes on without a space, except between Latin words. */
export function joinLines(lines: readonly Line[]): string {
  let text = "";
  for (const l of lines) {
    if (text !== "" && LATIN_OR_DIGIT.test(text.slice(-1)) && LATIN_OR_DIGIT.test(l.text.charAt(0)))
      text += " ";
    text += l.text;
  }
  return text;
}

/** Text a one-cell table may hold: short, no sentence in it. */
const cellLike = (text: string): boolean =>
  text.length <= 30 && !/[。！？；.!?;]$/.test(text) && !/[。！？；]./.test(text);

/**
 * Whether a page's text looks as if it may hold a table, cheaply, before its drawing is read:
 * two runs on one baseline a gap of 1.5 characters or more apart (cells side by side), or text
 * set smaller than other text of the page (tables, captions and notes are set smaller than the
 * body in print) away from its top and bottom eighth (running headers, page numbers). A page of
 * paragraphs in one size has neither.
 */
export function mayHoldTable(runs: readonly TextRun[], height: number): boolean {
  const inner = runs.filter(
    (r) => r.str.trim() !== "" && r.y > height / 8 && r.y < (height * 7) / 8,
  );
  let largest = 0;
  for (const r of inner) largest = Math.max(largest, r.size);
  if (inner.some((r) => r.size < 0.9 * largest)) return true;
  const sorted = runs
    .filter((r) => r.str.trim() !== "")
    .slice()
    .sort((a, b) => a.y - b.y || a.x - b.x);
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1] as TextRun;
    const b = sorted[k] as TextRun;
    if (Math.abs(a.y - b.y) > 0.4 * Math.min(a.size, b.size)) continue;
    if (b.x - (a.x + a.width) >= 1.5 * Math.max(a.size, b.size)) return true;
  }
  return false;
}

/** A run's middle (a run's box spans from about 0.8 em above its baseline to 0.2 below). */
export const middleOf = (r: TextRun): { x: number; y: number } => ({
  x: r.x + r.width / 2,
  y: r.y - 0.3 * r.size,
});

/**
 * The ruled tables among `rules`, each with the runs inside it given to its cells, and the runs
 * outside every table. A table is a connected set of horizontal and vertical rules that holds
 * text: two slots or more, or one box around a short label or figure (a box around a paragraph
 * is a frame, not a table); a page's other rules (the 版记's, a masthead's) join no vertical
 * ones and make none.
 */
export function findTables(
  runs: readonly (TextRun & { header?: boolean })[],
  rules: readonly Rule[],
): { tables: PageTable[]; rest: TextRun[] } {
  const hs = merge(
    rules.filter((r) => r.y0 === r.y1),
    true,
  );
  const vs = merge(
    rules.filter((r) => r.x0 === r.x1),
    false,
  );
  if (hs.length < 2 || vs.length < 2 || hs.length > MAX_RULES || vs.length > MAX_RULES)
    return { tables: [], rest: runs.slice() };

  // Connected sets of rules: a horizontal and a vertical rule that meet are one set.
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  hs.forEach((h, i) => {
    vs.forEach((v, j) => {
      if (
        v.at >= h.from - JOIN &&
        v.at <= h.to + JOIN &&
        h.at >= v.from - JOIN &&
        h.at <= v.to + JOIN
      )
        parent[find(i)] = find(hs.length + j);
    });
  });
  const sets = new Map<number, { h: Group[]; v: Group[] }>();
  hs.forEach((h, i) => {
    const key = find(i);
    const set = sets.get(key) ?? { h: [], v: [] };
    set.h.push(h);
    sets.set(key, set);
  });
  vs.forEach((v, j) => {
    const key = find(hs.length + j);
    const set = sets.get(key) ?? { h: [], v: [] };
    set.v.push(v);
    sets.set(key, set);
  });

  const tables: PageTable[] = [];
  const taken = new Set<number>();
  for (const { h, v } of sets.values()) {
    if (h.length < 2 || v.length < 2) continue;
    const ys = snap(h.map((g) => g.at));
    const xs = snap(v.map((g) => g.at));
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    if (rows < 1 || cols < 1 || rows * cols > 10_000) continue;
    const top = ys[0] as number;
    const bottom = ys[rows] as number;
    const left = xs[0] as number;
    const right = xs[cols] as number;
    // Slots merged where the border between them is missing.
    const slot = (r: number, c: number): number => r * cols + c;
    const owner = Array.from({ length: rows * cols }, (_, i) => i);
    const root = (i: number): number => {
      while (owner[i] !== i) {
        owner[i] = owner[owner[i] as number] as number;
        i = owner[i] as number;
      }
      return i;
    };
    const join = (a: number, b: number): void => {
      const ra = root(a);
      const rb = root(b);
      if (ra !== rb) owner[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const [y0, y1, x0, x1] = [ys[r], ys[r + 1], xs[c], xs[c + 1]] as number[];
        if (c + 1 < cols && !covered(v, x1 as number, y0 as number, y1 as number))
          join(slot(r, c), slot(r, c + 1));
        if (r + 1 < rows && !covered(h, y1 as number, x0 as number, x1 as number))
          join(slot(r, c), slot(r + 1, c));
      }
    }
    // Each merged set of slots is a cell, its box the set's bounds.
    const boxes = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const key = root(slot(r, c));
        const b = boxes.get(key);
        if (!b) boxes.set(key, { r0: r, c0: c, r1: r, c1: c });
        else {
          b.r0 = Math.min(b.r0, r);
          b.c0 = Math.min(b.c0, c);
          b.r1 = Math.max(b.r1, r);
          b.c1 = Math.max(b.c1, c);
        }
      }
    }
    const cellAt = (r: number, c: number) => boxes.get(root(slot(r, c)));
    // The runs whose middle lies inside the grid, each to the slot its middle is in.
    const inCell = new Map<object, (TextRun & { header?: boolean })[]>();
    const mine: number[] = [];
    runs.forEach((run, i) => {
      if (taken.has(i)) return;
      const m = middleOf(run);
      if (m.x < left || m.x > right || m.y < top || m.y > bottom) return;
      let r = 0;
      while (r < rows - 1 && m.y > (ys[r + 1] as number)) r++;
      let c = 0;
      while (c < cols - 1 && m.x > (xs[c + 1] as number)) c++;
      const cell = cellAt(r, c);
      if (!cell) return;
      const list = inCell.get(cell) ?? [];
      list.push(run);
      inCell.set(cell, list);
      mine.push(i);
    });
    if (mine.length === 0) continue;
    const cells: TableCell[] = [];
    let chars = 0;
    const seen = new Set<object>();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const cell = cellAt(r, c);
        if (!cell || seen.has(cell)) continue;
        seen.add(cell);
        const list = inCell.get(cell) ?? [];
        const lines = linesOf({ width: right - left, height: bottom - top, runs: list }, 1);
        const text = joinLines(lines);
        for (const ch of text) if (ch.trim() !== "") chars++;
        const tags = list.filter((run) => run.str.trim() !== "").map((run) => run.header);
        cells.push({
          row: cell.r0,
          column: cell.c0,
          rowSpan: cell.r1 - cell.r0 + 1,
          colSpan: cell.c1 - cell.c0 + 1,
          text,
          header: tags.length === 0 || tags.includes(undefined) ? undefined : tags.includes(true),
        });
      }
    }
    // One box is a table of one cell when it holds a short label or figure; a box around a
    // paragraph (a sentence, or more than a line or two) is a frame, its text the page's.
    if (boxes.size === 1 && !cellLike(cells[0]?.text ?? "")) continue;
    for (const i of mine) taken.add(i);
    const columns = xs.slice(1).map((x, k) => x - (xs[k] as number));
    tables.push({ top, bottom, left, right, rows, columns, cells, chars });
  }
  tables.sort((a, b) => a.top - b.top || a.left - b.left);
  return { tables, rest: runs.filter((_, i) => !taken.has(i)) };
}
