import { inferColumns } from "./read-table";

/**
 * A whole table flattened onto one line of ` | ` cells, head first, often run on after a paragraph:
 * `…占比6.55%。 类型 | 2022年第一季度 | 去年同时期 | 同比(%) | 接收量 | 519 | 427 | 上升21.55% | 受理量
 * | 431 | 361 | 上升19.39% |` (web copies that joined a table's rows with its cells). The line is
 * parted after the sentence's end and after each row's last bar, so the table finder reads the rows
 * a line each, as when the page kept them apart. The width is the one under which the columns hold
 * one kind each ({@link inferColumns}); a line is parted only when it holds {@link MIN_FLAT_ROWS}
 * rows of that width or more (a table's row a line holds one) and no line beside it holds as many
 * bars within twice or half its own (rows of a table a row a line hold about as many), and its head
 * has no blank cell (`。 | | | | 100.0 | | | 65.04 | …`, a page's layout, names no column).
 */

/** Fewest cells a flat table's line holds (a head and two rows of four). */
const MIN_FLAT_CELLS = 12;
/** Fewest rows of its width, head included, a line must hold to be a flat table. */
const MIN_FLAT_ROWS = 3;
/** Longest first head cell standing at the line's start (no paragraph before it). */
const MAX_OPENING_CELL = 12;
/** How far apart the bar counts of two lines of one table a row a line may be (see above). */
const ROW_LINE_RATIO = 2;
/** A sentence's end then white space: a paragraph run on before the table's head. */
const SENTENCE_GAP = /[。；！？][ \u3000]+/g;

const BAR = 0x7c; /* | */

/** Whether a line of `m` bars beside one of `n` may be another row of its table. */
const rowBeside = (m: number, n: number): boolean =>
  m * ROW_LINE_RATIO >= n && m <= n * ROW_LINE_RATIO;

/** The offsets of the bars of `source[s, e)`. */
function barsOf(source: string, s: number, e: number): number[] {
  const bars: number[] = [];
  for (let i = s; i < e; i++) if (source.charCodeAt(i) === BAR) bars.push(i);
  return bars;
}

/**
 * Where the table on line `[s, e)` opens and the offsets after which its rows end, or undefined
 * when the line is no flat table. `bars`: the line's bars.
 */
function flatRowCuts(
  source: string,
  s: number,
  e: number,
  bars: readonly number[],
): number[] | undefined {
  const firstBar = bars[0] as number;
  let open = s;
  for (const m of source.slice(s, firstBar).matchAll(SENTENCE_GAP))
    open = s + m.index + m[0].length;
  if (firstBar - open > MAX_OPENING_CELL) return undefined;
  const cells: string[] = [];
  let from = open;
  for (const b of bars) {
    cells.push(source.slice(from, b).trim());
    from = b + 1;
  }
  // What follows the last bar: a last cell without its bar, or nothing.
  const rest = source.slice(from, e).trim();
  if (rest !== "") cells.push(rest);
  if (cells.length < MIN_FLAT_CELLS) return undefined;
  const width = inferColumns(cells, { minRows: MIN_FLAT_ROWS - 1, fullRows: false });
  if (width === undefined || cells.length < width * MIN_FLAT_ROWS) return undefined;
  // A head names each column: a run of blank cells between figures is a page's layout, no table.
  if (cells.slice(0, width).some((c) => c === "")) return undefined;
  const cuts = open > s ? [open] : [];
  for (let k = width; k <= bars.length; k += width) cuts.push((bars[k - 1] as number) + 1);
  return cuts;
}

/**
 * The input lines `raw` (ranges of `source`) holding a flat table (see above) parted into a line
 * for the paragraph before it and a line for each of its rows, in place. Each line is read once;
 * a text without a bar costs one search.
 */
export function cutFlatPipeTables(source: string, raw: [number, number][]): void {
  if (!source.includes("|")) return;
  const bars = raw.map(([s, e]) => barsOf(source, s, e));
  const parted: [number, number][] = [];
  raw.forEach(([s, e], r) => {
    const n = bars[r]?.length ?? 0;
    const cuts =
      n >= MIN_FLAT_CELLS - 1 &&
      !rowBeside(bars[r - 1]?.length ?? 0, n) &&
      !rowBeside(bars[r + 1]?.length ?? 0, n)
        ? flatRowCuts(source, s, e, bars[r] ?? [])
        : undefined;
    let from = s;
    for (const c of cuts ?? []) {
      if (c <= from || c >= e) continue;
      parted.push([from, c]);
      from = c;
    }
    parted.push([from, e]);
  });
  raw.length = 0;
  for (const line of parted) raw.push(line);
}
