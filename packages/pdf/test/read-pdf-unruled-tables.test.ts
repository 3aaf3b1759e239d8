/**
 * readPdf on tables drawn with horizontal rules only (三线表), made by hand: a rule over the
 * table, one under its head, one under its last row, no vertical rules; the columns are where
 * the rows' text leaves gaps. And what such rules bracket that is no table: the 版记, the
 * masthead's red rule over the body, paragraphs, right-aligned lines.
 */
import { parseBulletinText } from "@bulletin/parse";
import { readPdf } from "@bulletin/pdf";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findUnruledTables } from "../src/internal/unruled-tables";
import { type MadeText, makePdf } from "./make-pdf";

const text = (t: string, x: number, y: number, size = 12): MadeText => ({ text: t, x, y, size });

/** A horizontal rule from `x0` to `x1` at `y` (PDF space, y up), stroked `w` thick. */
const rule = (x0: number, x1: number, y: number, w = 0.75): string =>
  `${w} w ${x0} ${y} m ${x1} ${y} l S`;

interface ThreeLine {
  texts: MadeText[];
  draw: string;
  /** The y (from the bottom) of the bottom rule. */
  bottom: number;
}

/**
 * A 三线表: `head` rows and `rows` of cells at the column starts `xs`, rows `height` apart
 * from `top` down, the rules from `x0` to `x1`: a thick one over the head, a thin one under it
 * (unless `middle` is false), a thick one under the last row; `rowRules` adds a thin rule under
 * each body row.
 */
function threeLine(
  head: string[][],
  rows: string[][],
  options: {
    top?: number;
    xs?: number[];
    x0?: number;
    x1?: number;
    height?: number;
    middle?: boolean;
    rowRules?: boolean;
    size?: number;
  } = {},
): ThreeLine {
  const {
    top = 600,
    xs = [90, 230, 370],
    x0 = 80,
    x1 = 515,
    height = 22,
    middle = true,
    rowRules = false,
    size = 10.5,
  } = options;
  const texts: MadeText[] = [];
  const draw = [rule(x0, x1, top, 1.5)];
  let y = top;
  const put = (cells: string[]): void => {
    cells.forEach((cell, c) => {
      if (cell !== "") texts.push(text(cell, xs[c] as number, y - 15, size));
    });
    y -= height;
  };
  for (const cells of head) put(cells);
  if (middle && head.length > 0) draw.push(rule(x0, x1, y));
  rows.forEach((cells, k) => {
    put(cells);
    if (rowRules && k < rows.length - 1) draw.push(rule(x0, x1, y));
  });
  draw.push(rule(x0, x1, y, 1.5));
  return { texts, draw: draw.join("\n"), bottom: y };
}

const HEAD = [["Region", "Cases", "Rate"]];
const ROWS = [
  ["North", "4528", "98.5%"],
  ["South", "1260", "97.1%"],
  ["East", "87", "-"],
];
const READ = [
  "| Region | Cases | Rate |",
  "| --- | --- | --- |",
  "| North | 4528 | 98.5% |",
  "| South | 1260 | 97.1% |",
  "| East | 87 | - |",
];

async function read(pages: MadeText[][], draw: string[]): Promise<string[]> {
  return (await readPdf(makePdf(pages, { draw }))).text.split("\n");
}

/** The lines of the page with its rules and without them: the same when no table is read. */
async function withAndWithoutRules(texts: MadeText[], draw: string): Promise<[string[], string[]]> {
  return [await read([texts], [draw]), await read([texts], [""])];
}

