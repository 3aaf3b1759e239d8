import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An amount of trillions printed with 兆, as Taiwan's banks and ministries write them, and the
 * hundred millions after it (`放款總餘額28兆4,615億元`, `存款總額3兆2050亿元`): one figure, 兆 read as
 * 万亿 (10^12) and the two parts summed (28.4615 × 10^12 元). 兆 that names a unit (`120兆瓦`,
 * `5兆帕`), 兆 with no hundred millions after it and a rest of five digits keep their old reading.
 * Every text here is written for the test.
 */

const figures = (body: string) =>
  parseBulletinText(`一、基本情況\n${body}`).bulletin.metrics.map(({ value, unit }) => ({
    value,
    unit,
  }));

describe("trillions printed with 兆", () => {
  test.each([
    ["本國銀行放款總餘額28兆4,615億元,較上月底增加。", 28_461_500_000_000],
    ["全體金融機構存款總額3兆2050亿元。", 3_205_000_000_000],
    ["放款餘額達17兆86億元,創新高。", 17_008_600_000_000],
    ["外匯存底為1兆5億元。", 1_000_500_000_000],
  ])("%s → %d 元", (body, value) => {
    expect(figures(body)).toEqual([{ value, unit: "元" }]);
  });

  test("the change after it stays its comparison", () => {
    const [metric] = parseBulletinText("一、基本情況\n放款總餘額21兆3,600億元,較上月增加0.42%。")
      .bulletin.metrics;
    expect(metric).toMatchObject({ value: 21_360_000_000_000, unit: "元" });
  });

  // Near-misses: 兆 naming a unit, 兆 alone, and a rest of five digits stay as they were.
  test.each([
    ["新增裝機容量120兆瓦。", [{ value: 120, unit: "兆瓦" }]],
    ["共有12兆元資金待撥。", []],
    ["放款總餘額28兆46150億元。", [{ value: 4_615_000_000_000, unit: "元" }]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
