import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline that prints the year before the body it quotes, the quarter or half after the
 * colon (`2023年某部：一季度…`, `2024年某局：上半年…`): the span is that quarter or half of the year, as
 * `某部：2023年一季度…` says. A year before a colon with no span after it stays the year. Written for
 * the rule (batch s17b's forum copy `2023年交通运输部:一季度交通运输经济运行…` was read as the year
 * 2023); the headlines are invented.
 */

const LEDE = "会上，新闻发言人介绍，全省完成公路货运量18.7亿吨，同比增长5%。";
const period = (headline: string) =>
  parseBulletinText(`${headline}\n来源：某某日报\n${LEDE}`).bulletin.issue.period;

describe("a headline's year before the body it quotes", () => {
  test.each([
    [
      "2023年某省交通运输厅：一季度全省交通运输经济运行加快恢复",
      { start: "2023-01-01", end: "2023-03-31" },
    ],
    ["2024年某市统计局:上半年全市经济运行总体平稳", { start: "2024-01-01", end: "2024-06-30" }],
    ["2022年某省人社厅：前三季度城镇新增就业52万人", { start: "2022-01-01", end: "2022-09-30" }],
  ])("`%s` → %j", (headline, span) => {
    expect(period(headline)).toMatchObject({ kind: "range", ...span });
  });

  test("a year before a colon with no span after it stays the year", () => {
    expect(period("2023年某省交通运输厅：全省交通运输经济运行加快恢复")).toEqual({
      kind: "year",
      year: 2023,
    });
  });
});
