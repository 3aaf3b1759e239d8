import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearly statistics bulletin that prints the month it was released in brackets on a line of its
 * own under its issuer (`某市统计局` / `（2021年3月）`) and opens with the year it reports on
 * (`2020年，全市…`): that year is the period, not the release month. Near-misses: a monthly report
 * whose bracketed month is its period (`（2021年3月）` over `2021年3月，…`, or over an opening that
 * names no year before it). Written for held-out-123's
 * statistics bulletin; every text is invented.
 */

const periodOf = (body: string) => parseBulletinText(body).bulletin.issue.period;

describe("a bracketed release month over a year's opening", () => {
  test("parseBulletinText: the year the opening states", () => {
    expect(
      periodOf(
        "某市统计局\n（2021年3月）\n2020年，全市上下统筹推进疫情防控和经济社会发展，经济运行稳中向好。\n一、综合\n全年实现地区生产总值1652.3亿元，比上年增长3.1%。",
      ),
    ).toEqual({ kind: "year", year: 2020 });
  });

  test.each([
    {
      what: "a monthly report's month",
      body: "某县地表水环境质量状况报告\n（2021年3月）\n一、监测情况\n2021年3月，全县共监测断面12个，水质优良率100%。",
    },
  ])("parseBulletinText: $what stays the month", ({ body }) => {
    expect(periodOf(body)).toEqual({ kind: "month", month: "2021-03" });
  });
});
