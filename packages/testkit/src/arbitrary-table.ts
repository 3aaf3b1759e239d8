import type { Cell, Inline, Table, TableRow } from "@bulletin/schema";
import fc from "fast-check";
import { arbitraryHan } from "./arbitraries";

/** Options of {@link arbitraryTable}. */
export interface ArbitraryTableOptions {
  /** Metric ids cells may refer to (none by default). */
  metricIds?: readonly string[];
  /** Department ids cells may refer to (none by default). */
  departmentIds?: readonly string[];
  /** Whether cells may span columns and rows (default true). */
  spans?: boolean;
  /** Whether the table may have no head (default true). */
  headless?: boolean;
  /** Most columns (default 5). */
  maxColumns?: number;
}

/** What data cells of real tables hold: figures, percentages, signed changes, 不适用 marks. */
const arbitraryFigure = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer({ min: 0, max: 999_999 }).map((n) => `${n}件`),
    fc.integer({ min: 0, max: 99_999 }).map((n) => String(n)),
    fc.integer({ min: 0, max: 1000 }).map((n) => `${(n / 10).toFixed(1)}%`),
    fc
      .tuple(fc.constantFrom("+", "-"), fc.integer({ min: 1, max: 999 }))
      .map(([sign, n]) => `${sign}${(n / 10).toFixed(1)}%`),
    fc.constantFrom("/", "—"),
  );

/**
 * Valid, lint-clean tables: every row as wide as the head once spans are counted, no span past
 * its part, at least one cell with text (the first column of the body holds labels). Cells hold
 * Chinese text, figures as printed (`4528件`, `+3.2%`, `/`, `—`), blank cells, and references to
 * the metrics and departments named in the options. Spanning cells are cut from a grid, so
 * spans of every shape occur, in the head and the body.
 */
export function arbitraryTable(options: ArbitraryTableOptions = {}): fc.Arbitrary<Table> {
  const { metricIds = [], departmentIds = [], spans = true, headless = true } = options;
  const maxColumns = Math.max(1, options.maxColumns ?? 5);
  const refs: fc.Arbitrary<Inline[]>[] = [];
  if (metricIds.length > 0)
    refs.push(fc.constantFrom(...metricIds).map((ref): Inline[] => [{ type: "metric", ref }]));
  if (departmentIds.length > 0)
    refs.push(
      fc.constantFrom(...departmentIds).map((ref): Inline[] => [{ type: "department", ref }]),
    );
  const content: fc.Arbitrary<Inline[]> = fc.oneof(
    { weight: 3, arbitrary: arbitraryHan(1, 6).map((t): Inline[] => [t]) },
    { weight: 3, arbitrary: arbitraryFigure().map((t): Inline[] => [t]) },
    { weight: 1, arbitrary: fc.constant<Inline[]>([]) },
    ...refs.map((arbitrary) => ({ weight: 1, arbitrary })),
  );
  const label = arbitraryHan(1, 6).map((t): Inline[] => [t]);

  /** A part (head or body) of `height` rows and `width` columns, spans merged into it. */
  const part = (
    width: number,
    height: number,
    firstColumn: fc.Arbitrary<Inline[]>,
  ): fc.Arbitrary<TableRow[]> =>
    fc
      .record({
        cells: fc.array(fc.tuple(firstColumn, content), {
          minLength: width * height,
          maxLength: width * height,
        }),
        merges: spans ? fc.array(fc.nat(), { maxLength: 4 }) : fc.constant([]),
      })
      .map(({ cells, merges }) => {
        // owner[y][x]: the merge that holds the slot, or -1.
        const owner = Array.from({ length: height }, () => Array<number>(width).fill(-1));
        const rects: { y: number; x: number; w: number; h: number }[] = [];
        for (const m of merges) {
          const y = m % height;
          const x = Math.floor(m / height) % width;
          const w = 1 + (Math.floor(m / 7) % (width - x));
          const h = 1 + (Math.floor(m / 13) % (height - y));
          if (w * h === 1) continue;
          let free = true;
          for (let yy = y; yy < y + h; yy++)
            for (let xx = x; xx < x + w; xx++) if (owner[yy]?.[xx] !== -1) free = false;
          if (!free) continue;
          for (let yy = y; yy < y + h; yy++)
            for (let xx = x; xx < x + w; xx++) (owner[yy] as number[])[xx] = rects.length;
          rects.push({ y, x, w, h });
          // A row must keep a cell of its own: a row covered whole from above is not valid.
          const starts = (yy: number): boolean =>
            (owner[yy] as number[]).some(
              (o, xx) => o === -1 || (rects[o]?.y === yy && rects[o]?.x === xx),
            );
          let ok = true;
          for (let yy = y + 1; yy < y + h; yy++) if (!starts(yy)) ok = false;
          if (!ok) {
            for (let yy = y; yy < y + h; yy++)
              for (let xx = x; xx < x + w; xx++) (owner[yy] as number[])[xx] = -1;
            rects.pop();
          }
        }
        return owner.map((line, y) => {
          const row: TableRow = [];
          line.forEach((o, x) => {
            const [first, other] = cells[y * width + x] as [Inline[], Inline[]];
            const inlines = x === 0 ? first : other;
            if (o === -1) {
              row.push(inlines);
              return;
            }
            const r = rects[o] as { y: number; x: number; w: number; h: number };
            if (r.y !== y || r.x !== x) return;
            const cell: Cell = { content: inlines };
            if (r.w > 1) cell.colSpan = r.w;
            if (r.h > 1) cell.rowSpan = r.h;
            row.push(cell);
          });
          return row;
        });
      });

  return fc
    .record({
      width: fc.integer({ min: 1, max: maxColumns }),
      headRows: fc.integer({ min: headless ? 0 : 1, max: 2 }),
      bodyRows: fc.integer({ min: 1, max: 5 }),
      caption: fc.option(
        fc
          .tuple(fc.integer({ min: 1, max: 20 }), arbitraryHan(2, 12))
          .map(([n, t]) => `表${n} ${t}`),
        { nil: undefined },
      ),
      notes: fc.array(
        arbitraryHan(2, 12).map((t): Inline[] => [`注：${t}。`]),
        { maxLength: 2 },
      ),
    })
    .chain(({ width, headRows, bodyRows, caption, notes }) =>
      fc
        .record({
          head: headRows > 0 ? part(width, headRows, label) : fc.constant(undefined),
          rows: part(width, bodyRows, label),
        })
        .map(
          ({ head, rows }): Table => ({
            type: "table",
            ...(caption !== undefined ? { caption } : {}),
            ...(head !== undefined ? { head } : {}),
            rows,
            ...(notes.length > 0 ? { notes } : {}),
          }),
        ),
    );
}
