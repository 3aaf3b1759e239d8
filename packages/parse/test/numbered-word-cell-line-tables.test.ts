import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { tableShapes, tablesOf } from "./table-cells";

/**
 * A table of words copied one cell a line, each cell closed by its bar (`序号 |` / `预期目标 |` /
 * `责任单位 |` / `进展情况 |` / `1 |` / `地区生产总值增长6%以上 |` / …), as a 督查 report's 附件 prints
 * its 任务进展 table: its rows hold words only, so the kinds of the cells give no width, but the
 * rows open with their numbers in turn under a head opening with `序号`, and the cells before the
 * first row's `1` are the head. Near misses: numbers out of turn, a head without `序号`, prose.
 */

/** Each table's shape, and the tables, of the bulletin parsed from `text`. */
const shapesIn = (text: string) => tableShapes(parseBulletinText(text).bulletin);
const tablesIn = (text: string) => tablesOf(parseBulletinText(text).bulletin);

/** Cells, each closed by a bar on its own line. */
const piped = (cells: readonly string[]): string => cells.map((c) => `${c} |`).join("\n");

const intro = "区政府督查办对重点工作任务一季度推进情况进行了督查，现将有关情况通报如下。\n附件1";
const head = ["序号", "预期目标", "责任单位", "进展情况"];
const row1 = ["1", "地区生产总值增长6%以上", "区发展改革委", "预计一季度GDP增长20%左右。"];
const row2 = ["2", "固定资产投资总额增长8%", "区发展改革委", "预计一季度投资增速20%左右。"];
const row3 = ["3", "工业增加值增长8%", "区经济信息委", "预计一季度增长15%左右。"];

describe("a numbered table of words one cell a line, each cell closed by its bar", () => {
  test.each([
    {
      name: "under a caption, three rows",
      text: `${intro}\n预期目标任务进展情况表\n${piped([...head, ...row1, ...row2, ...row3])}`,
      shapes: [{ columns: 4, rows: 3 }],
    },
    {
      name: "without a caption, two rows",
      text: `${intro}\n${piped([...head, ...row1, ...row2])}`,
      shapes: [{ columns: 4, rows: 2 }],
    },
    {
      name: "a head of three, its last row cut by the copy's end",
      text: `${intro}\n${piped([
        ...["序号", "任务", "责任单位"],
        ...["1", "老旧小区改造", "区住房城乡建委"],
        ...["2", "公共停车设施建设", "区交通局"],
        ...["3", "农村饮水安全工程"],
      ])}`,
      shapes: [{ columns: 3, rows: 3 }],
    },
  ])("parseBulletinText: $name", ({ text, shapes }) => {
    expect(shapesIn(text)).toEqual(shapes);
  });

  test.each([
    {
      name: "rows numbered out of turn (1, then 3)",
      text: `${intro}\n${piped([...head, ...row1, "3", ...row2.slice(1)])}`,
    },
    {
      name: "a head not opening with 序号",
      text: `${intro}\n${piped(["项目", ...head.slice(1), ...row1, ...row2])}`,
    },
    {
      name: "a 序号 right over the first number (a head of one cell)",
      text: `${intro}\n${piped(["序号", "1", "老旧小区改造", "2", "公共停车设施建设"])}`,
    },
  ])("parseBulletinText: no table where $name", ({ text }) => {
    expect(tablesIn(text)).toEqual([]);
  });

  test("parseBulletinText: a numbered table with figures keeps the width its kinds give", () => {
    const cells = [
      "序号",
      "地区",
      "受理量",
      "办结率",
      "1",
      "城区",
      "1203",
      "99.6%",
      "2",
      "东区",
      "856",
      "99.3%",
      "3",
      "西区",
      "642",
      "99.7%",
    ];
    expect(shapesIn(`${intro}\n表1 各区受理情况\n${piped(cells)}`)).toEqual([
      { columns: 4, rows: 3 },
    ]);
  });
});
