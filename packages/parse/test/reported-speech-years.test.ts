import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy of a press conference whose speaker's words open with a year (`…副司长在发布会上介绍
 * 说，2020年，全国共完成抽检638万批次`) states the year the figures cover, as a hearsay lead-in does
 * (`。据了解，2017年，…`). Speech without a figure, a year's months, or a speaker's plans (`表示，
 * 2023年，…要…`) state no year here. Every text
 * here is written for the test.
 */

const lede = (speech: string): string =>
  `某部门：全年工作总体平稳\n\n4月12日，某部门有关负责人在新闻发布会上${speech}`;

describe("a year opening a speaker's words", () => {
  test.each([
    ["介绍说，2019年，全国共完成监督抽检512万批次，总体不合格率为2.1%。", 2019],
    ["介紹說,2018年,全國共完成監督抽檢412萬批次,總體不合格率為2.4%。", 2018],
    ["介绍说：2021年，全系统共受理投诉举报1260万件，同比增长6.2%。", 2021],
  ])("`%s` states %i", (speech, year) => {
    const { period } = parseBulletinText(lede(speech)).bulletin.issue;
    expect(period).toEqual({ kind: "year", year });
  });

  test.each([
    ["no figure", "介绍说，2019年，各地抽检工作稳步推进，成效明显。"],
    ["a span of months", "介绍说，2019年1-6月，全国共完成监督抽检212万批次。"],
    ["a speaker's plans", "表示，2023年，全系统要力争完成监督抽检600万批次。"],
  ])("%s states no year here", (_, speech) => {
    const { period } = parseBulletinText(lede(speech)).bulletin.issue;
    expect(period === undefined || period.kind !== "year").toBe(true);
  });
});
