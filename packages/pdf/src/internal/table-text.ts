/**
 * A table found on the page written as text in the form `readDocx` and the text writer use,
 * which `parseBulletinText` reads: a `| a | b |` line a row, `|` in a cell written `\|`, a
 * `| --- |` rule under the head rows (first when there are none), a spanning cell's text in its
 * first column and blanks in the others. Also: which rows are the head, and a table broken
 * across pages joined again.
 */

import type { PageTable, TableCell } from "./find-tables";

/** A table's cells on its grid, and how many leading rows are its head when the PDF shows it. */
export interface Grid {
  rows: number;
  columns: number[];
  cells: TableCell[];
  /** Head rows found by a page break that repeated them (the strongest evidence). */
  repeated?: number;
  /**
   * Whether its column borders are estimates, from where its text leaves gaps (a table drawn
   * without vertical rules), not drawn: they move with the text of each page's rows.
   */
  unruled?: boolean;
}

export const gridOf = (t: PageTable): Grid => ({
  rows: t.rows,
  columns: t.columns,
  cells: t.cells,
  ...(t.unruled ? { unruled: true } : {}),
});

/** The text of each slot: a cell's text in its first slot, blanks in the slots it spans. */
function slotsOf(grid: Grid): string[][] {
  const slots = Array.from({ length: grid.rows }, () =>
    Array<string>(grid.columns.length).fill(""),
  );
  for (const cell of grid.cells) {
    const row = slots[cell.row];
    if (row) row[cell.column] = cell.text;
  }
  return slots;
}

/** A cell that holds one figure, a percentage or a not-applicable mark: data, not a head. */
const FIGURE = /^(?:[+\-±]?\d[\d,]*(?:\.\d+)?\S{0,3}|[/—–-]{1,2})$/u;

/**
 * How many leading rows are the head. A tagged PDF says so (its `TH` cells; the head reaches
 * down as far as a head cell spans); else a page break that repeated rows; else the first row
 * when it holds no figure, with the rows its cells span down into. Never every row, unless
 * `body` is false (the part of a table before a page break may be its head alone).
 */
export function headRows(grid: Grid, body = true): number {
  const starting = (r: number): TableCell[] => grid.cells.filter((c) => c.row === r);
  // A table has a body row (a head alone, on the page before a break, is all head).
  const cap = (h: number): number => Math.max(0, Math.min(h, body ? grid.rows - 1 : grid.rows));
  if (grid.repeated !== undefined) return cap(grid.repeated);
  const tagged = grid.cells.some((c) => c.header !== undefined);
  let head = 0;
  if (tagged) {
    for (let r = 0; r < grid.rows; r++) {
      const heads = starting(r).filter((c) => c.header === true);
      if (heads.length > 0) {
        for (const c of heads) head = Math.max(head, r + c.rowSpan);
      } else if (r >= head) break;
    }
    return cap(head);
  }
  const first = starting(0);
  if ((body && grid.rows < 2) || first.some((c) => FIGURE.test(c.text))) return 0;
  head = 1;
  for (let r = 0; r < head; r++)
    for (const c of starting(r)) head = Math.max(head, c.row + c.rowSpan);
  return cap(head);
}

/** The table as `| a | b |` lines with the `| --- |` rule under its head rows. */
export function tableText(grid: Grid): string {
  const slots = slotsOf(grid);
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  const head = headRows(grid);
  return [
    ...slots.slice(0, head).map(line),
    line(Array<string>(grid.columns.length).fill("---")),
    ...slots.slice(head).map(line),
  ].join("\n");
}

/** Column borders this close (points) are one border. */
const SAME_BORDER = 2;

/** The borders of a grid's columns, from its left edge. */
function bordersOf(grid: Grid): number[] {
  const xs = [0];
  for (const w of grid.columns) xs.push((xs[xs.length - 1] as number) + w);
  return xs;
}

/**
 * `grid` on finer columns: `borders` holds every border of its own (within
 * {@link SAME_BORDER}) and maybe more, each cell spanning the columns between its borders.
 */
