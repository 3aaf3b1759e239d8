import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose opening names the yearly report it covers before the verb that released it
 * (`《2020年某市“接诉即办”改革工作年度报告》对外发布`, `《2023年某省生态环境状况公报》今天正式公布`):
 * the report's year, as when the verb comes first (`发布《…公报》`). A report of part of a year, one
 * only quoted (`据《…公报》`) or a title that ends as no report does states no year. Every text here is
 * written for the test.
 */

const period = (opening: string) =>
  parseBulletinText(
    `某市1100多万件群众来电中，反映最多的是这些事儿\n\n${opening}\n\n第一是疫情防控、107.7万件；\n\n第二是市场管理、98万件，主要反映网络交易等问题。`,
  ).bulletin.issue.period;

describe("a yearly report's title before the verb that released it", () => {
  test.each([
    [
      "今天上午，某市编制的《2020年某市“接诉即办”改革工作年度报告》对外发布。热线共受理群众来电。",
      2020,
    ],
    ["《2023年某省生态环境状况公报》今天正式公布，全省空气质量持续改善。", 2023],
    ["《2021年某市国民經濟和社會發展統計公報》日前發布，全年經濟總體回升向好。", 2021],
    ["由某局编写的《2019某市旅游年鉴》近日公布，收录旅游统计资料。", 2019],
  ])("parseBulletinText: `%s` states the year %i", (opening, year) => {
    expect(period(opening)).toEqual({ kind: "year", year });
  });

  test.each([
    ["a half year", "《2020年上半年某市“接诉即办”改革工作报告》对外发布，热线共受理群众来电。"],
    ["a quarter", "《2020年第三季度某市生态环境状况公报》今天正式公布，全省空气质量持续改善。"],
    [
      "a report only quoted",
      "据《2020年某市“接诉即办”改革工作年度报告》记载，热线共受理群众来电。",
    ],
    [
      "a title that is no report",
      "《2020年某市“接诉即办”改革工作方案》对外发布，热线共受理群众来电。",
    ],
    [
      "a verb far after the title",
      "《2020年某市“接诉即办”改革工作年度报告》由市民热线服务中心编制并经审定后发布。",
    ],
  ])("parseBulletinText: %s states no year of a yearly report", (_, opening) => {
    expect(period(opening)?.kind).not.toBe("year");
  });
});
