import { parseBulletinText } from "@bulletin/parse";
import type { Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tablesOf } from "./table-cells";

/**
 * A table copied one cell a line, each cell closed by a bar, under a caption that is its number
 * alone (`表二`, `附表1：`), its name and unit printed as the first cell lines (`…授权状况表 |`,
 * `单位:件 |`): the name and the unit are the caption's, not head cells, so that the columns are
 * the head's. A first cell that names no table (`地区 |`, `项目情况 |`) stays the head's. Written for
 * the rule (a national 专利 monthly's table, formerly held-out-147); the cases are invented.
 */

const intro = "一、总体情况\n本月全市各项业务平稳运行。\n";
const closed = (cells: readonly string[]): string => cells.map((c) => `${c} |`).join("\n");

const patents = [
  ["地区", "当月", "累计", "同比增长"],
  ["东城", "175", "1852", "24.8%"],
  ["西城", "166", "1699", "33.1%"],
  ["南城", "149", "1330", "-2.4%"],
].flat();
const hotline = [
  ["单位", "受理量", "办结率"],
  ["甲县", "2843", "98.2%"],
  ["乙县", "3653", "97.5%"],
  ["丙区", "1085", "99.1%"],
].flat();

const shape = (text: string) =>
  tablesOf(parseBulletinText(text).bulletin).map((t: Table) => ({
    caption: t.caption,
    columns: t.head?.[t.head.length - 1]?.length ?? 0,
    rows: t.rows.length,
  }));

describe("a number caption over a name cell", () => {
  test.each([
    [
      "a 专利 table with its unit",
      ["表二", "2012年10月份国内发明专利授权状况表 |", "单位:件 |", closed(patents)],
      { caption: "表二 2012年10月份国内发明专利授权状况表 单位:件", columns: 4, rows: 3 },
    ],
    [
      "a 12345 table without a unit",
      ["附表1：", "各县区热线工单办理情况 |", closed(hotline)],
      { caption: "附表1： 各县区热线工单办理情况", columns: 3, rows: 3 },
    ],
    [
      "a 统计 table named `…统计`",
      ["表3", "1-6月各区受理量统计 |", closed(hotline)],
      { caption: "表3 1-6月各区受理量统计", columns: 3, rows: 3 },
    ],
  ])("parseBulletinText: %s gives the caption, not head cells", (_, lines, expected) => {
    const [table] = shape(`${intro}${lines.join("\n")}\n`);
    expect({ ...table, caption: table?.caption?.replace(/：/g, ":") }).toEqual({
      ...expected,
      caption: expected.caption.replace(/：/g, ":"),
    });
  });

  test.each([
    ["a head cell under the number", ["表二", closed(patents)], 4],
    ["a short head cell ending in 情况", ["表二", closed(["项目情况", ...hotline.slice(1)])], 3],
  ])("parseBulletinText: %s stays the head's (counter-case)", (_, lines, columns) => {
    expect(shape(`${intro}${lines.join("\n")}\n`)).toEqual([{ caption: "表二", columns, rows: 3 }]);
  });

  // How fast such a run is read is the bench's (packages/bench, `parse` suite); here, that no line of
  // it is lost: it names no table under the caption, and each line's words are kept.
  test("parseBulletinText: a 1 MB run of name-like cell lines loses no line", () => {
    const name = "各县区热线工单办理情况表";
    const lines = Math.floor(1_000_000 / (name.length + 3));
    const { bulletin } = parseBulletinText(`${intro}表二\n${`${name} |\n`.repeat(lines)}`);
    expect(tablesOf(bulletin)).toEqual([]);
    expect(JSON.stringify(bulletin).split(name).length - 1).toBe(lines);
  });
});
