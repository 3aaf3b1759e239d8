import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A table's change column that names no basis (`增/减幅(%)`) after two columns of the same words for
 * consecutive months or years: each rate is the change of the figure in the later column, month on
 * month or year on year. The first case is an excerpt of `jiangmen-chengguan-2023-04-trad` (its
 * 汇总表; `jiangmen-chengguan-2024-07` prints the same table); the others are written for the test.
 */

const changes = (text: string): string[] =>
  parseBulletinText(text)
    .bulletin.metrics.filter((m) => m.comparison !== undefined)
    .map((m) => `${m.label}=${m.value}${m.unit} ${m.comparison?.basis} ${m.comparison?.change}`);

const table = (head: string, rows: string[]): string =>
  ["一、案件受理情况", "(一)汇总表", head, ...rows, "二、其他"].join("\n");

describe("change columns after two periods", () => {
  test.each([
    [
      table("案件来源 | 3月受理数(宗) | 4月受理数(宗) | 增/减幅(%) |", [
        "信息采集 | 11015 | 11286 | 2.40% |",
        "微信微博APP | 49 | 48 | -2.08% |",
        "合 计 | 12185 | 13079 | 6.84% |",
      ]),
      [
        "信息采集4月受理数=11286宗 mom 2.4",
        "微信微博APP4月受理数=48宗 mom -2.08",
        "合计4月受理数=13079宗 mom 6.84",
      ],
    ],
    [
      table("案件来源 | 12月受理数(件) | 1月受理数(件) | 增减幅(%) |", [
        "信息采集 | 1000 | 1100 | 10.00% |",
        "公众举报 | 40 | 30 | -25.00% |",
      ]),
      ["信息采集1月受理数=1100件 mom 10", "公众举报1月受理数=30件 mom -25"],
    ],
    [
      table("指标 | 2020年受理量(件) | 2021年受理量(件) | 增幅(%) |", [
        "来电 | 5000 | 5500 | 10.00% |",
        "来信 | 200 | 180 | -10.00% |",
      ]),
      ["来电2021年受理量=5500件 yoy 10", "来信2021年受理量=180件 yoy -10"],
    ],
  ])("%s", (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });

  test.each([
    // Months not consecutive, words that differ, a change counted in the column's unit, and a
    // head naming its basis itself: no rate is read as a month's or year's change here.
    table("案件来源 | 1月受理数(宗) | 4月受理数(宗) | 增/减幅(%) |", [
      "信息采集 | 11015 | 11286 | 2.40% |",
    ]),
    table("案件来源 | 4月受理数(宗) | 4月办结数(宗) | 增/减幅(%) |", [
      "信息采集 | 11286 | 11015 | 2.40% |",
    ]),
    table("案件来源 | 3月受理数(宗) | 4月办结数(宗) | 增/减幅(%) |", [
      "信息采集 | 11015 | 11286 | 2.40% |",
    ]),
    table("单位 | 3月完成数(件) | 4月完成数(件) | 增/减(件) |", ["蓬江区 | 2656 | 2688 | 32 |"]),
  ])("%s reads no change", (text) => {
    expect(changes(text)).toEqual([]);
  });
});
