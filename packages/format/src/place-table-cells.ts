/**
 * A cell as the bulletin model writes it: its content (an array), or an object with `content`
 * and optional `colSpan` / `rowSpan`. Generic so that this zod-free package can place the
 * cells of `@bulletin/schema`'s `TableRow` without depending on it.
 *
 * @example
 * ```ts
 * const cells: TableCellLike<string>[] = [["成都市"], { content: ["受理情况"], colSpan: 2 }];
 * placeTableCells([cells])[0]?.width; //=> 3
 * ```
 */
export type TableCellLike<T> =
  | readonly T[]
  | { content: readonly T[]; colSpan?: number | undefined; rowSpan?: number | undefined };

/**
 * A cell of a table placed on the grid.
 *
 * @example
 * ```ts
 * const [row] = placeTableCells([[{ content: ["受理情况"], colSpan: 2 }, ["同比"]]]);
 * const cell: PlacedCell | undefined = row?.cells[1];
 * [cell?.index, cell?.column, cell?.colSpan, cell?.content]; //=> [1, 2, 1, ["同比"]]
 * ```
 */
export interface PlacedCell<T = unknown> {
  /** Position of the cell in its row of the model, from 0. */
  index: number;
  /** The first column it occupies, from 0. */
  column: number;
  /** Columns it spans (1 when the model says nothing). */
  colSpan: number;
  /** Rows it spans (1 when the model says nothing), as the model says, even past the last row. */
  rowSpan: number;
  /** Its inlines (`[]` for a blank cell). */
  content: T[];
  /** Whether it runs into a column that a cell of a row above still holds (a `rowSpan`). */
  overlaps: boolean;
}

/**
 * A row of a table placed on the grid.
 *
 * @example
 * ```ts
 * const rows = placeTableCells([[{ content: ["成都市"], rowSpan: 2 }, ["10月"]], [["11月"]]]);
 * [rows[1]?.width, rows[1]?.covered, rows[1]?.cells[0]?.column]; //=> [2, [0], 1]
 * ```
 */
export interface PlacedRow<T = unknown> {
  /** Its own cells, left to right. */
  cells: PlacedCell<T>[];
  /** Columns held by cells of rows above (their `rowSpan` reaches this row), ascending. */
  covered: number[];
  /** How many columns the row occupies: its cells' spans plus the columns held from above. */
  width: number;
}

const isSpanning = <T>(
  cell: TableCellLike<T>,
): cell is { content: readonly T[]; colSpan?: number | undefined; rowSpan?: number | undefined } =>
  !Array.isArray(cell);

const span = (n: number | undefined): number => (n !== undefined && n >= 1 ? Math.floor(n) : 1);

/**
 * Places the cells of a run of rows (a table's `head`, or its `rows`) on a grid: each cell
 * takes the first column that no cell of a row above still holds, and holds `colSpan` columns
 * for `rowSpan` rows. Spans do not cross from the head into the body rows, as in HTML. The one
 * place the model's span rule is written down: `lintBulletin` checks widths with it and the
 * renderers lay tables out with it. Takes valid rows; never throws.
 *
 * @param rows - the rows, as in the model
 * @returns each row's cells with their columns, the columns held from above, and its width
 * @example
 * ```ts
 * import { placeTableCells } from "@bulletin/format";
 * placeTableCells([[["地区"], { content: ["受理量"], colSpan: 2 }]]).map((row) => row.width); //=> [3]
 * ```
 */
export function placeTableCells<T>(rows: readonly (readonly TableCellLike<T>[])[]): PlacedRow<T>[] {
  // held[c]: how many more rows column c is held for by a cell of a row above.
  const held: number[] = [];
  const out: PlacedRow<T>[] = [];
  for (const row of rows) {
    const covered: number[] = [];
    for (let c = 0; c < held.length; c++) if ((held[c] ?? 0) > 0) covered.push(c);
    const isHeld = (c: number): boolean => (held[c] ?? 0) > 0;
    const cells: PlacedCell<T>[] = [];
    let column = 0;
    row.forEach((cell, index) => {
      while (isHeld(column)) column++;
      const object = isSpanning(cell);
      const colSpan = object ? span(cell.colSpan) : 1;
      const rowSpan = object ? span(cell.rowSpan) : 1;
      let overlaps = false;
      for (let c = column; c < column + colSpan; c++) if (isHeld(c)) overlaps = true;
      cells.push({
        index,
        column,
        colSpan,
        rowSpan,
        content: (object ? cell.content : cell) as T[],
        overlaps,
      });
      column += colSpan;
    });
    const last = covered.length > 0 ? (covered[covered.length - 1] as number) + 1 : 0;
    const width = Math.max(column, last);
    for (const c of covered) held[c] = (held[c] as number) - 1;
    for (const cell of cells) {
      for (let c = cell.column; c < cell.column + cell.colSpan; c++) {
        held[c] = Math.max(held[c] ?? 0, cell.rowSpan - 1);
      }
    }
    out.push({ cells, covered, width });
  }
  return out;
}
