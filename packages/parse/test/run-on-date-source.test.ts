import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { dateSourceRunOnAt } from "../src/internal/run-on-date-source";

/**
 * A page copied onto one line, its headline run into the page's date and source fields:
 * `某市2022年度个体工商户发展情况分析报告2023年04月12日来源：某市市场监管局一、…`. The headline is the
 * title, parted from the date as when it stands over its metadata line. An issuer's name, a
 * sentence or a date with no label after it keeps its line. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const body =
  "一、全市个体工商户基本情况(一)总量情况。截至2022年末,全市实有个体工商户412365户,比上年增长9.8%。\n(二)新设情况。2022年新设个体工商户68210户,同比增长12.4%。\n";

describe("a headline run into the page's date and source", () => {
  test.each([
    ["a Chinese date", "某市2022年度个体工商户发展情况分析报告2023年04月12日来源:某市市场监管局"],
    [
      "a dashed date and its time",
      "某市2022年度个体工商户发展情况分析报告2023-04-12 10:21 来源:某市市场监管局",
    ],
    ["a 发布 label", "某市2022年度个体工商户发展情况分析报告2023年04月12日发布者:某市市场监管局"],
  ])("(%s): the headline is the title", (_, head) => {
    expect(read(`${head}${body}`).publication.title).toBe("某市2022年度个体工商户发展情况分析报告");
  });

  test.each([
    ["an issuer's name before the date", "某市人民政府办公室2023年04月12日来源:某市人民政府"],
    ["a sentence before the date", "全市经济运行情况良好。2023年04月12日来源:某市统计局"],
    ["a date with no label after it", "某市2022年度个体工商户发展情况分析报告2023年04月12日"],
    ["a date opening its line", "2023年04月12日来源:某市市场监管局"],
  ])("a line of another shape (%s) is not parted", (_, line) => {
    expect(dateSourceRunOnAt(line)).toBeUndefined();
  });

  test("the headline's line is parted where the date starts", () => {
    expect(dateSourceRunOnAt("某市2022年度个体工商户发展情况分析报告2023年04月12日来源:某局")).toBe(
      21,
    );
  });
});
