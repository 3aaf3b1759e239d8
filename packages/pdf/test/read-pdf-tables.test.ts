/**
 * readPdf on ruled tables drawn by hand: the grid of the rules, spans where a border is
 * missing, cells' wrapped lines, head rows, a table broken across pages; and what is not a
 * table (the 版记's rules, a framed paragraph, two runs on a line, indented paragraphs).
 */
import { parseBulletinText } from "@bulletin/parse";
import { readPdf } from "@bulletin/pdf";
import { describe, expect, test } from "vitest";
import { type MadeText, makePdf } from "./make-pdf";

/** A cell of a hand-drawn table: its slot, spans, and its lines of text. */
interface Cell {
  r: number;
  c: number;
  rs?: number;
  cs?: number;
  lines: string[];
}

interface Drawn {
  texts: MadeText[];
  draw: string;
  /** The y (from the bottom) under the table. */
  bottom: number;
}

/**
 * A table whose slots are `widths` wide and `height` high, its top-left corner at (`x`, `top`)
 * (PDF space, y up), each cell's four sides drawn as LibreOffice does (stroked lines) or as
 * Chromium does (a filled rectangle 0.75 pt thick per side); a cell's lines set 11 pt apart.
 */
function table(
  cells: Cell[],
  options: {
    x?: number;
    top?: number;
    widths?: number[];
    height?: number;
    style?: "stroke" | "fill";
  } = {},
): Drawn {
  const { x = 80, top = 600, widths = [120, 120, 120], height = 26, style = "stroke" } = options;
  const xs = [x];
  for (const w of widths) xs.push((xs[xs.length - 1] as number) + w);
  const texts: MadeText[] = [];
  const ops: string[] = [style === "stroke" ? "0.75 w" : ""];
  let bottom = top;
  const side = (x0: number, y0: number, x1: number, y1: number): void => {
    if (style === "stroke") ops.push(`${x0} ${y0} m ${x1} ${y1} l S`);
    else if (y0 === y1) ops.push(`${x0} ${y0 - 0.375} ${x1 - x0} 0.75 re f`);
    else ops.push(`${x0 - 0.375} ${Math.min(y0, y1)} 0.75 ${Math.abs(y1 - y0)} re f`);
  };
  for (const cell of cells) {
    const x0 = xs[cell.c] as number;
    const x1 = xs[cell.c + (cell.cs ?? 1)] as number;
    const y0 = top - cell.r * height;
    const y1 = top - (cell.r + (cell.rs ?? 1)) * height;
    bottom = Math.min(bottom, y1);
    side(x0, y0, x1, y0);
    side(x0, y1, x1, y1);
    side(x0, y0, x0, y1);
    side(x1, y0, x1, y1);
    cell.lines.forEach((text, k) => {
      texts.push({ text, x: x0 + 4, y: y0 - 10 - 11 * k, size: 10 });
    });
  }
  return { texts, draw: ops.join("\n"), bottom };
}

const simple: Cell[] = [
  { r: 0, c: 0, lines: ["Region"] },
  { r: 0, c: 1, lines: ["Cases"] },
  { r: 0, c: 2, lines: ["Rate"] },
  { r: 1, c: 0, lines: ["North"] },
  { r: 1, c: 1, lines: ["4528"] },
  { r: 1, c: 2, lines: ["98.5%"] },
  { r: 2, c: 0, lines: ["South"] },
  { r: 2, c: 1, lines: ["1260"] },
  { r: 2, c: 2, lines: ["-"] },
];

const SIMPLE_ROWS = [
  "| Region | Cases | Rate |",
  "| --- | --- | --- |",
  "| North | 4528 | 98.5% |",
  "| South | 1260 | - |",
];

const text = (t: string, x: number, y: number, size = 12): MadeText => ({ text: t, x, y, size });

/** The text readPdf gives for one page holding `drawn` and the `texts` around it. */
async function read(drawn: Drawn, around: MadeText[] = []): Promise<string> {
  return (await readPdf(makePdf([[...around, ...drawn.texts]], { draw: [drawn.draw] }))).text;
}

