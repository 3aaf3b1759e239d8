import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A periodical's page whose breadcrumb files it under a year and an issue (`当前位置:首页 > 政府公报 >
 * 2018年 > 第11号(总第154号) > 正文`, as city gazettes' sites print them): the issue's number, year and
 * total number (`第N号` read as gazettes number their issues, like `第N期`). A path whose issue segment
 * does not follow a year's, or a headline that names a `第N号` document, gives none. Every text here is
 * written for the test.
 */

const HEADLINE = "某某同志在全市优化营商环境电视电话会议上的讲话";
const page = (path: string) =>
  parseBulletinText(
    [
      path,
      "",
      HEADLINE,
      "",
      "发布时间:2018-11-02 10:42    文章来源:某市政府办公室",
      "",
      "同志们:",
      "今天召开全市电视电话会议,主要任务是深化改革、优化营商环境。",
    ].join("\n"),
  ).bulletin.issue;
const numbers = (path: string) => {
  const { number, year, totalNumber } = page(path);
  return { number, year, totalNumber };
};

describe("a breadcrumb filing the page under a year and an issue", () => {
  test.each([
    [
      "a gazette's 第N号 with its total number",
      "当前位置:首页 > 政府信息公开 > 政府公报 > 2018年 > 第11号(总第154号) > 正文",
      { number: 11, year: 2018, totalNumber: 154 },
    ],
    [
      "a 第N期 without a total",
      "当前位置:首页 > 政府公报 > 2021年 > 第3期 > 正文",
      { number: 3, year: 2021, totalNumber: undefined },
    ],
    [
      "full-width brackets, the issue last",
      "您的位置:首页 » 政府公报 » 2019年 » 第24期（总第321期）",
      { number: 24, year: 2019, totalNumber: 321 },
    ],
  ])("parseBulletinText: %s", (_, path, expected) => {
    expect(numbers(path)).toEqual(expected);
  });

  test.each([
    ["an issue segment after no year", "当前位置:首页 > 政府公报 > 第11号 > 正文"],
    ["a year segment alone", "当前位置:首页 > 政府公报 > 2018年 > 正文"],
    ["a line that is no breadcrumb", "2018年 > 第11号 请见附件"],
  ])("parseBulletinText: %s gives no issue", (_, path) => {
    expect(numbers(path)).toEqual({ number: undefined, year: undefined, totalNumber: undefined });
  });
});
