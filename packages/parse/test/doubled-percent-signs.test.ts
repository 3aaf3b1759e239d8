import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A percent sign printed twice (`同比增长40.8%%`, `完成年计划78.52%%`), as a page whose template escaped
 * the sign for a format string shows it: one sign, so the rate is a figure or the change of the figure
 * before it, as `40.8%` is. A doubled sign after no number and one sign stay as they were. Every text
 * here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map(
    (m) =>
      `${m.value}${m.unit}${m.comparison ? `(${m.comparison.basis} ${m.comparison.change})` : ""}`,
  );

describe("doubled percent signs", () => {
  test.each([
    [
      "截至9月，该镇财政总收入达18620万元，同比增长25.3%%，完成年计划81.06%%。",
      ["186200000元(yoy 25.3)", "81.06%"],
    ],
    ["规模以上工业产值完成27.45亿元，同比增长6.2%%；", ["2745000000元(yoy 6.2)"]],
    ["企业自营出口完成2105万美元，同比增长12.7%%。", ["21050000美元(yoy 12.7)"]],
    ["农村居民人均可支配收入增长9.1%%。", ["9.1%"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("the paragraph keeps no doubled sign after the figure", () => {
    const { bulletin } = parseBulletinText("一、情况\n全年完成年计划81.06%%，进度较快。");
    expect(JSON.stringify(bulletin.sections)).not.toContain('"%，');
  });
});

describe("percent signs that stay as they were (near-misses)", () => {
  test.each([
    ["完成年计划81.06%，进度较快。", ["81.06%"]],
    ["按%%格式填写数据。", []],
    ["增长幅度以%%表示，12.5个百分点。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
