import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy of a report delivered to a people's congress, its lead naming the report
 * (`…在省人大常委会会议上作了《关于2021年度省级预算执行…审计查出问题整改情况的报告》`): the report
 * covers the year (or 年度) its name opens with after `关于` (a place's name perhaps between). A
 * name stating a half year keeps that span; a name holding a second year, a name whose year is
 * not right after `关于` (the place aside), and a report the lead only mentions keep no year.
 * Every text here is written for the test.
 */

const body =
  "\n一、财政管理审计查出问题的整改情况\n（一）关于预算执行进度较为缓慢的问题。截至10月中旬，已整改115个，整改率91.2%，下达资金67.2亿元。";

const periodOf = (lead: string) => parseBulletinText(`${lead}${body}`).bulletin.issue.period;

describe("the year of a report a lead says was delivered", () => {
  test.each([
    [
      "受省政府委托，11月24日，省审计厅厅长王某在省人大常委会第四十二次会议上作了《关于2021年度省级预算执行和其他财政收支审计查出问题整改情况的报告》。报告的主要内容如下：",
      2021,
    ],
    [
      "受市政府委托，市审计局局长李某向市人大常委会作《关于2022年度市本级预算执行和其他财政收支的审计工作报告》，现将主要内容摘登如下：",
      2022,
    ],
    [
      "9月15日，市人大常委会听取了审计局受市政府委托所作的《关于某市2020年度市本级预算执行和其他财政收支的审计工作报告》。",
      2020,
    ],
    [
      "受省政府委託，省審計廳廳長王某在省人大常委會會議上作了《關於2019年度省級預算執行和其他財政收支的審計工作報告》。",
      2019,
    ],
  ])("`%s` covers its year", (lead, year) => {
    expect(periodOf(lead)).toEqual({ kind: "year", year });
  });

  test("a name stating a half year keeps that span", () => {
    expect(
      periodOf("市统计局局长在市人大常委会会议上作了《关于2021年上半年全市经济运行情况的报告》。"),
    ).toEqual({ kind: "range", start: "2021-01-01", end: "2021-06-30" });
  });

  test.each([
    [
      "a name holding a second year",
      "市发展改革委主任在市人大会议上作了《关于2021年国民经济和社会发展计划执行情况与2022年计划草案的报告》。",
    ],
    [
      "a year inside the name's words",
      "省审计厅厅长在省人大常委会会议上作了《关于进一步加强2021年度审计整改工作的报告》。",
    ],
    [
      "a report the lead only mentions",
      "省审计厅认真学习《关于2021年度省级预算执行和其他财政收支的审计工作报告》的审议意见。",
    ],
  ])("%s states no year", (_, lead) => {
    expect(periodOf(lead)).toBeUndefined();
  });
});