describe("readPdf: ruled tables", () => {
  test("readPdf: reads a ruled table (stroked rules, as LibreOffice draws) as `| a | b |` rows with a `| --- |` rule under the head", async () => {
    expect((await read(table(simple))).split("\n")).toEqual(SIMPLE_ROWS);
  });

  test("readPdf: reads a table whose borders are thin filled rectangles, one a cell side (as Chromium draws)", async () => {
    expect((await read(table(simple, { style: "fill" }))).split("\n")).toEqual(SIMPLE_ROWS);
  });

  test("readPdf: puts the table where it stands among the lines: the paragraph and caption above, the note below", async () => {
    const drawn = table(simple, { top: 600 });
    const lines = (
      await read(drawn, [
        text("Cases by region are as follows.", 80, 660),
        text("Table 1 Cases by region", 160, 620),
        text("Note: the rate is of cases closed.", 80, drawn.bottom - 24),
      ])
    ).split("\n");
    expect(lines).toEqual([
      "Cases by region are as follows.",
      "Table 1 Cases by region",
      ...SIMPLE_ROWS,
      "Note: the rate is of cases closed.",
    ]);
  });

  test("readPdf: gives a spanning cell's text in its first column and blanks in the others; a head cell spanning two rows makes both rows the head", async () => {
    const cells: Cell[] = [
      { r: 0, c: 0, rs: 2, lines: ["Region"] },
      { r: 0, c: 1, cs: 2, lines: ["Cases"] },
      { r: 0, c: 3, rs: 2, lines: ["Rate"] },
      { r: 1, c: 1, lines: ["Month"] },
      { r: 1, c: 2, lines: ["Change"] },
      { r: 2, c: 0, lines: ["North"] },
      { r: 2, c: 1, lines: ["4528"] },
      { r: 2, c: 2, lines: ["+3.2%"] },
      { r: 2, c: 3, rs: 2, lines: ["98.5%"] },
      { r: 3, c: 0, lines: ["South"] },
      { r: 3, c: 1, lines: ["1260"] },
      { r: 3, c: 2, lines: ["-"] },
      { r: 4, c: 0, lines: ["Total"] },
      { r: 4, c: 1, cs: 2, lines: ["5788"] },
      { r: 4, c: 3, lines: ["/"] },
    ];
    for (const style of ["stroke", "fill"] as const) {
      const got = await read(table(cells, { widths: [90, 90, 90, 90], style }));
      expect(got.split("\n")).toEqual([
        "| Region | Cases |  | Rate |",
        "|  | Month | Change |  |",
        "| --- | --- | --- | --- |",
        "| North | 4528 | +3.2% | 98.5% |",
        "| South | 1260 | - |  |",
        "| Total | 5788 |  | / |",
      ]);
    }
  });

  test("readPdf: joins the lines of a cell's wrapped text, a space between Latin words", async () => {
    const cells: Cell[] = [
      { r: 0, c: 0, lines: ["Window"] },
      { r: 0, c: 1, lines: ["Remark"] },
      { r: 1, c: 0, rs: 1, lines: ["Main hall"] },
      { r: 1, c: 1, lines: ["counted online and", "at the counter"] },
    ];
    const got = await read(table(cells, { widths: [120, 120], height: 30 }));
    expect(got.split("\n")).toEqual([
      "| Window | Remark |",
      "| --- | --- |",
      "| Main hall | counted online and at the counter |",
    ]);
  });

  test("readPdf: gives a table whose first row holds figures no head (the rule comes first)", async () => {
    const cells: Cell[] = [
      { r: 0, c: 0, lines: ["North"] },
      { r: 0, c: 1, lines: ["4528"] },
      { r: 1, c: 0, lines: ["South"] },
      { r: 1, c: 1, lines: ["1260"] },
    ];
    const got = await read(table(cells, { widths: [120, 120] }));
    expect(got.split("\n")).toEqual(["| --- | --- |", "| North | 4528 |", "| South | 1260 |"]);
  });

  test("readPdf: writes a `|` inside a cell as `\\|`, so that it is not a column", async () => {
    const cells: Cell[] = [
      { r: 0, c: 0, lines: ["Name"] },
      { r: 0, c: 1, lines: ["Code"] },
      { r: 1, c: 0, lines: ["North"] },
      { r: 1, c: 1, lines: ["A|B"] },
    ];
    const got = await read(table(cells, { widths: [120, 120] }));
    expect(got.split("\n")).toEqual(["| Name | Code |", "| --- | --- |", "| North | A\\|B |"]);
  });

  test("readPdf: reads a one-column table of several rows, set smaller than the text around it, though it holds most of the page's characters", async () => {
    // Found by the renderPdf round trip: a page held a one-column table and one short
    // paragraph, so the table's size was the page's most common one and the page was not
    // looked at for tables.
    const cells: Cell[] = [
      { r: 0, c: 0, lines: ["Item"] },
      { r: 1, c: 0, lines: ["First of the month"] },
      { r: 2, c: 0, lines: ["Second of the month"] },
    ];
    const got = await read(table(cells, { widths: [200] }), [text("Items:", 80, 640)]);
    expect(got.split("\n")).toEqual([
      "Items:",
      "| Item |",
      "| --- |",
      "| First of the month |",
      "| Second of the month |",
    ]);
  });

  test("readPdf: reads a table broken across pages as one table, the head repeated on the second page left out", async () => {
    const first = table(simple, { top: 200 });
    const rest = table(
      [
        ...simple.slice(0, 3),
        { r: 1, c: 0, lines: ["East"] },
        { r: 1, c: 1, lines: ["87"] },
        { r: 1, c: 2, lines: ["35.8%"] },
      ],
      { top: 780 },
    );
    const pdf = makePdf(
      [
        [text("Cases by region are as follows.", 80, 240), ...first.texts],
        [...rest.texts, text("After the table.", 80, 700)],
      ],
      { draw: [first.draw, rest.draw] },
    );
    expect((await readPdf(pdf)).text.split("\n")).toEqual([
      "Cases by region are as follows.",
      ...SIMPLE_ROWS,
      "| East | 87 | 35.8% |",
      "After the table.",
    ]);
  });

  test("readPdf: reads one box around a short label as a table of one cell", async () => {
    // Found by the renderPdf round trip: a table of one row whose one cell spans its columns
    // is one box on the page.
    const got = await read(
      table([{ r: 0, c: 0, cs: 2, lines: ["North"] }], { widths: [120, 120] }),
      [text("Table 13 Cases", 160, 620), text("Note: counted in March.", 80, 560)],
    );
    expect(got.split("\n")).toEqual([
      "Table 13 Cases",
      "| --- |",
      "| North |",
      "Note: counted in March.",
    ]);
  });

  test("readPdf: joins a table whose head alone ends a page to its rest, though spans hide a column border on the first page", async () => {
    // Found by the renderPdf round trip: the head's two cells each span two columns, so the
    // first page shows two columns and the second, under the repeated head, three.
    const head: Cell[] = [
      { r: 0, c: 0, cs: 2, lines: ["Region"] },
      { r: 0, c: 2, cs: 2, lines: ["Office"] },
    ];
    const widths = [90, 90, 90, 90];
    const first = table(head, { top: 120, widths });
    const rest = table(
      [
        ...head,
        { r: 1, c: 0, lines: ["North"] },
        { r: 1, c: 1, lines: ["4528"] },
        { r: 1, c: 2, cs: 2, lines: [] },
      ],
      { top: 780, widths },
    );
    const pdf = makePdf(
      [
        [text("Cases by region are as follows.", 80, 200), ...first.texts],
        [...rest.texts, text("After the table.", 80, 700)],
      ],
      { draw: [first.draw, rest.draw] },
    );
    expect((await readPdf(pdf)).text.split("\n")).toEqual([
      "Cases by region are as follows.",
      "| Region |  | Office |",
      "| --- | --- | --- |",
      "| North | 4528 |  |",
      "After the table.",
    ]);
  });

  test("readPdf: joins a table without head broken across pages, though a span hides a column border on the second page", async () => {
    // Found by the renderPdf round trip: the rows on the second page had a cell spanning two
    // columns, so that page showed three columns of the four.
    const widths = [90, 90, 90, 90];
    const first = table(
      [
        { r: 0, c: 0, lines: ["North"] },
        { r: 0, c: 1, lines: ["4528"] },
        { r: 0, c: 2, lines: ["1447"] },
        { r: 0, c: 3, lines: ["/"] },
      ],
      { top: 120, widths },
    );
    const rest = table(
      [
        { r: 0, c: 0, lines: ["South"] },
        { r: 0, c: 1, lines: ["1260"] },
        { r: 0, c: 2, cs: 2, lines: ["closed"] },
      ],
      { top: 780, widths },
    );
    const pdf = makePdf([first.texts, rest.texts], { draw: [first.draw, rest.draw] });
    expect((await readPdf(pdf)).text.split("\n")).toEqual([
      "| --- | --- | --- | --- |",
      "| North | 4528 | 1447 | / |",
      "| South | 1260 | closed |  |",
    ]);
  });

  test("readPdf: joins a table whose head does not repeat on the next page (untagged: a first row without figures is no proof of a new table)", async () => {
    // Found by the LibreOffice hunt: a one-column table without head broke after its first
    // row, and the second page's first row, text without figures, was taken for a new head.
    const first = table(simple, { top: 200 });
    const rest = table(
      [
        { r: 0, c: 0, lines: ["East"] },
        { r: 0, c: 1, lines: ["none"] },
        { r: 0, c: 2, lines: ["closed"] },
        { r: 1, c: 0, lines: ["West"] },
        { r: 1, c: 1, lines: ["12"] },
        { r: 1, c: 2, lines: ["40%"] },
      ],
      { top: 780 },
    );
    const pdf = makePdf([first.texts, rest.texts], { draw: [first.draw, rest.draw] });
    expect((await readPdf(pdf)).text.split("\n")).toEqual([
      ...SIMPLE_ROWS,
      "| East | none | closed |",
      "| West | 12 | 40% |",
    ]);
  });

  test("readPdf: keeps a table that starts a page apart from the one that ended the page before when their columns differ", async () => {
    const first = table(simple, { top: 200 });
    const other = table(
      [
        { r: 0, c: 0, lines: ["Window"] },
        { r: 0, c: 1, lines: ["Staff"] },
        { r: 1, c: 0, lines: ["Main hall"] },
        { r: 1, c: 1, lines: ["12"] },
      ],
      { top: 780, widths: [200, 160] },
    );
    const pdf = makePdf([first.texts, other.texts], { draw: [first.draw, other.draw] });
    expect((await readPdf(pdf)).text.split("\n")).toEqual([
      ...SIMPLE_ROWS,
      "",
      "| Window | Staff |",
      "| --- | --- |",
      "| Main hall | 12 |",
    ]);
  });

  test("readPdf: keeps two tables in a row apart (a blank line between them)", async () => {
    const a = table(simple, { top: 700 });
    const b = table(simple.slice(0, 6), { top: a.bottom - 10 });
    const got = await readPdf(
      makePdf([[...a.texts, ...b.texts]], { draw: [`${a.draw}\n${b.draw}`] }),
    );
    expect(got.text.split("\n")).toEqual([...SIMPLE_ROWS, "", ...SIMPLE_ROWS.slice(0, 3)]);
  });

  test("readPdf: a table in the text reaches parseBulletinText as a table of the item", async () => {
    const drawn = table(
      [
        { r: 0, c: 0, lines: ["Region"] },
        { r: 0, c: 1, lines: ["Cases"] },
        { r: 1, c: 0, lines: ["North"] },
        { r: 1, c: 1, lines: ["4528"] },
      ],
      { widths: [120, 120], top: 600 },
    );
    const { text: got } = await readPdf(
      makePdf(
        [
          [
            text("Window Monthly", 200, 780, 22),
            text("No. 9", 260, 740),
            text("Provincial Service Centre 2025-11-10", 150, 715),
            text("1. Overview", 80, 660, 14),
            text("Cases by region are as follows.", 80, 630),
            ...drawn.texts,
          ],
        ],
        { draw: [drawn.draw] },
      ),
    );
    const { bulletin } = parseBulletinText(got);
    const blocks = bulletin.sections.flatMap((s) => s.items.flatMap((i) => i.body));
    const tables = blocks.filter((b) => !Array.isArray(b));
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ type: "table", head: [[["Region"], ["Cases"]]] });
  });
});

