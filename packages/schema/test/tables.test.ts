import {
  type Bulletin,
  type Cell,
  lintBulletin,
  placeTableCells,
  safeParseBulletin,
  type Table,
  type TableRow,
  TableSchema,
  validateBulletin,
} from "@bulletin/schema";
import { arbitraryTable } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { baseBulletin } from "./fixtures";

/** The base bulletin with `table` as the only block of a new section. */
function withTable(table: unknown): Bulletin {
  const b = baseBulletin();
  b.sections.push({ title: "数据表", items: [{ body: [table as Table] }] });
  return b;
}

const c = (text: string): Cell => [text];

/** Tables as real bulletins print them: each must validate and lint clean. */
const realTables: { name: string; table: Table }[] = [
  {
    name: "a 12345 hotline monthly: calls by city with signed changes and 不适用 marks",
    table: {
      type: "table",
      caption: "表1 2025年10月各市（州）12345热线受理情况",
      head: [[c("地区"), c("受理量（件）"), c("同比"), c("按时办结率"), c("满意率")]],
      rows: [
        [c("成都市"), c("125,806"), c("+12.3%"), c("99.2%"), c("97.8%")],
        [c("绵阳市"), c("18,204"), c("-3.5%"), c("98.7%"), c("96.1%")],
        [c("阿坝州"), c("2,113"), c("—"), c("/"), c("95.0%")],
      ],
      notes: [["注：同比为与2024年10月相比；“—”表示无上年同期数据。"]],
    },
  },
  {
    name: "a 12345 table whose head groups columns (colSpan) over a row-spanning label",
    table: {
      type: "table",
      caption: "表2 热线诉求分类",
      head: [
        [
          { content: ["诉求类别"], rowSpan: 2 },
          { content: ["本月"], colSpan: 2 },
          { content: ["累计"], colSpan: 2 },
        ],
        [c("件数"), c("占比"), c("件数"), c("占比")],
      ],
      rows: [
        [c("咨询"), c("4528"), c("45.3%"), c("40211"), c("44.8%")],
        [c("求助"), c("2310"), c("23.1%"), c("21877"), c("24.4%")],
        [c("投诉"), c("1907"), c("19.1%"), c("16540"), c("18.4%")],
        [c("合计"), c("9995"), c("100%"), c("89766"), c("100%")],
      ],
    },
  },
  {
    name: "a 统计月报 table with a region spanning rows and an indicator per row",
    table: {
      type: "table",
      caption: "表3 主要经济指标",
      head: [[c("地区"), c("指标"), c("1-10月"), c("同比增长（%）")]],
      rows: [
        [{ content: ["全省"], rowSpan: 3 }, c("地区生产总值（亿元）"), c("48,627.3"), c("5.8")],
        [c("规模以上工业增加值"), c("/"), c("6.2")],
        [c("社会消费品零售总额（亿元）"), c("20,118.9"), c("-0.4")],
        [c("成都市"), c("地区生产总值（亿元）"), c("19,873.2"), c("6.1")],
      ],
      notes: [["数据来源：省统计局。"]],
    },
  },
  {
    name: "a table without head or caption, a blank cell in it",
    table: {
      type: "table",
      rows: [
        [c("受理"), c("5053件")],
        [c("办结"), []],
      ],
    },
  },
];

const T = ["sections", 2, "items", 0, "body", 0];

