/**
 * Tables drawn with horizontal rules only, as official documents set them (三线表: a rule over
 * the table, one under its head, one under its last row; some add a rule under each row): the
 * rules bracket a block of lines whose text falls into columns, the columns where the lines
 * leave the same gap. Free of pdf.js, like find-tables.ts.
 */

import {
  findTables,
  type Group,
  JOIN,
  joinLines,
  MAX_RULES,
  merge,
  middleOf,
  type PageTable,
  type TableCell,
} from "./find-tables";
import { linesOf, type TextRun } from "./layout-text";
import type { Rule } from "./page-rules";

type Run = TextRun & { header?: boolean };

/** Rules whose ends are this close (points) are as wide as each other: one table's. */
const SAME_EXTENT = 4;
/** A rule shorter than this (points) brackets no table (an underline, a short mark). */
const MIN_WIDTH = 72;
/** More rules than this of one width on a page: no table is looked for among them. */
const MAX_BRACKET = 40;
/** A table has this many rows at least whose text stands in two columns or more. */
const MIN_ROWS = 3;
/**
 * A gap between columns is this many ems wide at least: a space between words is 0.25–0.35;
 * two cells' padding is about 1 em (Chromium's 2 × 6 pt, Word's 2 × 5.4 pt at 10.5–12 pt).
 */
const MIN_GAP = 0.6;

/** The runs of a line, by baseline, left to right. */
interface Row {
  y: number;
  runs: Run[];
}

/** Runs on one baseline (within 0.4 of the smaller size) as rows, top to bottom. */
function rowsOf(runs: readonly Run[]): Row[] {
  const sorted = runs.slice().sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Row[] = [];
  let size = 0;
  for (const run of sorted) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(run.y - last.y) <= 0.4 * Math.min(size, run.size)) last.runs.push(run);
    else {
      rows.push({ y: run.y, runs: [run] });
      size = run.size;
    }
  }
  return rows;
}

/**
 * The columns of `rows`: the spans of x their runs cover, merged where the gap between two is
 * narrower than {@link MIN_GAP} ems; `[from, to]` each, left to right.
 */
function columnsOf(rows: readonly Row[]): [number, number][] {
  const spans = rows
    .flatMap((r) => r.runs)
    .map((r) => ({ from: r.x, to: r.x + r.width, size: r.size }))
    .sort((a, b) => a.from - b.from);
  const out: [number, number][] = [];
  let size = 0;
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.from - last[1] < MIN_GAP * Math.max(size, s.size)) {
      last[1] = Math.max(last[1], s.to);
      size = Math.max(size, s.size);
    } else {
      out.push([s.from, s.to]);
      size = s.size;
    }
  }
  return out;
}

/**
 * The rows of a table that a page break cuts (its bottom rule on the next page): those down to
 * the last rule, and after it the lines that follow at the table's pitch; a gap of more than
 * twice the pitch (a page number in the margin) ends it. The pitch is the median step between
 * the lines so far, at least 1.5 ems (a wrapped cell's lines, its neighbours between them,
 * stand closer).
 */
function rowsToPageEnd(rows: readonly Row[], lastRule: number): Row[] {
  const out = rows.filter((r) => r.y < lastRule);
  const after = rows.filter((r) => r.y >= lastRule);
  const pitches: number[] = [];
  for (let k = 0; k < after.length; k++) {
    const row = after[k] as Row;
    if (k > 0) {
      const gap = row.y - (after[k - 1] as Row).y;
      const size = Math.max(...row.runs.map((r) => r.size));
      const sorted = pitches.slice().sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? 2 * size;
      if (gap > 2 * Math.max(median, 1.5 * size)) break;
      pitches.push(gap);
    }
    out.push(row);
  }
  return out;
}

/**
 * The lines `band` (with their `slots`) grouped into the table's rows, as indexes into `all`.
 * A line a cell's wrapped text continues, or one set between two lines of a cell (a neighbour
 * centred on the row's height), belongs to the row above: nearer to it than a line pitch, or
 * a line pitch below a line of the same column when rows stand further apart than lines (the
 * cells' padding). Where rows stand a line pitch apart, no two lines are one row.
 */
