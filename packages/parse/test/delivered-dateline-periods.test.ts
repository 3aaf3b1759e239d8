import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report's dateline naming the day it was delivered at a meeting (`2023年7月20日在省七届人大常委会
 * 第五次会议上`), met as a title in held-out-7x's audit reports: that day is the report's date, not
 * the span it reports on; the year the opening reports (`报告2022年度…审计情况`) is. Every text here is
 * invented. Near-miss: a daily report's title opening with its day (`2021年10月8日，某县…进程报告`)
 * still states that day.
 */

const issue = (text: string) => parseBulletinText(text).bulletin.issue;

describe("a delivered report's dateline", () => {
  test.each([
    [
      "a standing committee's session",
      "2023年7月20日在市十届人大常委会第九次会议上\n某市审计局局长 某某\n市人民代表大会常务委员会：\n我受市政府委托，报告2022年度市本级预算执行和其他财政收支的审计情况，请予审议。\n一、基本情况",
      2022,
    ],
    [
      "a congress, the year's rectification report",
      "2021年1月19日在县十七届人大常委会第三十次会议上\n县审计局局长 某某\n主任、各位副主任、各位委员：\n受县政府委托，我向县人大常委会报告2019年度县本级预算执行审计查出问题的整改情况，请予审议。",
      2019,
    ],
    [
      "a people's congress",
      "2024年1月15日在县第十八届人民代表大会第四次会议上\n县审计局局长 某某\n各位代表：\n我受县政府委托，报告2023年度县本级预算执行和其他财政收支的审计情况，请予审议。",
      2023,
    ],
  ])("%s: the reported year, not the day", (_, text, year) => {
    expect(issue(text).period).toEqual({ kind: "year", year });
  });

  test("near-miss: a daily report's title states its day", () => {
    expect(
      issue(
        "2021年10月8日，某县疫情防控工作进程报告\n一、总体情况\n全县当日新增核酸检测12000人次，结果均为阴性。",
      ).period,
    ).toEqual({ kind: "day", date: "2021-10-08" });
  });
});
