import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin, Table } from "@bulletin/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A numbered table whose cells are sentences, one cell a line, as a web page's text gives it
 * (`序号` / `项目内容` / `当前进度` / `牵头单位` / `备注` / `1` / `建设四好农村路55公里。` / `95%` / …): a
 * progress table of 民生实事. Bare cells that hold a sentence are refused by the one-cell-a-line
 * finder (most such runs are paragraphs), so the table was read as running text. The row numbers
 * show the table plainly: a `序号` head of short words, then rows that each open with the next
 * number, `1`, `2`, `3`, every head's width of lines.
 */

const HEAD = ["序号", "项目内容", "当前进度", "牵头单位", "备注"];
const ROWS = [
  ["1", "新建公办园5所，新增公办幼儿学位1000个。", "80%（进度滞后）", "县教育局", "市民生实事"],
  ["2", "建设四好农村路55公里。", "95%", "县交通局", "县民生实事"],
  ["3", "完成农村公路大中修70公里。", "90%", "县交通局", "县民生实事"],
  ["4", "打通县城人民大道等12条断头路。", "88%", "县住建局", "县民生实事"],
];

const page = (lines: readonly string[], blankBetween = true): string =>
  [
    "2025年度县民生实事项目进度表（截至10月31日）",
    "",
    "发布日期：2025-11-14",
    "",
    ...lines.flatMap((l) => (blankBetween ? [l, ""] : [l])),
    "以上进度由各牵头单位报送。",
  ].join("\n");

const read = (text: string): { bulletin: Bulletin; tables: Table[] } => {
  const bulletin = parseBulletinText(text).bulletin as Bulletin;
  return { bulletin, tables: tablesOf(bulletin) };
};

describe("a numbered table of sentence cells, one cell a line", () => {
  test.each([
    ["blank lines between cells", true],
    ["no blank lines", false],
  ])("%s: one table, the head's width, every row", (_, blankBetween) => {
    const { bulletin, tables } = read(page([...HEAD, ...ROWS.flat()], blankBetween));
    expect(tables).toHaveLength(1);
    const table = tables[0] as Table;
    expect(table.head?.[0]?.map((c) => cellText(bulletin, c))).toEqual(HEAD);
    // (A sentence cell's figures are metrics: its number and its last column are compared; 牵头单位 cells are department references.)
    const kept = (row: readonly string[]): string[] => [row[0], row[4]] as string[];
    expect(table.rows.map((row) => kept(row.map((c) => cellText(bulletin, c))))).toEqual(
      ROWS.map(kept),
    );
  });

  test("the figures of a sentence cell are read as in running text", () => {
    const { bulletin } = read(page([...HEAD, ...ROWS.flat()]));
    const values = bulletin.metrics.map((m) => `${m.value}${m.unit}`);
    expect(values).toEqual(expect.arrayContaining(["1000个", "55公里", "70公里", "12条"]));
  });

  test("a figure with a bracketed note after it is the cell's figure, the note kept as text", () => {
    const { bulletin, tables } = read(page([...HEAD, ...ROWS.flat()]));
    expect(bulletin.metrics.map((m) => `${m.value}${m.unit}`)).toContain("80%");
    const cell = tables[0]?.rows[0]?.[2];
    expect(cell && cellText(bulletin, cell)).toBe("80%（进度滞后）");
  });

  test("the text after the table stays text", () => {
    const { bulletin } = read(page([...HEAD, ...ROWS.flat()]));
    const text = JSON.stringify(bulletin.sections);
    expect(text).toContain("以上进度由各牵头单位报送。");
  });

  test("a row cut short ends the table before it; its lines stay text", () => {
    const cut = [...ROWS.slice(0, 3).flat(), "4", "打通县城人民大道等12条断头路。", "县住建局"];
    const { bulletin, tables } = read(page([...HEAD, ...cut]));
    expect(tables.map((t) => t.rows.length)).toEqual([3]);
    expect(JSON.stringify(bulletin.sections)).toContain("打通县城人民大道等");
  });

  test("a 编号 head, three columns", () => {
    const head = ["编号", "工作任务", "责任单位"];
    const rows = [
      ["1", "完成老旧小区改造20个。", "县住建局"],
      ["2", "新增城镇就业岗位3000个。", "县人社局"],
      ["3", "改造农村危房150户。", "县住建局"],
    ];
    const { tables } = read(page([...head, ...rows.flat()]));
    expect(tables.map((t) => [t.head?.[0]?.length, t.rows.length])).toEqual([[3, 3]]);
  });

  test("property: any numbered table of sentence cells is read whole", () => {
    const sentence = fc
      .array(fc.constantFrom(..."甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"), {
        minLength: 4,
        maxLength: 30,
      })
      .map((cs) => `${cs.join("")}。`);
    const unit = fc.constantFrom("县教育局", "县交通局", "县民政局", "县水利局");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sentence, unit), { minLength: 2, maxLength: 12 }),
        fc.boolean(),
        (rows, blankBetween) => {
          const lines = [
            "序号",
            "项目内容",
            "牵头单位",
            ...rows.flatMap(([s, u], k) => [`${k + 1}`, s, u]),
          ];
          const { tables } = read(page(lines, blankBetween));
          expect(tables.map((t) => t.rows.length)).toEqual([rows.length]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("what is no numbered table (near-misses)", () => {
  test("numbers out of order: no table", () => {
    const rows = [0, 2, 1].map((k, n) => [["1", "3", "2"][n], ...(ROWS[k] as string[]).slice(1)]);
    const { tables } = read(page([...HEAD, ...(rows as string[][]).flat()]));
    expect(tables).toEqual([]);
  });

  test("one numbered row only: no table", () => {
    const { tables } = read(page([...HEAD, ...(ROWS[0] as string[])]));
    expect(tables).toEqual([]);
  });

  test("a head that does not open with 序号: the sentence cells keep it from being a table", () => {
    const head = ["项目内容", "当前进度", "牵头单位", "备注"];
    const rows = ROWS.map((row) => row.slice(1));
    const { tables } = read(page([...head, ...rows.flat()]));
    expect(tables).toEqual([]);
  });

  test("numbered paragraphs under a 序号 line of prose are no table", () => {
    const lines = [
      "序号编排说明如下。",
      "1",
      "全县共完成老旧小区改造20个，惠及居民3000户。",
      "2",
      "全县新增城镇就业岗位3000个。",
    ];
    const { tables } = read(page(lines));
    expect(tables).toEqual([]);
  });

  test("a heading inside a row ends the table", () => {
    const lines = [
      ...HEAD,
      ...ROWS.slice(0, 2).flat(),
      "3",
      "二、下一步工作",
      "90%",
      "县交通局",
      "县民生实事",
    ];
    const { tables } = read(page(lines));
    expect(tables.map((t) => t.rows.length)).toEqual([2]);
  });
});
