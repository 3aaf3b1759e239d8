import type { TableCellNode } from "../layout";

/**
 * The rows of a table as `columns` slots each: a cell's value in its first column, `blank` in
 * the other columns it spans and in the columns a cell above holds. What the text writer and
 * Markdown's rows of text write, so that every line has every column.
 */
export function tableSlots<T>(
  rows: readonly TableCellNode[][],
  columns: number,
  value: (cell: TableCellNode) => T,
  blank: T,
): T[][] {
  return rows.map((row) => {
    const slots = Array<T>(columns).fill(blank);
    for (const cell of row) if (cell.column < columns) slots[cell.column] = value(cell);
    return slots;
  });
}