function rowsOfLines(
  band: readonly Row[],
  slots: readonly Run[][][],
  allSlots: readonly Run[][][],
  all: readonly Row[],
): number[][] {
  // The steps between successive lines of each column, over the whole table.
  const steps: number[] = [];
  const columns = (allSlots[0] ?? []).length;
  for (let c = 0; c < columns; c++) {
    let last: number | undefined;
    all.forEach((row, n) => {
      if (((allSlots[n] as Run[][])[c] as Run[]).length === 0) return;
      if (last !== undefined) steps.push(row.y - last);
      last = row.y;
    });
  }
  const sorted = steps.filter((d) => d > 0).sort((a, b) => a - b);
  const pitch = sorted[0];
  const median = sorted[Math.floor(sorted.length / 2)];
  const padded = pitch !== undefined && median !== undefined && pitch < 0.85 * median;
  const first = all.indexOf(band[0] as Row);
  const groups: number[][] = [];
  band.forEach((row, k) => {
    const n = first + k;
    const group = groups[groups.length - 1];
    const previous = band[k - 1];
    if (group && previous && pitch !== undefined) {
      const near = row.y - previous.y < 0.9 * pitch;
      const continues =
        padded &&
        group.some(
          (m) =>
            Math.abs(row.y - (all[m] as Row).y - pitch) <= 0.1 * pitch &&
            (slots[k] as Run[][]).some(
              (list, c) => list.length > 0 && ((allSlots[m] as Run[][])[c] as Run[]).length > 0,
            ),
        );
      if (near || continues) {
        group.push(n);
        return;
      }
    }
    groups.push([n]);
  });
  return groups;
}

/** The column a run belongs to: the first it overlaps, else the nearest. */
function columnOf(run: Run, columns: readonly [number, number][]): number {
  const from = run.x;
  const to = run.x + run.width;
  let best = 0;
  let distance = Number.POSITIVE_INFINITY;
  for (let c = 0; c < columns.length; c++) {
    const [a, b] = columns[c] as [number, number];
    if (to > a && from < b) return c;
    const d = Math.min(Math.abs(from - b), Math.abs(a - to));
    if (d < distance) {
      distance = d;
      best = c;
    }
  }
  return best;
}

/**
 * The table the rules `rules[i]` (its top) to `rules[j]` (its bottom) of one width bracket, if
 * the lines between them are one: text in every band between two of the rules, no run across
 * the rules' ends, two columns or more, and at least `minRows` rows with text in two
 * of them. The rows above the first inner rule are the head.
 */
