import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A table cell that is a number with a minus (`-3.92` in a row whose unit cell is `%`, `−0.8%`,
 * `－1.5`): the minus is the figure's, as a change's sign after its words is (`增长-15.3%`), so the
 * cell is a metric below zero. A plus (`+7.2`) keeps the cell text: a metric above zero prints
 * without it, so the cell would not read back as printed. A minus joining two numbers (`1-3`), a
 * dash standing for no data (`-`, `—`), a signed count (`-8件`, which no unit of a count takes) and
 * a rate under a head of changes (`涨跌幅`, `環比增長`) keep their reading. Every table here is
 * written for the test.
 */

const MASTHEAD = "某省发展主要指标监测\n";

const indicators = (rows: readonly string[]): string =>
  `${MASTHEAD}一级指标 | 二级指标 | 计量单位 | 1-3月 |\n${rows.join("\n")}\n说明：数据为初步统计。`;

const metricsOf = (text: string) => parseBulletinText(text).bulletin.metrics;

describe("a signed number filling a table cell", () => {
  test.each([
    [
      "a minus, the unit in the row's unit cell",
      "资源环境 | 9.单位GDP能源消耗降低 | % | -3.92 |",
      -3.92,
    ],
    ["a minus with two decimals", "资源环境 | 10.工业单位增加值能耗 | % | -8.20 |", -8.2],
    ["a full-width minus", "资源环境 | 9.单位GDP能源消耗降低 | % | －1.5 |", -1.5],
    ["a minus sign", "资源环境 | 9.单位GDP能源消耗降低 | % | −0.8 |", -0.8],
  ])("%s: is a metric with its sign", (_, row, value) => {
    const metrics = metricsOf(indicators(["经济稳定 | 1.居民消费价格涨幅 | % | 2.7 |", row]));
    expect(metrics.map((m) => m.value)).toEqual([2.7, value]);
    expect(metrics[1]?.unit).toBe("%");
  });

  test("a percentage printed with a minus in the cell is a metric with its sign; one with a plus stays text", () => {
    // (Under a head of changes, `满意率变化`, a bare `+1.2%` stays text: which column it compares is
    // not written.)
    const text = `${MASTHEAD}地区 | 营业收入 | 办结率 | 利润率 |\n城区 | 1203件 | 99.6% | -0.5% |\n东区 | 856件 | 99.3% | +1.2% |\n说明：数据为初步统计。`;
    expect(metricsOf(text).map((m) => m.value)).toEqual([1203, 99.6, -0.5, 856, 99.3]);
  });

  test("the metric is labelled by its row and column", () => {
    const [, metric] = metricsOf(
      indicators([
        "经济稳定 | 1.居民消费价格涨幅 | % | 2.7 |",
        "资源环境 | 9.单位GDP能源消耗降低 | % | -3.92 |",
      ]),
    );
    expect(metric?.label).toBe("9.单位GDP能源消耗降低1-3月");
  });

  test("fast-check: any decimal with a minus under a % unit cell reads back with its sign", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom("-", "−", "－"),
        (n, digits, minus) => {
          const value = n / 10 ** digits;
          const printed = `${minus}${value.toFixed(digits)}`;
          const metrics = metricsOf(
            indicators([
              "经济稳定 | 1.居民消费价格涨幅 | % | 2.7 |",
              `资源环境 | 9.单位能源消耗降低 | % | ${printed} |`,
            ]),
          );
          expect(metrics[1]?.value).toBe(-value);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("cells that are no signed figure (near-misses)", () => {
  test.each([
    ["a dash for no data", "资源环境 | 9.单位GDP能源消耗降低 | % | - |"],
    ["a long dash for no data", "资源环境 | 9.单位GDP能源消耗降低 | % | — |"],
    ["a span of months", "资源环境 | 9.监测时段 | 月 | 1-3 |"],
    ["a plus", "经济稳定 | 2.地区生产总值增长率 | % | +7.2 |"],
  ])("%s stays text", (_, row) => {
    const bulletin = parseBulletinText(
      indicators(["经济稳定 | 1.居民消费价格涨幅 | % | 2.7 |", row]),
    ).bulletin as Bulletin;
    expect(bulletin.metrics.map((m) => m.value)).toEqual([2.7]);
    const last = tablesOf(bulletin)[0]?.rows.at(-1)?.at(-1);
    expect(last && cellText(bulletin, last)).toBe(row.split(" | ").at(-1)?.replace(" |", ""));
  });

  test.each([
    ["a rise-or-fall head", "涨跌幅(%)"],
    ["a head of a rise or a cut", "增/减幅(%)"],
    ["a traditional head", "環比增長(%)"],
    ["a traditional head of a change", "變化(%)"],
  ])("under %s, a signed rate is a change and stays text, as an unsigned one does", (_, head) => {
    const text = `${MASTHEAD}表1 居民消费价格变动 | |\n指标名称 | ${head} |\n食品烟酒 | -2.1 |\n居住 | 2.6 |\n说明：数据为初步统计。`;
    expect(metricsOf(text)).toEqual([]);
  });

  test("a signed count is no metric: a count does not fall below zero", () => {
    const text = `${MASTHEAD}地区 | 受理量 | 增减 |\n城区 | 1203件 | +12件 |\n东区 | 856件 | -8件 |\n说明：数据为初步统计。`;
    expect(metricsOf(text).map((m) => m.value)).toEqual([1203, 856]);
  });

  test("running text: a sign opening a paragraph joins no number before it", () => {
    const text = `${MASTHEAD}一、总体情况\n全省能耗同比下降3.92%。\n-1-\n全省受理群众诉求1203件。`;
    expect(metricsOf(text).map((m) => m.value)).toEqual([3.92, 1203]);
  });
});
