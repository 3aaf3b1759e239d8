import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * Tables one cell a line that a narrow page printed with its words broken over lines, and wide
 * tables printed in blocks under heads that open with the same corner word. Every text here is
 * written for the rules.
 *
 * - Head words broken in two (`地区` / `名称` for `地区名称`): halves of two characters at most,
 *   side by side, are joined in pairs from the left when that makes the head as wide as the rows,
 *   whose kinds repeat row after row; a row's word broken over two lines (`其他类` / `占比`) is
 *   joined with them.
 * - Blocks: the run ends before the corner word printed again after whole rows.
 */

const lead = "一、总体情况\n本月全区共受理群众来电1200件，同比增长5%。\n\n";
const after = "\n\n二、工作建议\n加强源头治理，提升办理质量。";

const read = (cells: string[]) => {
  const bulletin = parseBulletinText(`${lead}${cells.join("\n\n")}${after}`).bulletin as Bulletin;
  return tablesOf(bulletin).map((t) => ({
    head: (t.head?.[t.head.length - 1] ?? []).map((c) => cellText(bulletin, c)),
    rows: t.rows.map((r) => r.map((c) => cellText(bulletin, c))),
  }));
};

describe("head words broken in two, one cell a line", () => {
  test.each([
    {
      name: "a transposed head of pairs over two rows, a row label broken too",
      cells: [
        ...["投诉", "类别", "食品", "药品", "汽车", "配件", "通讯", "器材", "家居用品", "化妆用品"],
        ...["件数", "88", "61", "40", "33", "19"],
        ...["服务类", "占比", "20.1%", "14%", "9.2%", "7.5%", "4.3%"],
      ],
      head: ["投诉类别", "食品药品", "汽车配件", "通讯器材", "家居用品", "化妆用品"],
      rows: [
        ["件数", "88", "61", "40", "33", "19"],
        ["服务类占比", "20.1%", "14%", "9.2%", "7.5%", "4.3%"],
      ],
    },
    {
      name: "two tables side by side, head printed twice, a row's name broken",
      cells: [
        ...["事项类别", "受理", "件数", "办结", "件数", "事项类别", "受理", "件数", "办结", "件数"],
        ...["户籍办理", "120", "118", "经营性", "许可", "45", "40"],
        ...["社保缴纳", "98", "97", "不动产", "登记", "60", "58"],
        ...["公积金", "30", "30", "医保报销", "25", "25"],
      ],
      head: ["事项类别", "受理件数", "办结件数", "事项类别", "受理件数", "办结件数"],
      rows: [
        ["户籍办理", "120", "118", "经营性许可", "45", "40"],
        ["社保缴纳", "98", "97", "不动产登记", "60", "58"],
        ["公积金", "30", "30", "医保报销", "25", "25"],
      ],
    },
  ])("parseBulletinText: $name", ({ cells, head, rows }) => {
    expect(read(cells)).toEqual([{ head, rows }]);
  });

  test.each([
    {
      // The head is as wide as the rows already: nothing to join.
      name: "a head of whole words",
      cells: [
        ...["地区", "受理量", "办结量"],
        ...["东城", "120", "118"],
        ...["西城", "98", "97"],
        ...["南城", "30", "30"],
      ],
      head: ["地区", "受理量", "办结量"],
      rows: [
        ["东城", "120", "118"],
        ["西城", "98", "97"],
        ["南城", "30", "30"],
      ],
    },
    {
      // Every row prints two words, the head all halves: two columns of words, nothing joined.
      name: "two columns of words",
      cells: [
        ...["片区", "类别", "数量"],
        ...["东片", "投诉", "12"],
        ...["西片", "咨询", "30"],
        ...["南片", "求助", "8"],
      ],
      head: ["片区", "类别", "数量"],
      rows: [
        ["东片", "投诉", "12"],
        ["西片", "咨询", "30"],
        ["南片", "求助", "8"],
      ],
    },
  ])("parseBulletinText: $name stays as it is (counter-case)", ({ cells, head, rows }) => {
    expect(read(cells)).toEqual([{ head, rows }]);
  });

  test("a half left alone joins nothing (counter-case)", () => {
    // `地区` whole, then three halves: the pairs cannot all be made, so no word is joined.
    const cells = [
      ...["地区", "受理", "件数", "办结"],
      ...["东城", "120", "118"],
      ...["西城", "98", "97"],
    ];
    for (const t of read(cells)) {
      expect(t.head).not.toContain("受理件数");
      expect(t.head).not.toContain("地区受理");
    }
  });

  test("a figure with a unit read as a word is no half of a word (counter-case)", () => {
    // `117939只`: a figure whose unit no cell reader knows; the row's cells are not joined.
    const cells = [
      ...["畜产", "名称", "出栏", "数量", "增长"],
      ...["出栏猪", "44383头", "4.4"],
      ...["出栏羊", "117939只", "1.6"],
    ];
    for (const t of read(cells)) for (const r of t.rows) expect(r.join("")).not.toMatch(/羊117939/);
  });
});

describe("a wide table printed in blocks under the same corner word", () => {
  const block = (names: string[], values: string[][]) => [
    "城区",
    ...names,
    ...values.flatMap(([label, ...v]) => [label as string, ...v]),
  ];

  test.each([
    ["2024年1-6月各城区空气质量排名"],
    // A line of spaces under the title: no corner of the head, which is `城区`.
    ["2024年1-6月各城区空气质量排名", "   "],
  ])("parseBulletinText: the run ends before the corner printed again (%j)", (...over) => {
    const cells = [
      ...over,
      ...block(
        ["东城", "西城", "南城", "北城"],
        [
          ["综合指数", "3.01", "3.25", "3.40", "3.62"],
          ["名次", "1", "2", "3", "4"],
        ],
      ),
      ...["城区", "新区", "老区", "高新区", "综合"],
    ];
    expect(read(cells)[0]).toEqual({
      head: ["城区", "东城", "西城", "南城", "北城"],
      rows: [
        ["综合指数", "3.01", "3.25", "3.40", "3.62"],
        ["名次", "1", "2", "3", "4"],
      ],
    });
  });

  test("parseBulletinText: a word the cells repeat is no corner (counter-case)", () => {
    // `持平` / `持平` / …: the first cell printed again before any figure; each run of words
    // over its figures stays a table of its own, as it was.
    const cells = [
      ...["持平", "持平", "甲类", "0", "0", "0"],
      ...["持平", "持平", "乙类", "1", "2", "3"],
    ];
    expect(read(cells)).toEqual([
      { head: ["持平", "持平", "甲类"], rows: [["0", "0", "0"]] },
      { head: ["持平", "持平", "乙类"], rows: [["1", "2", "3"]] },
    ]);
  });

  test("parseBulletinText: a block of one row goes on (counter-case)", () => {
    // The corner again after a head and one row only: not cut there; each head with its row is
    // read as before.
    const cells = [
      ...["城区", "东城", "西城", "南城"],
      ...["名次", "1", "2", "3"],
      ...["城区", "北城", "新区", "老区"],
      ...["名次", "4", "5", "6"],
    ];
    expect(read(cells)).toEqual([
      { head: ["城区", "东城", "西城", "南城"], rows: [["名次", "1", "2", "3"]] },
      { head: ["城区", "北城", "新区", "老区"], rows: [["名次", "4", "5", "6"]] },
    ]);
  });
});