describe("readPdf: what is not a table stays text", () => {
  test("readPdf: keeps the 版记 lines between their two horizontal rules as lines (rules without verticals make no table)", async () => {
    const pdf = makePdf(
      [
        [
          text("To: the provincial office, the city offices.", 92, 200),
          text("Cc: the centre's divisions.", 92, 178),
          text("Printed 2025-11-10", 380, 156),
        ],
      ],
      { draw: ["0.9 w 80 216 m 515 216 l S 80 148 m 515 148 l S 80 170 m 515 170 l S"] },
    );
    expect((await readPdf(pdf)).text.split("\n")).toEqual([
      "To: the provincial office, the city offices.",
      "Cc: the centre's divisions.",
      "Printed 2025-11-10",
    ]);
  });

  test("readPdf: keeps a paragraph in a frame (one box around a sentence, no grid) as text", async () => {
    const pdf = makePdf(
      [[text("Editor's note: a framed paragraph.", 90, 600), text("It goes on.", 90, 585)]],
      { draw: ["0.75 w 80 570 360 50 re S"] },
    );
    expect((await readPdf(pdf)).text.split("\n")).toEqual([
      "Editor's note: a framed paragraph.",
      "It goes on.",
    ]);
  });

  test("readPdf: keeps two runs on one line (an office and a date apart) and a right-aligned line as lines", async () => {
    const pdf = makePdf([
      [
        text("Provincial Service Centre", 80, 600),
        text("10 November 2025", 400, 600),
        text("Printed in 300 copies", 390, 570),
      ],
    ]);
    expect((await readPdf(pdf)).text.split("\n")).toEqual([
      "Provincial Service Centre 10 November 2025",
      "Printed in 300 copies",
    ]);
  });

  test("readPdf: keeps indented paragraphs in columns of text as paragraphs, not a table", async () => {
    const pdf = makePdf([
      [
        text("First paragraph, indented.", 104, 600),
        text("Second paragraph, indented too.", 104, 580),
        text("Third one.", 104, 560),
      ],
    ]);
    expect((await readPdf(pdf)).text.split("\n")).toEqual([
      "First paragraph, indented.",
      "Second paragraph, indented too.",
      "Third one.",
    ]);
  });

  test("readPdf: reads a page that draws thousands of rules (dotted grid paper) as text, in bounded time", async () => {
    // 200 dotted lines each way, 40 dashes a line: 16 000 rules that do not join.
    const lines: string[] = ["0.2 w"];
    for (let k = 0; k < 200; k++)
      for (let d = 0; d < 40; d++) {
        const y = 100 + k * 3;
        const x = 60 + d * 11;
        lines.push(
          `${x} ${y} m ${x + 5} ${y} l S ${100 + k * 2.2} ${120 + d * 16} m ${100 + k * 2.2} ${128 + d * 16} l S`,
        );
      }
    const started = performance.now();
    const got = await readPdf(
      makePdf([[text("A note written on grid paper.", 80, 750)]], { draw: [lines.join("\n")] }),
    );
    expect(got.text).toBe("A note written on grid paper.");
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  test("readPdf: does not look for a table on a page whose text is all one size with no gap on a line (a one-column table alone in the body size stays lines)", async () => {
    // The page's drawing is read only where the text looks like a table (cost: see
    // find-tables.ts); such a page shows no sign of one.
    const cells: Cell[] = [
      { r: 0, c: 0, lines: ["Item"] },
      { r: 1, c: 0, lines: ["First"] },
      { r: 2, c: 0, lines: ["Second"] },
    ];
    expect((await read(table(cells, { widths: [200] }))).split("\n")).toEqual([
      "Item",
      "First",
      "Second",
    ]);
  });
});