describe("readPdf: unruled (三线) tables", () => {
  test("readPdf: reads a 三线表 (a rule over it, one under its head, one under it) as `| a | b |` rows, the head the rows above the middle rule", async () => {
    const t = threeLine(HEAD, ROWS);
    expect(await read([t.texts], [t.draw])).toEqual(READ);
  });

  test("readPdf: puts a 三线表 where it stands, between the paragraph and caption above and the note below", async () => {
    const t = threeLine(HEAD, ROWS, { top: 600 });
    const got = await read(
      [
        [
          text("Cases by region are as follows.", 80, 660),
          text("Table 1 Cases by region", 220, 620),
          ...t.texts,
          text("Note: the rate is of cases closed.", 80, t.bottom - 24),
        ],
      ],
      [t.draw],
    );
    expect(got).toEqual([
      "Cases by region are as follows.",
      "Table 1 Cases by region",
      ...READ,
      "Note: the rate is of cases closed.",
    ]);
  });

  test("readPdf: takes a head of two rows (both above the middle rule) and a head cell whose text stands over two columns", async () => {
    const t = threeLine(
      [
        ["Region", "Cases", ""],
        ["", "Month", "Year"],
      ],
      ROWS.map((r) => [r[0] as string, r[1] as string, "120"]),
    );
    expect(await read([t.texts], [t.draw])).toEqual([
      "| Region | Cases |  |",
      "|  | Month | Year |",
      "| --- | --- | --- |",
      "| North | 4528 | 120 |",
      "| South | 1260 | 120 |",
      "| East | 87 | 120 |",
    ]);
  });

  test("readPdf: reads a table with a rule under every row as one table", async () => {
    const t = threeLine(HEAD, ROWS, { rowRules: true });
    expect(await read([t.texts], [t.draw])).toEqual(READ);
  });

  test("readPdf: reads a table between a top and a bottom rule only, its head found as for ruled tables", async () => {
    const t = threeLine(HEAD, ROWS, { middle: false });
    expect(await read([t.texts], [t.draw])).toEqual(READ);
  });

  test("readPdf: keeps an empty cell of a row as a blank", async () => {
    const t = threeLine(HEAD, [
      ["North", "4528", "98.5%"],
      ["South", "", "97.1%"],
      ["East", "87", "-"],
    ]);
    expect((await read([t.texts], [t.draw]))[3]).toBe("| South |  | 97.1% |");
  });

  test("readPdf: reads two 三线表 one under the other, a caption between them, as two tables", async () => {
    const a = threeLine(HEAD, ROWS, { top: 700 });
    const b = threeLine(HEAD, ROWS.slice(0, 2), { top: a.bottom - 40 });
    const got = await read(
      [[...a.texts, text("Table 2 Cases by region", 220, a.bottom - 25), ...b.texts]],
      [`${a.draw}\n${b.draw}`],
    );
    expect(got).toEqual([...READ, "Table 2 Cases by region", ...READ.slice(0, 4)]);
  });

  // A 三线表 of four rows cut by a page break after `before` of them: the first page has its
  // top and head rules only, the next repeats the head and has the bottom rule.
  test.each([
    ["after two rows; the page number under it stays out", 2, 200],
    // Found by printing generated 三线表 in Chromium: the second page's part, two rows, was
    // fewer than a table's three and stayed text.
    ["after three rows, the next page's part its repeated head and one row", 3, 200],
    // Found by the Chromium property: a page break left the head and one (wrapped) row at the
    // foot of the page, fewer than a table's three rows, and they stayed text.
    ["after one row, the first page's part its head and one row", 1, 160],
  ] as const)(
    "readPdf: reads a 三线表 cut by a page break %s, as one table",
    async (_, before, top) => {
      const more = [...ROWS, ["West", "12", "40%"]];
      const first = threeLine(HEAD, more.slice(0, before), { top });
      const firstDraw = first.draw.split("\n").slice(0, 2).join("\n");
      const rest = threeLine(HEAD, more.slice(before), { top: 780 });
      const pdf = makePdf(
        [
          [
            text("Cases by region are as follows.", 80, top + 40),
            ...first.texts,
            text("- 1 -", 280, 40),
          ],
          [...rest.texts, text("After the table.", 80, rest.bottom - 30)],
        ],
        { draw: [firstDraw, rest.draw] },
      );
      expect((await readPdf(pdf)).text.split("\n")).toEqual([
        "Cases by region are as follows.",
        ...READ,
        "| West | 12 | 40% |",
        "After the table.",
      ]);
    },
  );

  test("readPdf: does not take a paragraph between the masthead's rule and a 三线表 of the same width into the table", async () => {
    // Found by printing a 三线表 in Chromium: the paragraph's line, set across the table's
    // columns, was read as a head row of the table that the masthead's rule opened.
    const t = threeLine(HEAD, ROWS, { top: 600 });
    const got = await read(
      [
        [
          text("Window Monthly", 200, 780, 22),
          // One line in three runs that touch, each over one of the table's columns.
          text("The centre's windows handled", 104, 680),
          text("these cases this month,", 240, 680),
          text("by region, as follows.", 355, 680),
          text("Table 1", 236, 640),
          ...t.texts,
        ],
      ],
      [`${rule(80, 515, 730, 2)}\n${t.draw}`],
    );
    expect(got.filter((l) => l.startsWith("|"))).toEqual(READ);
  });

  test("readPdf: a 三线表 in the text reaches parseBulletinText as a table of the item", async () => {
    const latin = threeLine(HEAD, ROWS, { top: 600 });
    const { text: got } = await readPdf(
      makePdf(
        [
          [
            text("Window Monthly", 200, 780, 22),
            text("No. 9", 260, 740),
            text("Provincial Service Centre 2025-11-10", 150, 715),
            text("1. Overview", 80, 660, 14),
            text("Cases by region are as follows.", 80, 630),
            ...latin.texts,
          ],
        ],
        { draw: [latin.draw] },
      ),
    );
    const { bulletin } = parseBulletinText(got);
    const tables = bulletin.sections
      .flatMap((s) => s.items.flatMap((i) => i.body))
      .filter((b) => !Array.isArray(b));
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      type: "table",
      head: [[["Region"], ["Cases"], ["Rate"]]],
    });
  });
});

