import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report's opening span of days written with a doubled dash (`2023年5月8日——5月14日，…`, the
 * Chinese dash, or `--` as a copy typed it, times of day perhaps after the days:
 * `2020年10月1日00:00--31日24:00，…`): the span reported on, as with one dash. A dash after a
 * date that no second day follows states no span. Every text here is written for the test.
 */

const periodOf = (opening: string) =>
  parseBulletinText(`某省法定传染病疫情概况\n${opening}\n一、基本情况\n甲类传染病0例。`).bulletin
    .issue.period;

describe("a span of days written with a doubled dash", () => {
  test.each([
    [
      "2020年10月1日00:00--31日24:00,全省共报告法定传染病4476例,死亡4例。",
      "2020-10-01",
      "2020-10-31",
    ],
    ["2023年5月8日——5月14日，全市12345热线共受理诉求8563件。", "2023-05-08", "2023-05-14"],
    ["2024年3月1日——31日，全省共报告法定传染病3120例。", "2024-03-01", "2024-03-31"],
    ["2024年3月1日—31日，全省共报告法定传染病3120例。", "2024-03-01", "2024-03-31"],
  ])("`%s` reports on its days", (opening, start, end) => {
    expect(periodOf(opening)).toEqual({ kind: "range", start, end });
  });

  test("a dash after a date with no second day states no span", () => {
    expect(periodOf("2023年5月8日——市统计局发布数据显示，全市受理诉求8563件。")).toBeUndefined();
  });
});
