import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A monthly report whose first sentence frames its year (`2022年是“十四五”规划的关键之年，…。`) and whose
 * next sentence opens with the months from January it counts without their year (`1-8月，…`): those
 * months of the framed year are the span reported on. Every text here is written for the test.
 */

const period = (opening: string) =>
  parseBulletinText(
    `${opening}\n\n其中，工业企业实现利润总额38.6亿元，同比增长12.4%。\n\n资产总额1.25万亿元，同比增长6.3%。`,
  ).bulletin.issue.period;

const months = (year: number, to: number) => ({
  kind: "range",
  start: `${year}-01-01`,
  end: new Date(Date.UTC(year, to, 0)).toISOString().slice(0, 10),
});

describe("the months a report counts under the year its first sentence frames", () => {
  test.each([
    [
      "2022年是“十四五”规划承上启下的关键之年，某市国资委统筹推进稳增长各项工作。1-8月，市属企业实现营业收入2,108.4亿元，同比增长9.6%。",
      2022,
      8,
    ],
    ["2019年是新中国成立70周年，全区上下奋力攻坚。1至4月全区规上工业增加值同比增长7.8%。", 2019, 4],
    [
      "2023年是全面贯彻党的二十大精神的开局之年。1—10月，全县完成固定资产投资86.2亿元，同比增长5.1%。",
      2023,
      10,
    ],
  ])("parseBulletinText: `%s` counts %i's first months", (opening, year, to) => {
    expect(period(opening)).toEqual(months(year, to));
  });

  test.each([
    // The whole year counted after the frame.
    [
      "2021年是建党100周年，全区上下团结奋进。全年实现地区生产总值356.2亿元，同比增长8.1%。",
      { kind: "year", year: 2021 },
    ],
    // The months stated with their year later, or not opening the next sentence.
    [
      "2020年是极不平凡的一年，全县上下众志成城。截至1-6月，全县实现营业收入46.2亿元，同比增长3.1%。",
      { kind: "year", year: 2020 },
    ],
  ])("parseBulletinText: `%s` keeps its period (counter-case)", (opening, span) => {
    expect(period(opening)).toEqual(span);
  });
});