/** Horizontal rules `[x0, x1, y, width]` (PDF space) as drawing operators. */
type Drawn = [number, number, number, number][];
const drawOf = (rules: Drawn): string => rules.map(([a, b, y, w]) => rule(a, b, y, w)).join("\n");
/** The same rules and texts as findUnruledTables sees them: display space (y down). */
const rulesOf = (rules: Drawn) =>
  rules.map(([x0, x1, y]) => ({ x0, x1, y0: 842 - y, y1: 842 - y }));
const runsOf = (texts: MadeText[]) =>
  texts.map((t) => ({
    str: t.text,
    x: t.x,
    y: 842 - t.y,
    size: t.size ?? 12,
    width: 0.5 * (t.size ?? 12) * t.text.length,
  }));

const NOT_TABLES: [string, MadeText[], Drawn][] = [
  [
    "the 版记 (three rules, a 抄送 line, an office and a date on one line)",
    [
      text("Cc: the provincial office, the city offices, the centre's divisions.", 84, 200),
      text("General Office", 84, 178),
      text("Printed 2025-11-10", 400, 178),
    ],
    [
      [80, 515, 216, 1],
      [80, 515, 192, 0.75],
      [80, 515, 170, 1],
    ],
  ],
  [
    "a 版记 of a 抄送 line and two two-part lines (office and date apart), rules between",
    [
      text("Cc: the provincial office.", 84, 200),
      text("General Office", 84, 178),
      text("Printed 2025-11-10", 400, 178),
      text("Proofread by", 84, 156),
      text("Li Ming", 400, 156),
    ],
    [
      [80, 515, 216, 1],
      [80, 515, 192, 0.75],
      [80, 515, 170, 0.75],
      [80, 515, 148, 1],
    ],
  ],
  [
    "the body under the masthead's red rule, down to the 版记's rule of the same width",
    [
      text("Window Monthly", 200, 780, 22),
      text("No. 9", 84, 740),
      text("2025-11-10", 430, 740),
      text("First paragraph of the body, set across the line.", 104, 700),
      text("Second paragraph of the body goes on here.", 80, 680),
      text("A third paragraph, shorter.", 104, 640),
      text("Cc: the provincial office.", 84, 200),
    ],
    [
      [80, 515, 730, 2],
      [80, 515, 216, 1],
      [80, 515, 180, 1],
    ],
  ],
  [
    "left-aligned lines and right-aligned lines between two rules",
    [
      text("Notes:", 84, 600),
      text("Counted in March.", 84, 580),
      text("Closed by the office.", 84, 560),
      text("Office of the centre", 395, 540),
      text("10 November 2025", 410, 520),
      text("Printed in 300 copies", 390, 500),
    ],
    [
      [80, 515, 616, 0.75],
      [80, 515, 490, 0.75],
    ],
  ],
  [
    "rows in columns with a rule above them only",
    threeLine(HEAD, ROWS).texts,
    [[80, 515, 600, 1.5]],
  ],
  [
    "rows in columns between two rules of different widths",
    threeLine(HEAD, ROWS).texts,
    [
      [80, 515, 600, 1.5],
      [80, 400, 512, 1.5],
    ],
  ],
];

