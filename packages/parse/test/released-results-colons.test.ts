import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose opening says a body released a year's figures under no title, the name closed
 * by a colon before the figures it quotes (`近日，某部公布了2018年水土流失动态监测结果：2018年全国水土
 * 流失面积273.69万平方公里`): that year, as with a comma after the name. Every text here is written
 * for the test.
 */

const period = (opening: string) =>
  parseBulletinText(
    `我国水土流失面积持续减少\n\n${opening}\n\n从分布来看，西部地区水土流失最为严重，占全国总面积的83.7%。`,
  ).bulletin.issue.period;

describe("a year's released figures named before a colon", () => {
  test.each([
    ["近日，某部公布了2018年水土流失动态监测结果：2018年全国水土流失面积273.69万平方公里。", 2018],
    ["某省統計局發布2021年全省糧食產量數據：全年糧食總產量達到3856萬噸。", 2021],
  ])("parseBulletinText: `%s` states the year %i", (opening, year) => {
    expect(period(opening)).toEqual({ kind: "year", year });
  });

  test.each([
    [
      "part of the year",
      "近日，某部公布了2018年上半年水土流失动态监测结果：全国水土流失面积减少。",
    ],
    ["a plan's year sent out", "某部印发2019年水土保持工作要点：全年新增治理面积5万平方公里。"],
  ])("parseBulletinText: %s states no year of released figures", (_, opening) => {
    expect(period(opening)?.kind).not.toBe("year");
  });
});
