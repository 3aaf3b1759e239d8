import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * News of a work report delivered to a congress or a meeting, saying the report reviewed a year
 * (`报告用八个部分全面回顾了2018年某县法院…取得的主要成绩`, `会议回顾了2020年全市…`): the news reports on
 * that year, not the year the report plans (`同意报告提出的2019年工作安排`). A review since a year
 * (`回顾了2018年以来`), of a span of years (`回顾了2016年至2020年`), or one no report or meeting made
 * (`记者回顾了2018年…`) states none. Written for the rule (the corpus's shape, a county court's
 * report to the county people's congress, is the first).
 */

const period = (review: string) =>
  parseBulletinText(
    `3月25日上午，某县第十五届人民代表大会第三次会议圆满完成预定的各项议程后胜利闭幕。\n会议对某县法院过去一年的工作给予了充分肯定，完全同意报告提出的2019年工作安排。\n${review}\n报告最后指出，2019年是新中国成立70周年。`,
  ).bulletin.issue.period;

describe("a report's review of a year", () => {
  test.each([
    "报告用八个部分全面回顾了2018年某县法院在审判执行、司法改革等方面取得的主要成绩。一年来，共受理各类案件10008件。",
    "报告回顾了2018年的工作，共受理各类案件10008件，结案9127件。",
    "會議回顧了2018年全縣法院工作，共受理各類案件10008件。",
  ])("parseBulletinText: `%s` states 2018", (review) => {
    expect(period(review)).toEqual({ kind: "year", year: 2018 });
  });

  test.each([
    "报告回顾了2018年以来某县法院的工作，共受理各类案件10008件。",
    "报告回顾了2016年至2018年某县法院的工作，共受理各类案件30008件。",
    "记者回顾了2018年某县法院的工作，共受理各类案件10008件。",
  ])("parseBulletinText: `%s` states no year (counter-case)", (review) => {
    expect(period(review)).toBeUndefined();
  });
});
