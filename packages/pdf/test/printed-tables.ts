/**
 * A bulletin's tables as a ruled print can show them, for comparing a model with what
 * `parseBulletinText(readPdf(print).text)` reads: the grid of the text writer
 * (`tablesAsText(b, true)`: a spanning cell's text in its first column, blanks in the others),
 * less the columns in which no cell starts. Such a column (every row spans across it) has no
 * border of its own on the page, so no reader of the print can tell it from its neighbour.
 */
import type { Bulletin, Table, TableRow } from "@bulletin/schema";
import { tablesAsText } from "@bulletin/testkit/tables-as-text";

/** The grid columns in which some cell of `rows` starts. */
function startingColumns(rows: readonly TableRow[], into: Set<number>): void {
  const covered: number[] = []; // rows still covered by a rowSpan, by column
  for (const row of rows) {
    let column = 0;
    for (const cell of row) {
      while ((covered[column] ?? 0) > 0) column++;
      const span = Array.isArray(cell) ? 1 : (cell.colSpan ?? 1);
      const down = Array.isArray(cell) ? 1 : (cell.rowSpan ?? 1);
      into.add(column);
      for (let k = 0; k < span; k++) covered[column + k] = down;
      column += span;
    }
    for (let k = 0; k < covered.length; k++) covered[k] = Math.max(0, (covered[k] ?? 0) - 1);
  }
}

/** `tablesAsText(b, true)` without the columns a print cannot show (see the file's comment). */
export function printedTables(b: Bulletin): Bulletin {
  const grid = tablesAsText(b, true);
  b.sections.forEach((section, s) => {
    section.items.forEach((item, i) => {
      item.body.forEach((block, k) => {
        if (Array.isArray(block)) return;
        const starts = new Set<number>();
        startingColumns([...(block.head ?? []), ...block.rows], starts);
        const target = grid.sections[s]?.items[i]?.body[k] as Table;
        const keep = (row: TableRow): TableRow => row.filter((_, c) => starts.has(c));
        if (target.head) target.head = target.head.map(keep);
        target.rows = target.rows.map(keep);
      });
    });
  });
  return grid;
}
