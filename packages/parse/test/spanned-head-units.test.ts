import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A statistics table whose head's upper row spans the columns of the row under it (`本年 | | 增长(%) | |`
 * over `本月 | 累计 | 本月 | 累计`), or prints its spanning cells one after another, its blanks at the
 * end (`本年 | 增长(%) | |`, each over as many columns), issue 14, formerly held-out-52 (a province's
 * 社会消费品零售总额 table under `金额单位:万元`): the columns under `增长(%)` hold percentages, not the
 * caption's 万元: the 同比 changes of the figures at the same place under `本年` (as
 * grouped-column-tables.test.ts reads them). Every text here is written for the test.
 */

const figures = (lines: string[]): string[] =>
  parseBulletinText(
    ["某市消费品市场运行情况", "全市消费品市场保持平稳增长。", ...lines].join("\n"),
  ).bulletin.metrics.map(
    (m) =>
      `${m.label}=${m.value}${m.unit}${m.comparison === undefined ? "" : ` ${m.comparison.basis} ${m.comparison.change}%`}`,
  );

const BODY = ["零售总额 | 1205.6 | 8602.3 | 8.1 | 7.2 |", "城镇 | 1001.2 | 7003.4 | 8.3 | 7.5 |"];
const READ = [
  "零售总额本月=12056000元 yoy 8.1%",
  "零售总额累计=86023000元 yoy 7.2%",
  "城镇本月=10012000元 yoy 8.3%",
  "城镇累计=70034000元 yoy 7.5%",
];

describe("a column's unit named by the head cell spanning it", () => {
  test.each([
    [
      "spans printed with blank cells",
      [
        "金额单位：万元 | ||||",
        "项目 | 本年 | | 增长(%) | |",
        "| 本月 | 累计 | 本月 | 累计 |",
        ...BODY,
      ],
    ],
    [
      "spans printed one after another",
      [
        "金额单位：万元 | ||||",
        "项目 | 本年 | 增长(%) | |",
        "本月 | 累计 | 本月 | 累计 | |",
        ...BODY,
      ],
    ],
  ])("%s", (_, lines) => {
    expect(figures(lines as string[])).toEqual(READ);
  });

  test("a spanning cell that names no unit leaves the caption's unit to the columns under it", () => {
    expect(
      figures([
        "金额单位：万元 | ||||",
        "项目 | 2023年 | | 2022年 | |",
        "| 本月 | 累计 | 本月 | 累计 |",
        "零售总额 | 1205.6 | 8602.3 | 1100.2 | 7900.4 |",
      ]),
    ).toEqual([
      "零售总额本月=12056000元",
      "零售总额累计=86023000元",
      "零售总额本月=11002000元",
      "零售总额累计=79004000元",
    ]);
  });
});