function tableBetween(
  rules: readonly Group[],
  i: number,
  j: number,
  runs: readonly Run[],
  taken: ReadonlySet<number>,
  minRows: number,
): { table: PageTable; mine: number[] } | undefined {
  const top = rules[i] as Group;
  const bottom = rules[j] as Group;
  const real = rules.slice(i, j + 1).filter((r) => Number.isFinite(r.at));
  const left = Math.min(...real.map((r) => r.from));
  const right = Math.max(...real.map((r) => r.to));
  const inside: Run[] = [];
  const index = new Map<Run, number>();
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k] as Run;
    if (taken.has(k) || run.str.trim() === "") continue;
    const m = middleOf(run);
    if (m.y <= top.at || m.y >= bottom.at) continue;
    if (run.x + run.width <= left - JOIN || run.x >= right + JOIN) continue;
    inside.push(run);
    index.set(run, k);
  }
  let rows = rowsOf(inside);
  if (!Number.isFinite(bottom.at)) rows = rowsToPageEnd(rows, (real[real.length - 1] as Group).at);
  if (rows.length < minRows) return undefined;
  const mine = rows.flatMap((r) => r.runs.map((run) => index.get(run) as number));
  // Text across a rule's end: the rules are not this text's table.
  for (const r of rows)
    for (const run of r.runs)
      if (run.x < left - JOIN || run.x + run.width > right + JOIN) return undefined;
  const last = rows[rows.length - 1] as Row;
  const bottomAt = Number.isFinite(bottom.at)
    ? bottom.at
    : last.y + 0.3 * Math.max(...last.runs.map((r) => r.size));
  const middle = j > i + 1 ? (rules[i + 1] as Group).at : undefined;
  const headCount = middle === undefined ? 0 : rows.filter((r) => r.y < middle).length;
  // Columns where the body's lines leave gaps (a head cell may span some of them).
  const body = rows.slice(headCount);
  const columns = columnsOf(body.length > 0 ? body : rows);
  if (columns.length < 2) return undefined;
  // A head row may cross a column gap (a head cell over two columns), but not most of them: a
  // line of a paragraph or a caption set across the table's columns is not one of its rows. A
  // line crosses a gap when it bridges it to within MIN_GAP ems (at most a quarter of the gap)
  // of each side: a paragraph's first line, indented, may begin just right of the first
  // column's text.
  for (const r of rows) {
    const size = Math.max(...r.runs.map((run) => run.size));
    for (const [from, to] of columnsOf([r])) {
      let crossed = 0;
      for (let c = 1; c < columns.length; c++) {
        const start = (columns[c - 1] as [number, number])[1];
        const end = (columns[c] as [number, number])[0];
        const slack = Math.min(MIN_GAP * size, (end - start) / 4);
        if (from < start + slack && to > end - slack) crossed++;
      }
      if (crossed > (columns.length - 1) / 2) return undefined;
    }
  }
  const slots = rows.map((r) => {
    const cells: Run[][] = columns.map(() => []);
    for (const run of r.runs) (cells[columnOf(run, columns)] as Run[]).push(run);
    return cells;
  });
  // Lines of one row (a cell's wrapped text, its neighbours set in the middle) as one row.
  const groups = [
    ...rowsOfLines(rows.slice(0, headCount), slots.slice(0, headCount), slots, rows),
    ...rowsOfLines(rows.slice(headCount), slots.slice(headCount), slots, rows),
  ];
  const merged = groups.map((g) =>
    columns.map((_, c) => g.flatMap((n) => (slots[n] as Run[][])[c] as Run[])),
  );
  const isWide = (cells: Run[][]): boolean => cells.filter((c) => c.length > 0).length >= 2;
  if (merged.filter(isWide).length < minRows) return undefined;
  // Each band between two of the rules holds a row of two cells or more: a band of lines in
  // one column (a caption or a note between two tables of one width) is not the table's.
  for (let k = i; k < j; k++) {
    const a = (rules[k] as Group).at;
    const b = (rules[k + 1] as Group).at;
    const inBand = (r: Row): boolean => {
      const m = middleOf(r.runs[0] as Run).y;
      return m > a && m < b;
    };
    if (!groups.some((g, n) => inBand(rows[g[0] as number] as Row) && isWide(merged[n] as Run[][])))
      return undefined;
  }
  // A body row that crosses a column gap would have merged the columns: none does, by how
  // the columns are made. A head row's runs go to the first column they overlap.
  const borders = [left];
  for (let c = 1; c < columns.length; c++)
    borders.push(
      ((columns[c - 1] as [number, number])[1] + (columns[c] as [number, number])[0]) / 2,
    );
  borders.push(right);
  const heads = groups.filter((g) => (g[0] as number) < headCount).length;
  const cells: TableCell[] = [];
  let chars = 0;
  merged.forEach((row, r) => {
    row.forEach((list, c) => {
      const lines = linesOf({ width: right - left, height: bottomAt - top.at, runs: list }, 1);
      const text = joinLines(lines);
      for (const ch of text) if (ch.trim() !== "") chars++;
      const tags = list.map((run) => run.header);
      cells.push({
        row: r,
        column: c,
        rowSpan: 1,
        colSpan: 1,
        text,
        header:
          middle !== undefined
            ? r < heads
            : tags.length === 0 || tags.includes(undefined)
              ? undefined
              : tags.includes(true),
      });
    });
  });
  const widths = borders.slice(1).map((x, k) => x - (borders[k] as number));
  return {
    table: {
      top: top.at,
      bottom: bottomAt,
      left,
      right,
      rows: merged.length,
      columns: widths,
      cells,
      chars,
      unruled: true,
      ...(Number.isFinite(bottom.at) ? {} : { cut: true }),
    },
    mine,
  };
}