describe("readPdf: what horizontal rules bracket that is no table stays text", () => {
  test.each(NOT_TABLES)(
    "readPdf: reads %s as the same page without its rules does",
    async (_, texts, drawn) => {
      const [got, without] = await withAndWithoutRules(texts, drawOf(drawn));
      expect(got).toEqual(without);
      expect(got.some((l) => l.startsWith("|"))).toBe(false);
    },
  );

  // readPdf reads a page's rules only where its text looks like a table; the finder itself
  // must refuse these too.
  test.each(NOT_TABLES)("findUnruledTables: finds no table in %s", (_, texts, drawn) => {
    const runs = runsOf(texts);
    const { tables, rest } = findUnruledTables(runs, rulesOf(drawn));
    expect(tables).toEqual([]);
    expect(rest).toEqual(runs);
  });

  test("findUnruledTables: finds the 三线表 the same helpers draw (the cases above are refused for what they are, not for how they are made)", () => {
    const t = threeLine(HEAD, ROWS);
    const drawn: Drawn = [
      [80, 515, 600, 1.5],
      [80, 515, 578, 0.75],
      [80, 515, 512, 1.5],
    ];
    const { tables, rest } = findUnruledTables(runsOf(t.texts), rulesOf(drawn));
    expect(rest).toEqual([]);
    expect(tables.map((x) => [x.rows, x.columns.length])).toEqual([[4, 3]]);
  });
});

