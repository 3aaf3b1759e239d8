/**
 * Where a table's row one cell short lacks its cell: a ranking page prints `28 新疆生产建设兵团`
 * with no score among rows of `排名 省级政府 总体指数` (`27 青海 75.95`). Given the kind of each of
 * the row's cells (figure or words) and of each column in the rows above, the column is the one
 * whose removal leaves the row's kinds, when exactly one does (`[figure, word]` under `[figure,
 * word, figure]` lacks column 2); undefined when none or several do (`甲区 540` under `区县 受理量
 * 办结量` could lack either figure), or when a column above holds both kinds (its blank cells aside).
 *
 * @example
 * shortRowGap(["figure", "word"], [["figure", "word", "figure"], ["figure", "word", "figure"]]); // 2
 */
export function shortRowGap(
  cells: readonly string[],
  above: readonly (readonly string[])[],
): number | undefined {
  const columns = cells.length + 1;
  // Each column's kind, blank cells (a short row kept above) aside.
  const kinds: (string | undefined)[] = [];
  for (const row of above) {
    if (row.length !== columns) return undefined;
    for (let j = 0; j < columns; j++) {
      const k = row[j];
      if (k === "blank") continue;
      if (kinds[j] === undefined) kinds[j] = k;
      else if (kinds[j] !== k) return undefined;
    }
  }
  let gap: number | undefined;
  for (let j = 0; j < columns; j++) {
    if (cells.every((k, c) => k === kinds[c < j ? c : c + 1])) {
      // A second column that would do as well: the row does not tell which cell it lacks.
      if (gap !== undefined) return undefined;
      gap = j;
    }
  }
  return gap;
}
