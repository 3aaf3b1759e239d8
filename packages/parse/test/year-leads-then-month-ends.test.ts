import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * A paragraph opened by its year that gives a number (a plan's or a year's count: `2017年，某旗计划
 * 完成固定资产投资85.9亿元，增速12%。`), then a sentence opening with where the counts stop without a
 * year (`截止9月底，…完成投资75.33亿元，同比增长2.1%`): the report counts from January to that month's
 * end, as `1-9月，…` in that place does. December's end is the whole year. A month's end in another
 * year, a month without its end (`截至9月，`), or one inside a clause (`…较截至9月底增加…`) states none.
 * Written for the rule (the corpus's shape, a banner's investment note, is the first).
 */

const period = (opening: string) =>
  parseBulletinText(
    `某旗固定资产投资完成情况\n${opening}\n一、分行业情况\n工业项目50项，完成投资26.77亿元。`,
  ).bulletin.issue.period;

describe("a year's lead, then the months up to a month's end", () => {
  test.each([
    [
      "2017年，我旗计划完成固定资产投资85.9亿元，增速12%。截止9月底，固定资产投资项目已开工162项，完成投资75.33亿元，同比增长2.1%。",
      { kind: "range", start: "2017-01-01", end: "2017-09-30" },
    ],
    [
      "2020年，全县安排重点项目120个，总投资300亿元。截至6月末，累计完成投资85.2亿元。",
      { kind: "range", start: "2020-01-01", end: "2020-06-30" },
    ],
    [
      "2019年，全市计划新增城镇就业5万人；截至2019年10月底，已新增4.2万人。",
      { kind: "range", start: "2019-01-01", end: "2019-10-31" },
    ],
    // December's end: the year itself.
    ["2018年，全县安排重点项目458个。截至12月底，完成投资120亿元。", { kind: "year", year: 2018 }],
    // Counter-cases: no month's end that opens a sentence of the year's paragraph.
    ["2018年，全县安排重点项目458个。截至9月，完成投资120亿元。", { kind: "year", year: 2018 }],
    ["2018年，全县安排重点项目458个，较截至9月底增加12个。", { kind: "year", year: 2018 }],
    [
      "2018年，全县安排重点项目458个。截至2017年9月底，完成投资120亿元。",
      { kind: "year", year: 2018 },
    ],
  ])("parseBulletinText: `%s`", (opening, expected) => {
    expect(period(opening)).toEqual(expected);
  });

  test("parseBulletinText: a year's lead and 截至N月底 report on January to N's last day (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 11 }),
        (year, month) => {
          const end = `${year}-${String(month).padStart(2, "0")}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;
          expect(
            period(`${year}年，全县计划完成投资85.9亿元。截至${month}月底，完成投资75.3亿元。`),
          ).toEqual({ kind: "range", start: `${year}-01-01`, end });
        },
      ),
      { numRuns: 30 },
    );
  });
});
