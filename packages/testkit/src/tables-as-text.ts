import { layoutBulletin, type TableCellNode, type TableNode } from "@bulletin/render";
import type { Block, Bulletin, Inline, Table, TableRow } from "@bulletin/schema";

/**
 * A bulletin's tables as the text writer prints them, for comparing a bulletin with what the
 * parser reads from its text:
 * - each cell is its printed text (a metric as `5.88万件`, a department by its name), `[]` when
 *   blank; notes are their printed text;
 * - with `grid`, a cell that spans is written in its first column and the others are blank, as
 *   the text writer prints it: the table becomes the grid of its columns, without spans;
 * - what only tables referred to goes: the parser reads a figure cell (`4528件`) as a metric of
 *   its own and a department named in a cell as a reference of the item, neither of which the
 *   paragraphs print. Metrics are renumbered `metric-N` in their order, departments and an
 *   item's `departmentRefs` follow the paragraphs' first mentions.
 */
export function tablesAsText(b: Bulletin, grid: boolean): Bulletin {
  const layout = layoutBulletin(b);
  const tables: TableNode[] = layout.sections.flatMap((s) =>
    s.items.flatMap((i) => i.blocks.filter((x): x is TableNode => x.kind === "table")),
  );
  const c = structuredClone(b);
  let t = 0;
  const text = (cell: TableCellNode | undefined): Inline[] =>
    cell === undefined || cell.text === "" ? [] : [cell.text];
  const rowsOf = (model: TableRow[], rows: TableCellNode[][], columns: number): TableRow[] =>
    grid
      ? rows.map((row) => {
          const slots: Inline[][] = Array.from({ length: columns }, () => []);
          for (const cell of row) slots[cell.column] = text(cell);
          return slots;
        })
      : model.map((row, r) =>
          row.map((cell, k) =>
            Array.isArray(cell) ? text(rows[r]?.[k]) : { ...cell, content: text(rows[r]?.[k]) },
          ),
        );
  for (const section of c.sections) {
    for (const item of section.items) {
      item.body = item.body.map((block): Block => {
        if (Array.isArray(block)) return block;
        const node = tables[t++] as TableNode;
        const table: Table = { type: "table", rows: rowsOf(block.rows, node.rows, node.columns) };
        if (node.caption !== undefined) table.caption = node.caption;
        if (block.head !== undefined) table.head = rowsOf(block.head, node.head, node.columns);
        if (node.notes.length > 0)
          table.notes = node.notes.map((note) => [note.map((run) => run.text).join("")]);
        return table;
      });
    }
  }
  // Metrics and departments the paragraphs refer to, in order of first mention.
  const metricIds = new Map<string, string>();
  const departmentIds: string[] = [];
  for (const section of c.sections) {
    for (const item of section.items) {
      const refs: string[] = [];
      for (const block of item.body) {
        if (!Array.isArray(block)) continue;
        for (const inline of block) {
          if (typeof inline !== "object") continue;
          if (inline.type === "metric" && !metricIds.has(inline.ref)) metricIds.set(inline.ref, "");
          if (inline.type === "department") {
            if (!refs.includes(inline.ref)) refs.push(inline.ref);
            if (!departmentIds.includes(inline.ref)) departmentIds.push(inline.ref);
          }
        }
      }
      if (item.departmentRefs !== undefined) {
        if (refs.length > 0) item.departmentRefs = refs;
        else delete item.departmentRefs;
      }
    }
  }
  c.metrics = c.metrics.filter((m) => metricIds.has(m.id));
  c.metrics.forEach((m, k) => {
    metricIds.set(m.id, `metric-${k + 1}`);
    m.id = `metric-${k + 1}`;
  });
  for (const section of c.sections)
    for (const item of section.items)
      for (const block of item.body)
        if (Array.isArray(block))
          for (const inline of block)
            if (typeof inline === "object" && inline.type === "metric")
              inline.ref = metricIds.get(inline.ref) as string;
  c.departments = departmentIds
    .map((id) => c.departments.find((d) => d.id === id))
    .filter((d) => d !== undefined);
  return c;
}
