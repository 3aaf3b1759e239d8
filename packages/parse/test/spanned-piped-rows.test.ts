import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A web page's table copied a row a line with a bar after each cell (`经济稳定 | 1.地区生产总值增长率 | %
 * | 7.2 |`), its first column a cell that spans the rows under it: those rows print without it and
 * close with a blank cell (`2.居民消费价格涨幅 | % | 2.7 | |`). Such a row moves one column right, as
 * the one-cell-a-line tables' rows do, when its cells then agree with the first full row's kinds; its
 * figure is then read under its column and in its row's unit. A row one cell short that agrees as it
 * stands, a row with no blank cell at its end, and the text writer's bordered rows (`| a | b |`, whose
 * bars say where each cell is) keep their columns. Every table here is written for the test.
 */

const MASTHEAD = "某省发展主要指标监测\n";

const indicators = (rows: readonly string[]): string =>
  `${MASTHEAD}一级指标 | 二级指标 | 计量单位 | 1-3月 |\n${rows.join("\n")}\n说明：数据为初步统计。`;

/** The table's rows as text, a metric written back as its value. */
const rowsOf = (text: string): string[][] => {
  const bulletin = parseBulletinText(text).bulletin as Bulletin;
  const table = tablesOf(bulletin)[0];
  return (table?.rows ?? []).map((row) => row.map((c) => cellText(bulletin, c)));
};

const values = (text: string): number[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => m.value);

describe("rows under a spanned first cell of a piped web table", () => {
  test.each([
    [
      "a percentage row under a category",
      ["经济稳定 | 1.地区生产总值增长率 | % | 7.2 |", "2.居民消费价格涨幅 | % | 2.7 | |"],
      ["", "2.居民消费价格涨幅", "%", "2.7%"],
    ],
    [
      "a count row under a category",
      ["民生改善 | 1.新增就业人数 | 万人 | 1.25 |", "2.新增城镇住房 | 万套 | 3.6 | |"],
      ["", "2.新增城镇住房", "万套", "36000"],
    ],
    [
      "two rows under one category",
      [
        "结构优化 | 3.服务业增加值占比 | % | 55.75 |",
        "4.制造业增加值占比 | % | 57.8 | |",
        "5.装备制造业增加值占比 | % | 18.4 | |",
      ],
      ["", "5.装备制造业增加值占比", "%", "18.4%"],
    ],
  ])("%s: moves one column right", (_, rows, last) => {
    expect(rowsOf(indicators(rows)).at(-1)).toEqual(last);
  });

  test("the moved rows' figures are read in their units", () => {
    const text = indicators([
      "经济稳定 | 1.地区生产总值增长率 | % | 7.2 |",
      "2.居民消费价格涨幅 | % | 2.7 | |",
      "结构优化 | 3.服务业增加值占比 | % | 55.75 |",
      "4.制造业增加值占比 | % | 57.8 | |",
    ]);
    expect(values(text)).toEqual([7.2, 2.7, 55.75, 57.8]);
    const { metrics } = parseBulletinText(text).bulletin;
    expect(metrics.find((m) => m.value === 57.8)).toMatchObject({
      unit: "%",
      label: "4.制造业增加值占比1-3月",
    });
  });

  test("a full row keeps its columns", () => {
    const rows = rowsOf(
      indicators([
        "经济稳定 | 1.地区生产总值增长率 | % | 7.2 |",
        "质量效益 | 2.税收占比 | % | 21.8 |",
      ]),
    );
    expect(rows.at(-1)).toEqual(["质量效益", "2.税收占比", "%", "21.8%"]);
  });
});

describe("short rows that keep their columns (near-misses)", () => {
  test("a row whose cells agree as they stand is no row under a span", () => {
    // Its last cell is blank because the page left the figure out, not because a span is missing.
    const rows = rowsOf(
      indicators(["经济稳定 | 1.地区生产总值增长率 | % | 7.2 |", "质量效益 | 2.税收占比 | % | |"]),
    );
    expect(rows.at(-1)).toEqual(["质量效益", "2.税收占比", "%", ""]);
  });

  test("a row that closes with no blank cell is padded at its end", () => {
    const text = `${MASTHEAD}地区 | 受理量 | 办结量 | 办结率 |\n城区 | 1203 | 1198 | 99.6% |\n东区 | 856 | 850 |\n说明：数据为初步统计。`;
    expect(rowsOf(text).at(-1)).toEqual(["东区", "856", "850", ""]);
  });

  test("the text writer's bordered rows say where each cell is", () => {
    const text = `${MASTHEAD}| 一级指标 | 二级指标 | 计量单位 | 1-3月 |\n| --- | --- | --- | --- |\n| 经济稳定 | 1.地区生产总值增长率 | % | 7.2 |\n| 2.居民消费价格涨幅 | % | 2.7 | |\n说明：数据为初步统计。`;
    expect(rowsOf(text).at(-1)).toEqual(["2.居民消费价格涨幅", "%", "2.7", ""]);
  });
});
