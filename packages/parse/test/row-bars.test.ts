// Tables one cell a line whose rows a bar marks (issue 14, held-out-6): the first cell of each
// row printed between bars (`| 10月 |`, then `1247 |` …), or each row closed by a line of one
// bar (`指标 |` `年末数 |` `比重 |` / `|`). The bars give the rows; they hold no cell.
import { parseBulletinText } from "@bulletin/parse";
import { completed } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cellText, MASTHEAD, tablesOf, word } from "./table-cells";

const AFTER = "二、工作动态\n（一）开展培训。10月8日，组织话务员业务培训。\n";

const shapes = (text: string) => {
  const bulletin = completed(parseBulletinText(text));
  return tablesOf(bulletin).map((t) => ({
    head: t.head?.map((r) => r.map((c) => cellText(bulletin, c))),
    rows: t.rows.map((r) => r.map((c) => cellText(bulletin, c))),
  }));
};

/** A head of words and rows of a word then figures. */
const grid = fc
  .record({ columns: fc.integer({ min: 2, max: 7 }), rows: fc.integer({ min: 1, max: 5 }) })
  .chain(({ columns, rows }) =>
    fc.record({
      head: fc.array(word, { minLength: columns, maxLength: columns }),
      rows: fc.array(
        fc.tuple(word, ...Array.from({ length: columns - 1 }, () => fc.nat({ max: 99_999 }))),
        { minLength: rows, maxLength: rows },
      ),
    }),
  )
  .map(({ head, rows }) => ({ head, rows: rows.map((r) => r.map(String)) }));

describe("rows opened by a cell between bars (`| 10月 |`)", () => {
  test("parseBulletinText: each `| x |` line opens a row; the cells between give the column count", () => {
    const lines = [
      "| 月份 |",
      "受理总数 |",
      "城管类 |",
      "占比 |",
      "| 10月 |",
      "1247 |",
      "362 |",
      "29.00% |",
      "| 11月 |",
      "1258 |",
      "337 |",
      "26.70% |",
    ];
    expect(shapes(`${MASTHEAD}${lines.join("\n")}\n${AFTER}`)).toEqual([
      {
        head: [["月份", "受理总数", "城管类", "占比"]],
        rows: [
          ["10月", "1247", "362", "29%"],
          ["11月", "1258", "337", "26.7%"],
        ],
      },
    ]);
  });

  test("parseBulletinText: a head that does not open with a bar, over rows that do, reads the same", () => {
    const lines = [
      "街道 |",
      "10月 |",
      "11月 |",
      "| 仁兴 |",
      "24 |",
      "19 |",
      "| 北沟 |",
      "34 |",
      "40 |",
    ];
    expect(shapes(`${MASTHEAD}${lines.join("\n")}\n${AFTER}`)).toEqual([
      {
        head: [["街道", "10月", "11月"]],
        rows: [
          ["仁兴", "24", "19"],
          ["北沟", "34", "40"],
        ],
      },
    ]);
  });

  test("parseBulletinText: any such table reads back with its head, rows and cells (property)", () => {
    fc.assert(
      fc.property(grid, ({ head, rows }) => {
        const lines = [head, ...rows].flatMap(([first, ...rest]) => [
          `| ${first} |`,
          ...rest.map((c) => `${c} |`),
        ]);
        expect(shapes(`${MASTHEAD}${lines.join("\n")}\n${AFTER}`)).toEqual([
          { head: [head], rows },
        ]);
      }),
      { numRuns: 80 },
    );
  });

  test("parseBulletinText: `| x |` lines with no ` |` cell line after them are not read so (counter-case)", () => {
    // The text writer's one-column table keeps its one column.
    const writer = shapes(`${MASTHEAD}| 地区 |\n| 锦江区 |\n| 青羊区 |\n${AFTER}`);
    expect(writer.every((t) => (t.head?.at(-1)?.length ?? 1) === 1)).toBe(true);
    // A bracketed line over prose is no table.
    expect(shapes(`${MASTHEAD}| 说明 |\n本月热线运行平稳，诉求量与上月持平。\n${AFTER}`)).toEqual(
      [],
    );
  });
});

describe("rows closed by a line of one bar (`|`)", () => {
  test("parseBulletinText: a `|` line after each row ends the row and adds no blank column", () => {
    const lines = [
      "指标 |",
      "年末数(人) |",
      "比重(%) |",
      "|",
      "全市总人口 |",
      "506427 |",
      "100.0 |",
      "|",
      "其中:男性 |",
      "259078 |",
      "51.2 |",
      "|",
    ];
    expect(shapes(`${MASTHEAD}表1 年末人口数及其构成\n${lines.join("\n")}\n${AFTER}`)).toEqual([
      {
        head: [["指标", "年末数（人）", "比重（%）"]],
        rows: [
          ["全市总人口", "506427", "100%"],
          ["其中：男性", "259078", "51.2%"],
        ],
      },
    ]);
  });

  test("parseBulletinText: the last row's `|` may be missing where prose follows at once", () => {
    const lines = ["地区 |", "受理量 |", "|", "锦江区 |", "4528 |", "|", "青羊区 |", "3977 |"];
    const [table, ...more] = shapes(`${MASTHEAD}${lines.join("\n")}\n全市受理量同比持平。\n`);
    expect(more).toEqual([]);
    expect(table).toEqual({
      head: [["地区", "受理量"]],
      rows: [
        ["锦江区", "4528"],
        ["青羊区", "3977"],
      ],
    });
  });

  test("parseBulletinText: any such table of two bars or more reads back with its shape, closed or cut after its last row (property)", () => {
    // (One bar alone, after a head over one row, may as well be a blank cell: it stays one.)
    const twoRows = grid.filter((g) => g.rows.length >= 2);
    fc.assert(
      fc.property(twoRows, fc.boolean(), ({ head, rows }, closed) => {
        const blocks = [head, ...rows].map((row) => row.map((c) => `${c} |`));
        const lines = blocks.flatMap((b, k) => (k < blocks.length - 1 || closed ? [...b, "|"] : b));
        const found = shapes(`${MASTHEAD}${lines.join("\n")}\n${AFTER}`);
        expect(found.map((t) => [t.head?.at(-1)?.length, t.rows.length])).toEqual([
          [head.length, rows.length],
        ]);
      }),
      { numRuns: 80 },
    );
  });

  test("parseBulletinText: a `|` line that closes no row of one width is a blank cell (counter-case)", () => {
    const lines = [
      "地区 |",
      "受理量 |",
      "办结量 |",
      "锦江区 |",
      "4528 |",
      "|",
      "青羊区 |",
      "3977 |",
      "3901 |",
      "武侯区 |",
      "3120 |",
      "3099 |",
    ];
    expect(shapes(`${MASTHEAD}${lines.join("\n")}\n${AFTER}`)).toEqual([
      {
        head: [["地区", "受理量", "办结量"]],
        rows: [
          ["锦江区", "4528", ""],
          ["青羊区", "3977", "3901"],
          ["武侯区", "3120", "3099"],
        ],
      },
    ]);
  });
});