describe("findUnruledTables", () => {
  const cell = (str: string, x: number, y: number) => ({
    str,
    x,
    y,
    size: 10,
    width: str.length * 5,
  });
  /** Rows 25 pt apart (15 pt lines and padding), a first-column cell wrapped on `lines`. */
  const wrapped = (
    lines: number,
    padding: boolean,
    options: { rows?: number; cut?: boolean; two?: boolean } = {},
  ) => {
    const pitch = padding ? 25 : 15;
    const runs = [cell("Region", 90, 130), cell("Cases", 250, 130)];
    if (!options.two) runs.push(cell("Rate", 400, 130));
    let y = 130 + pitch;
    const put = (a: string[], b: string, c: string) => {
      for (const [k, line] of a.entries()) runs.push(cell(line, 90, y + 15 * k));
      const middle = y + (15 * (a.length - 1)) / 2;
      runs.push(cell(b, 250, middle));
      if (!options.two) runs.push(cell(c, 400, middle));
      y += 15 * (a.length - 1) + pitch;
    };
    const { rows = 3, cut = false } = options;
    if (rows > 2) put(["North"], "4528", "98.5%");
    put(["Main hall", "and counter", "windows"].slice(0, lines), "1260", "97.1%");
    put(["East"], "87", "-");
    const rules = [
      { x0: 80, x1: 500, y0: 112, y1: 112 },
      { x0: 80, x1: 500, y0: 135 + (pitch - 15) / 2, y1: 135 + (pitch - 15) / 2 },
      ...(cut ? [] : [{ x0: 80, x1: 500, y0: y - 10, y1: y - 10 }]),
    ];
    return findUnruledTables(runs, rules);
  };

  test.each([
    [2, true],
    [3, true],
    [2, false],
  ] as const)(
    "findUnruledTables: a first-column cell wrapped on %i lines, its neighbours centred, is one row (cells padded: %s)",
    (lines, padding) => {
      const { tables } = wrapped(lines, padding);
      expect(tables).toHaveLength(1);
      const t = tables[0];
      expect(t?.rows).toBe(4);
      expect(t?.cells.filter((c) => c.row === 2).map((c) => c.text)).toEqual([
        ["Main hall", "and counter", "windows"].slice(0, lines).join(" "),
        "1260",
        "97.1%",
      ]);
    },
  );

  test("findUnruledTables: counts rows after joining a wrapped cell's lines: a head and two rows, one wrapped, are a table", () => {
    // Found by the Chromium property with wrapping cells: the wrapped row's lines, each in one
    // column, did not count as a row in two columns, and the table fell under three such rows.
    const { tables } = wrapped(2, true, { rows: 2, two: true });
    expect(tables.map((t) => t.rows)).toEqual([3]);
  });

  test("findUnruledTables: reads a table cut by the page's end down to its last line, a wrapped row among them", () => {
    // Found by the same property: the wrapped cell's lines stood half a pitch apart, and the
    // next row, a whole pitch below, was taken for the gap after the table.
    const { tables } = wrapped(2, true, { cut: true });
    expect(tables.map((t) => [t.rows, t.cut])).toEqual([[4, true]]);
  });

  test("findUnruledTables: rows a line apart (no padding) and one line each stay a row each", () => {
    const { tables } = wrapped(1, false);
    expect(tables[0]?.rows).toBe(4);
  });

  const run = (str: string, x: number, y: number, size = 10) => ({
    str,
    x,
    y,
    size,
    width: str.length * size * 0.5,
  });
  const h = (x0: number, x1: number, y: number) => ({ x0, y0: y, x1, y1: y });

  test("findUnruledTables: paragraphs of any length between two rules of one width are never a table", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 80 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 40 }),
        (lines, indent) => {
          const runs = lines.map((l, k) => run(l, 80 + (k === 0 ? indent : 0), 120 + 14 * k));
          const rules = [h(78, 520, 100), h(78, 520, 120 + 14 * lines.length)];
          const { tables, rest } = findUnruledTables(runs, rules);
          expect(tables).toEqual([]);
          expect(rest).toHaveLength(runs.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("findUnruledTables: a paragraph line that starts just right of the first column's text (its indent) is not taken into a 三线表 under it", () => {
    // Found by the Chromium property (seed -622159534): a lede's first line, indented 2 ems,
    // began 1 pt right of the first column's widest text, so it crossed one of the two column
    // gaps by the old measure; the masthead's rule then opened a table holding the lede and
    // the caption as its head.
    fc.assert(
      fc.property(fc.double({ min: 0, max: 9, noNaN: true }), (offset) => {
        // CJK text is an em a character: the first column's text ends at 109.
        const cjk = (str: string, x: number, y: number, size = 12) => ({
          str,
          x,
          y,
          size,
          width: [...str].length * size,
        });
        const start = 109 + offset;
        const runs = [
          cjk("各市（州）政务服务中心", start, 209, 16),
          cjk("持续深化综合窗口改革，本月办", start + 176, 209, 16),
          cjk("件情况如下。", 79, 235, 16),
          cjk("表2 办件情况", 260, 266, 14),
          cjk("窗口", 85, 291),
          cjk("受理量", 206, 291),
          cjk("办结量", 367, 291),
          cjk("绵阳", 85, 316),
          run("9645", 206, 316, 12),
          run("16505", 367, 316, 12),
          cjk("成都", 85, 340),
          run("30316", 206, 340, 12),
          run("75.5%", 367, 340, 12),
        ];
        const rules = [h(79, 522, 183), h(79, 522, 278), h(79, 522, 303), h(79, 522, 352)];
        const { tables, rest } = findUnruledTables(runs, rules);
        expect(tables.map((t) => [t.top, t.rows, t.columns.length])).toEqual([[278, 3, 3]]);
        expect(rest.map((r) => r.str)).toEqual(runs.slice(0, 4).map((r) => r.str));
      }),
      { numRuns: 100 },
    );
  });

  test("findUnruledTables: rows of cells at fixed column starts between a top, a middle and a bottom rule are a table with every run in a cell", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 2, max: 8 }),
        fc.array(fc.stringMatching(/^[A-Za-z0-9%.]{1,8}$/), { minLength: 40, maxLength: 40 }),
        (columns, rows, words) => {
          const runs = [];
          const step = 400 / columns;
          for (let r = 0; r <= rows; r++)
            for (let c = 0; c < columns; c++)
              runs.push(run(words[(r * columns + c) % 40] as string, 90 + c * step, 130 + 16 * r));
          const rules = [h(80, 500, 112), h(80, 500, 134), h(80, 500, 134 + 16 * rows)];
          const { tables, rest } = findUnruledTables(runs, rules);
          expect(rest).toEqual([]);
          expect(tables).toHaveLength(1);
          const t = tables[0];
          expect([t?.rows, t?.columns.length]).toEqual([rows + 1, columns]);
          expect(t?.cells.filter((c) => c.header).length).toBe(columns);
        },
      ),
      { numRuns: 200 },
    );
  });
});