/**
 * The tables among `runs` that horizontal rules alone bracket (rules that meet a vertical one
 * belong to a ruled table: see find-tables.ts), and the runs outside them. Of the rules of one
 * width, top to bottom, each may open a table; it closes at the lowest rule that makes one
 * (a table with a rule under each row is one table, not one a row), or at the page's end when
 * a page break cuts it (`cut`): such a part may hold its head and one row, as may the table
 * at the top of a page that goes on with a table the page before cut (`continuing`).
 */
export function findUnruledTables(
  runs: readonly Run[],
  rules: readonly Rule[],
  continuing = false,
): { tables: PageTable[]; rest: Run[] } {
  const hs = merge(
    rules.filter((r) => r.y0 === r.y1),
    true,
  );
  if (hs.length < 2 || hs.length > MAX_RULES) return { tables: [], rest: runs.slice() };
  const vs = merge(
    rules.filter((r) => r.x0 === r.x1),
    false,
  );
  const free = hs.filter(
    (h) =>
      h.to - h.from >= MIN_WIDTH &&
      !vs.some(
        (v) =>
          v.at >= h.from - JOIN &&
          v.at <= h.to + JOIN &&
          h.at >= v.from - JOIN &&
          h.at <= v.to + JOIN,
      ),
  );
  // Rules of one width (both ends within SAME_EXTENT), each set top to bottom.
  const sets: Group[][] = [];
  for (const h of free.slice().sort((a, b) => a.at - b.at)) {
    const set = sets.find(
      (s) =>
        Math.abs((s[0] as Group).from - h.from) <= SAME_EXTENT &&
        Math.abs((s[0] as Group).to - h.to) <= SAME_EXTENT,
    );
    if (set) set.push(h);
    else sets.push([h]);
  }
  const tables: PageTable[] = [];
  const taken = new Set<number>();
  const topmost = Math.min(...free.map((h) => h.at));
  for (const set of sets) {
    if (set.length < 2 || set.length > MAX_BRACKET) continue;
    // The page's end closes a table that a page break cuts before its bottom rule.
    const ends = [
      ...set,
      { at: Number.POSITIVE_INFINITY, from: set[0]?.from ?? 0, to: set[0]?.to ?? 0 },
    ];
    let i = 0;
    while (i < set.length - 1) {
      let next = i + 1;
      for (let j = ends.length - 1; j > i; j--) {
        // A part of a table a page break cuts, at the foot of a page (its top and head rules
        // there) or at the top of the next, may be its head and one row.
        const first = continuing && i === 0 && (set[0] as Group).at === topmost;
        const cut = j === set.length && j > i + 1;
        const found = tableBetween(ends, i, j, runs, taken, first || cut ? 2 : MIN_ROWS);
        if (!found) continue;
        tables.push(found.table);
        for (const k of found.mine) taken.add(k);
        next = j + 1;
        break;
      }
      i = next;
    }
  }
  tables.sort((a, b) => a.top - b.top || a.left - b.left);
  return { tables, rest: runs.filter((_, k) => !taken.has(k)) };
}

/**
 * The tables of a page, ruled ({@link findTables}) and unruled ({@link findUnruledTables}),
 * top to bottom, and the runs outside all of them. `continuing`: the page before ended in an
 * unruled table a page break cut.
 */
export function findPageTables(
  runs: readonly Run[],
  rules: readonly Rule[],
  continuing = false,
): { tables: PageTable[]; rest: Run[] } {
  const ruled = findTables(runs, rules);
  const unruled = findUnruledTables(ruled.rest, rules, continuing);
  const tables = [...ruled.tables, ...unruled.tables].sort(
    (a, b) => a.top - b.top || a.left - b.left,
  );
  return { tables, rest: unruled.rest };
}
