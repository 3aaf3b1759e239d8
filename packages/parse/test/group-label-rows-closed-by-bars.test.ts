import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { tableShapes } from "./table-cells";

/**
 * A table copied one cell a line, each cell closed by a bar, whose groups open with a label row
 * (`按城乡分： |`), the label's blank cells printed as one line of bars under it (`||`): each
 * such line closes the label's row, so the table is as wide as that row (the label and its blank
 * cells), not as the cells read up to the first such line (the head and the rows over the first
 * label, which a table whose groups are alike in size divides evenly). Written for the rule (a
 * county 统计公报's 户籍人口 table in traditional characters, formerly held-out-177); the cases are
 * invented, from 统计, 市场监管 and 财政 offices.
 */

const intro = "一、综合\n全年各项指标运行平稳。\n";
const closed = (cells: readonly string[]): string =>
  cells.map((c) => (c === "||" || c === "|||" ? c : `${c} |`)).join("\n");
const shapes = (cells: readonly string[]) =>
  tableShapes(parseBulletinText(`${intro}表1 主要指标\n${closed(cells)}\n`).bulletin);

const population = [
  ["指标", "年末数(万人)", "比重(%)"],
  ["户籍总人口", "55.66", "100.0"],
  ["按城乡分：", "||"],
  ["城镇", "23.47", "42.2"],
  ["乡村", "32.19", "57.8"],
  ["按性别分：", "||"],
  ["男性", "29.33", "52.7"],
  ["女性", "26.33", "47.3"],
].flat();

const complaints = [
  ["类别", "受理量(件)", "同比(%)", "占比(%)"],
  ["合计", "4120", "12.5", "100"],
  ["商品类", "|||"],
  ["家用电器", "512", "8.1", "12.4"],
  ["食品", "430", "-3.2", "10.4"],
  ["服务类", "|||"],
  ["餐饮服务", "388", "20.4", "9.4"],
  ["美容美发", "297", "15.0", "7.2"],
].flat();

const revenue = [
  ["项目", "本月(万元)", "累计(万元)"],
  ["一般公共预算收入", "8650", "40230"],
  ["其中：", "||"],
  ["税收收入", "6120", "29810"],
  ["非税收入", "2530", "10420"],
  ["按级次分：", "||"],
  ["县级", "5230", "24100"],
  ["乡镇级", "3420", "16130"],
].flat();

describe("group label rows closed by a line of bars", () => {
  test.each([
    ["a 统计公报's 户籍人口 table", population, { columns: 3, rows: 7 }],
    ["a 12315 table of complaint groups", complaints, { columns: 4, rows: 7 }],
    ["a 财政 table with `其中：`", revenue, { columns: 3, rows: 7 }],
  ])("parseBulletinText: %s is as wide as its label rows", (_, cells, shape) => {
    expect(shapes(cells)).toEqual([shape]);
  });

  test.each([
    [
      "a head whose last cells are blank",
      [
        ["项目", "本月", "||"],
        ["城区", "1420", "", ""],
        ["新区", "862", "", ""],
      ].flat(),
      { columns: 4, rows: 2 },
    ],
    [
      "a head whose last cell the page broke over lines",
      [
        ["省市", "增速", "增速与去年", "同期比较", "||"],
        ["西藏", "14.7", "14.3"],
        ["重庆", "11", "-2"],
        ["贵州", "9.7", "-1.8"],
      ].flat(),
      { columns: 6, rows: 2 },
    ],
    [
      "rows whose last cells are blank after a figure",
      [
        ["地区", "受理量", "办结量", "备注"],
        ["城区", "1420", "||"],
        ["新区", "862", "||"],
        ["高新", "300", "||"],
      ].flat(),
      { columns: 4, rows: 3 },
    ],
  ])(
    "parseBulletinText: %s keeps the width of its first closed row (counter-case)",
    (_, cells, shape) => {
      expect(shapes(cells)).toEqual([shape]);
    },
  );

  // How fast such a run is read is the bench's (packages/bench, `parse` suite); here, that it is
  // read whole: one table, a row for each group.
  test("parseBulletinText: a 1 MB run of label rows is one table of every row", () => {
    const group = closed(["按城乡分：", "||", "城镇", "23.47", "42.2"]);
    const groups = Math.floor(1_000_000 / (group.length + 1));
    const text = `${intro}表1 主要指标\n${closed(["指标", "年末数", "比重"])}\n${`${group}\n`.repeat(groups)}`;
    const tables = tableShapes(parseBulletinText(text).bulletin);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.rows).toBe(groups);
  });
});