function regrid(grid: Grid, borders: readonly number[]): Grid {
  const own = bordersOf(grid);
  const index = own.map((x) => borders.findIndex((b) => Math.abs(b - x) <= SAME_BORDER));
  const columns = borders.slice(1).map((x, k) => x - (borders[k] as number));
  const cells = grid.cells.map((c) => {
    const from = index[c.column] as number;
    return { ...c, column: from, colSpan: (index[c.column + c.colSpan] as number) - from };
  });
  return { ...grid, columns, cells };
}

/**
 * `next`, the table that starts a page, as the rest of `before`, the table that ended the page
 * before, when they are one table: as wide, and `next` repeating `before`'s head rows at its top
 * (Chromium and Word repeat the head on each page), or, when nothing repeats, the column
 * borders of one among the other's and no head of its own tagged on `next`. The repeated rows
 * are left out. Their columns may differ where spans hide a border on one page: both are put
 * on the borders of both (an unruled table's estimated borders, as many on each page, are
 * taken as the same). Undefined when they are two tables.
 */
export function joinPages(before: Grid, given: Grid): Grid | undefined {
  // Estimated borders (an unruled table's) of as many columns over the same width are the
  // same borders.
  const width = (g: Grid): number => g.columns.reduce((sum, w) => sum + w, 0);
  const next =
    (before.unruled || given.unruled) &&
    before.columns.length === given.columns.length &&
    Math.abs(width(before) - width(given)) <= SAME_BORDER
      ? { ...given, columns: before.columns }
      : given;
  const xa = bordersOf(before);
  const xb = bordersOf(next);
  if (Math.abs((xa[xa.length - 1] as number) - (xb[xb.length - 1] as number)) > SAME_BORDER)
    return undefined;
  const borders: number[] = [];
  for (const x of [...xa, ...xb].sort((p, q) => p - q))
    if (borders.length === 0 || x - (borders[borders.length - 1] as number) > SAME_BORDER)
      borders.push(x);
  const a = regrid(before, borders);
  const b = regrid(next, borders);
  const sa = slotsOf(a);
  const sb = slotsOf(b);
  const sameRow = (k: number): boolean =>
    (sa[k] as string[]).every((text, c) => text === (sb[k] as string[])[c]) &&
    // The repeated row's cells span as the first ones did.
    a.cells
      .filter((cell) => cell.row === k)
      .every((cell) =>
        b.cells.some(
          (o) =>
            o.row === k &&
            o.column === cell.column &&
            o.colSpan === cell.colSpan &&
            Math.min(o.rowSpan, b.rows - k) === Math.min(cell.rowSpan, a.rows - k),
        ),
      );
  let repeated = 0;
  while (repeated < Math.min(sa.length, sb.length - 1) && sameRow(repeated)) repeated++;
  let drop: number;
  if (before.repeated !== undefined || tagged(before)) {
    // A head the PDF tags (or an earlier break showed) must come again whole.
    const head = before.repeated ?? headRows(before, false);
    if (repeated < head) return undefined;
    drop = head;
  } else drop = repeated;
  // Nothing repeated: one table when the borders of one are among the other's (a span may hide
  // a border on either page, but two tables differ more), unless the PDF tags the second's
  // first row as a head of its own. Untagged, a first row without figures proves nothing: a
  // table whose head does not repeat (Word's default) goes on with plain rows.
  const among = (xs: number[], ys: number[]): boolean =>
    xs.every((x) => ys.some((y) => Math.abs(x - y) <= SAME_BORDER));
  if (drop === 0 && ((tagged(next) && headRows(next) > 0) || !(among(xa, xb) || among(xb, xa))))
    return undefined;
  const cells = [
    ...a.cells,
    ...b.cells.filter((c) => c.row >= drop).map((c) => ({ ...c, row: c.row - drop + a.rows })),
  ];
  const joined: Grid = { rows: a.rows + b.rows - drop, columns: a.columns, cells };
  if (before.unruled || next.unruled) joined.unruled = true;
  if (before.repeated !== undefined) joined.repeated = before.repeated;
  else if (!tagged(before) && drop > 0) joined.repeated = drop;
  return joined;
}

const tagged = (grid: Grid): boolean => grid.cells.some((c) => c.header !== undefined);
