import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A percent sign printed twice (`同比增长27.3%%`, `按时办结率99.80%%`), as a site that escapes `%` for
 * its templates prints every percentage: one percentage, read as if printed once, a rate or the
 * change of the figure before it. Every text here is written for the test.
 */
const parseOne = (body: string) => parseBulletinText(`一、工作动态\n${body}`).bulletin;
const read = (body: string): string[] => figures(body).map((f) => f.slice(f.indexOf("=") + 1));

describe("a percent sign printed twice", () => {
  test.each([
    [
      "全镇财政总收入18852万元，同比增长27.3%%，完成年计划81.6%%。",
      "全镇财政总收入18852万元，同比增长27.3%，完成年计划81.6%。",
    ],
    ["按时办结率99.80%%，回访满意率98.1%%。", "按时办结率99.80%，回访满意率98.1%。"],
    ["工业产值完成12.6亿元，同比下降3.4%%。", "工业产值完成12.6亿元，同比下降3.4%。"],
  ])("%s reads as %s", (doubled, once) => {
    expect(read(doubled)).toEqual(read(once));
    expect(read(doubled).length).toBeGreaterThan(0);
  });

  test("the change is the comparison of the figure before it", () => {
    const { metrics } = parseOne("全镇财政总收入18852万元，同比增长27.3%%。");
    expect(metrics.map((m) => m.comparison)).toEqual([
      { basis: "yoy", change: 27.3, changeUnit: "percent" },
    ]);
  });
});