describe("tables", () => {
  /** Whether Markdown can write the table as a GFM table: one head row, no spans. */
  const gfm = (table: Table): boolean =>
    table.head?.length === 1 &&
    [...table.head, ...table.rows].every((row) => row.every((cell) => Array.isArray(cell)));

  test.each(realTables)("validateBulletin: accepts $name", ({ table }) => {
    const result = validateBulletin(withTable(table));
    // The only issue: the info that Markdown writes a table GFM cannot hold as rows of text.
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toEqual(
      gfm(table) ? [] : [["table-markdown-fallback", "info", T]],
    );
    expect(result.ok).toBe(true);
  });

  test.each(realTables)("TableSchema: round-trips $name through JSON unchanged", ({ table }) => {
    expect(TableSchema.parse(JSON.parse(JSON.stringify(table)))).toEqual(table);
  });

  /** Rule violations: the code and the path of every issue lint reports, nothing else. */
  const faults: { name: string; table: unknown; issues: [string, (string | number)[]][] }[] = [
    {
      name: "a row narrower than the head",
      table: { type: "table", head: [[c("地区"), c("受理量")]], rows: [[c("成都市")]] },
      issues: [["table-width-mismatch", [...T, "rows", 0]]],
    },
    {
      name: "body rows that disagree when there is no head (the first row sets the width)",
      table: { type: "table", rows: [[c("a"), c("b")], [c("c")], [c("d"), c("e"), c("f")]] },
      issues: [
        ["table-width-mismatch", [...T, "rows", 1]],
        ["table-width-mismatch", [...T, "rows", 2]],
      ],
    },
    {
      name: "a colSpan that makes a row too wide",
      table: {
        type: "table",
        head: [[c("地区"), c("受理量")]],
        rows: [[{ content: ["合计"], colSpan: 2 }, c("9995")]],
      },
      issues: [["table-width-mismatch", [...T, "rows", 0]]],
    },
    {
      name: "a row that repeats the cell a rowSpan already holds",
      table: {
        type: "table",
        rows: [
          [{ content: ["全省"], rowSpan: 2 }, c("1")],
          [c("全省"), c("2")],
        ],
      },
      issues: [["table-width-mismatch", [...T, "rows", 1]]],
    },
    {
      name: "a rowSpan in the head does not reach into the body rows",
      table: {
        type: "table",
        head: [[{ content: ["地区"], rowSpan: 2 }, c("受理量")]],
        rows: [[c("9995")], [c("成都市"), c("4528")]],
      },
      issues: [
        ["table-span-overflow", [...T, "head", 0, 0, "rowSpan"]],
        ["table-width-mismatch", [...T, "rows", 0]],
      ],
    },
    {
      name: "a metric ref in a note that does not resolve",
      table: {
        type: "table",
        rows: [[c("a")]],
        notes: [["合计", { type: "metric", ref: "total" }]],
      },
      issues: [["unresolved-metric-ref", [...T, "notes", 0, 1, "ref"]]],
    },
    {
      name: "a head of blank cells over blank rows",
      table: { type: "table", caption: "表4", head: [[[], []]], rows: [[[], []]] },
      issues: [["empty-table", T]],
    },
  ];

  test.each(faults)("lintBulletin: reports exactly the faults of $name", ({ table, issues }) => {
    const found = lintBulletin(withTable(table), {
      locale: "en",
      rules: { "table-markdown-fallback": "off" },
    });
    expect(found.map((i) => [i.code, i.path])).toEqual(issues);
    for (const issue of found) expect(issue.severity).toBe("error");
  });

  test("lintBulletin: a width mismatch says both widths in zh-CN and en", () => {
    const table = { type: "table", head: [[c("地区"), c("受理量")]], rows: [[c("成都市")]] };
    const [en] = lintBulletin(withTable(table), { locale: "en" });
    const [zh] = lintBulletin(withTable(table));
    expect(en?.message).toBe(
      "`sections[2].items[0].body[0].rows[0]` is a row 1 columns wide, but the head (or first row) is 2 columns wide (spanning cells counted)",
    );
    expect(zh?.message).toBe(
      "`sections[2].items[0].body[0].rows[0]` 表格行宽 1 列，与表头（或首行）的 2 列不一致（已计入跨行、跨列单元格）",
    );
  });

  test("safeParseBulletin: a table object without type is reported at its type", () => {
    const result = safeParseBulletin(withTable({ rows: [[c("a")]] }), { locale: "en" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["missing-field", [...T, "type"]]]);
  });

  test("placeTableCells: skips the columns a rowSpan holds and counts them in the width", () => {
    const rows: TableRow[] = [
      [{ content: ["全省"], rowSpan: 3 }, c("a"), { content: ["b"], rowSpan: 2 }],
      [c("c")],
      [c("d"), c("e")],
    ];
    expect(
      placeTableCells(rows).map((r) => ({
        columns: r.cells.map((x) => x.column),
        covered: r.covered,
        width: r.width,
      })),
    ).toEqual([
      { columns: [0, 1, 2], covered: [], width: 3 },
      { columns: [1], covered: [0, 2], width: 3 },
      { columns: [1, 2], covered: [0], width: 3 },
    ]);
  });

  test("placeTableCells: a grid cut into spanning cells keeps every row as wide as the grid", () => {
    // Generate a rectangular grid, merge random rectangles into spanning cells, and check that
    // the rows written from it are all as wide as the grid with nothing overlapping.
    const grid = fc.record({
      width: fc.integer({ min: 1, max: 6 }),
      height: fc.integer({ min: 1, max: 6 }),
      merges: fc.array(fc.nat(), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(grid, ({ width, height, merges }) => {
        const owner: number[][] = Array.from({ length: height }, () => Array(width).fill(-1));
        const spans: { r: number; c: number; w: number; h: number }[] = [];
        for (const m of merges) {
          const r = m % height;
          const col = Math.floor(m / height) % width;
          const w = 1 + (Math.floor(m / 7) % (width - col));
          const h = 1 + (Math.floor(m / 11) % (height - r));
          let free = true;
          for (let y = r; y < r + h; y++)
            for (let x = col; x < col + w; x++) if (owner[y]![x] !== -1) free = false;
          if (!free) continue;
          for (let y = r; y < r + h; y++)
            for (let x = col; x < col + w; x++) owner[y]![x] = spans.length;
          spans.push({ r, c: col, w, h });
        }
        const rows: TableRow[] = owner.map((line, y) => {
          const row: TableRow = [];
          line.forEach((o, x) => {
            if (o === -1) row.push(c(`${y}.${x}`));
            else {
              const s = spans[o]!;
              if (s.r === y && s.c === x)
                row.push({ content: [`${y}.${x}`], colSpan: s.w, rowSpan: s.h });
            }
          });
          return row;
        });
        if (rows.some((row) => row.length === 0)) return; // a row made only of held columns
        const placed = placeTableCells(rows);
        for (const row of placed) {
          expect(row.width).toBe(width);
          expect(row.cells.some((x) => x.overlaps)).toBe(false);
          for (const cell of row.cells)
            expect(cell.content).toEqual([`${placed.indexOf(row)}.${cell.column}`]);
        }
      }),
    );
  });

  test("arbitraryTable: every generated table, spans and references included, validates lint-clean", () => {
    let spanning = 0;
    fc.assert(
      fc.property(
        arbitraryTable({ metricIds: ["handled"], departmentIds: ["forestry"] }),
        (table) => {
          const cells = [...(table.head ?? []), ...table.rows].flat();
          if (cells.some((cell) => !Array.isArray(cell) && (cell.rowSpan ?? 1) > 1)) spanning++;
          const result = validateBulletin(withTable(table));
          const issues = result.issues.filter((i) => i.code !== "table-markdown-fallback");
          expect(issues).toEqual([]);
          expect(result.issues.length).toBe(gfm(table) ? 0 : 1);
        },
      ),
      { numRuns: 300 },
    );
    // The generator is not vacuous: row spans (the hard case) occur.
    expect(spanning).toBeGreaterThan(20);
  });
});
