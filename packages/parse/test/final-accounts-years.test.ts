import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report on a year's final accounts stated before a later half year (`我受径山镇人民政府委托向大会作
 * 2021年度镇财政决算和2022年上半年财政预算执行情况的报告`, yuhang-jingshan-town-final-accounts-2021):
 * final accounts close a whole year, the first span stated. A half year's budget report alone is
 * still read as that half.
 */

const speech = (line: string): string =>
  `各位代表、同志们：\n${line}\n2021年财政总收入完成29206万元，为调整预算的110.21%。其中：地方财政收入完成15211万元。`;

describe("a year's final accounts", () => {
  test.each([
    "我受径山镇人民政府委托向大会作2021年度镇财政决算和2022年上半年财政预算执行情况的报告，请各位代表审议。",
    "我受镇人民政府委托，向大会报告2021年财政决算和2022年上半年预算执行情况，请予审议。",
  ])("`%s` reports the year 2021", (line) => {
    expect(parseBulletinText(speech(line)).bulletin.issue.period).toEqual({
      kind: "year",
      year: 2021,
    });
  });

  test.each([
    [
      "a half year's budget report alone",
      "我受镇人民政府委托向大会作2022年上半年财政预算执行情况的报告，请各位代表审议。",
      { kind: "range", start: "2022-01-01", end: "2022-06-30" },
    ],
    [
      "a half year before the accounts",
      "我受镇人民政府委托向大会作2022年上半年财政预算执行和2021年度决算情况的报告，请各位代表审议。",
      { kind: "range", start: "2022-01-01", end: "2022-06-30" },
    ],
  ])("%s is still read as stated first", (_, line, span) => {
    expect(parseBulletinText(speech(line)).bulletin.issue.period).toEqual(span);
  });
});
