import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A bulletin's page that prints its clocked stamp (`2023-05-06 10:01:02`) alone on the first line,
 * over the bulletin's name closed by its issue's number (`某省档案工作简报第42期（总第318期）`): the
 * masthead goes on under the stamp, so the name is the title and the numbers are the issue's; the
 * page's labelled date (`发布时间：…`) dates the issue, the stamp only when none is printed.
 * Near-misses keep what the parser read before: a headline under the stamp that names no issue
 * number, a sentence that names one. Every text here is written for the test.
 */

const BODY =
  "\n\n11月1日，全省档案工作会议在某市召开，会议总结了前三季度工作，部署了下一阶段任务。";

function read(text: string) {
  const { bulletin: b } = parseBulletinText(text);
  return {
    title: b.publication.title,
    number: b.issue.number,
    totalNumber: b.issue.totalNumber,
    publishedOn: b.issue.publishedOn,
  };
}

describe("a page's clocked stamp over the bulletin's name and number", () => {
  test.each([
    {
      what: "name, number and total number, a labelled date under them",
      text: `2023-05-06 10:01:02\n\n某省档案工作简报第42期(总第318期)\n\n发布时间:2022-11-03 09:12:00 浏览次数: 【字体:${BODY}`,
      expected: {
        title: "某省档案工作简报",
        number: 42,
        totalNumber: 318,
        publishedOn: "2022-11-03",
      },
    },
    {
      what: "a breadcrumb over the stamp, the number alone after the name",
      text: `您的位置: 首页 >工作动态>详细内容\n2021-09-14 16:20\n\n某市地方志工作通报第7期\n\n发布时间:2021-08-30 10:00:00 【字体:${BODY}`,
      expected: {
        title: "某市地方志工作通报",
        number: 7,
        totalNumber: undefined,
        publishedOn: "2021-08-30",
      },
    },
    {
      what: "no labelled date: the stamp dates the issue",
      text: `2020-04-02 08:15:40\n\n某县农业信息快报第15期${BODY}`,
      expected: {
        title: "某县农业信息快报",
        number: 15,
        totalNumber: undefined,
        publishedOn: "2020-04-02",
      },
    },
  ])("$what", ({ text, expected }) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("near-misses: the stamp stays the page's date", () => {
  test.each([
    {
      what: "a headline that names no issue number",
      text: `2023-05-06 10:01:02\n\n某省档案工作会议召开\n\n11月1日，全省档案工作会议在某市召开。`,
      expected: {
        title: undefined,
        number: undefined,
        totalNumber: undefined,
        publishedOn: "2023-05-06",
      },
    },
    {
      what: "a sentence that names an issue",
      text: `2023-05-06 10:01:02\n\n第42期简报显示，全省档案工作进展顺利。\n\n11月1日，全省档案工作会议在某市召开。`,
      expected: {
        title: undefined,
        number: undefined,
        totalNumber: undefined,
        publishedOn: "2023-05-06",
      },
    },
  ])("$what", ({ text, expected }) => {
    expect(read(text)).toEqual(expected);
  });
});
