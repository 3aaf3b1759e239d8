import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report page's contents list copied over its text, one part's name a line
 * (`工作情况公开` / `来电类型公开` / … / `2021年工作计划`) over the first paragraph, its parts printed
 * again below as numbered headings (`一、工作情况公开`): the page's, no title. Lines over the first
 * paragraph that no heading below prints again (a headline and its subtitles), and lists of two
 * lines, keep their old reading. Every text here is written for the test.
 */

const report = (heading: string) =>
  `2023年，某市政务服务热线坚持以人民为中心，全年共受理群众诉求326.5万件，同比增长8.2%。\n${heading}\n全年接听来电285.3万件，按时办结率99.1%，满意率95.6%。`;

describe("a contents list over the first paragraph", () => {
  test.each([
    [
      ["工作情况公开", "来电类型公开", "承办情况公开", "反映热点公开", "2024年工作计划"],
      "一、工作情况公开",
    ],
    [["总体情况", "诉求分析", "办理成效", "下一步工作"], "一、总体情况"],
    [["基本情况", "主要做法", "存在问题"], "二、主要做法"],
  ])("%j: the page's, no title", (entries, heading) => {
    const text = `${entries.join("\n")}\n${report(heading)}`;
    const { bulletin, warnings } = parseBulletinText(text);
    expect(bulletin.publication.title).toBeUndefined();
    const dropped = warnings
      .filter((w) => w.code === "web-line-dropped")
      .map((w) => w.position.line);
    expect(dropped).toEqual(expect.arrayContaining(entries.map((_, k) => k + 1)));
    expect(bulletin.sections.map((s) => s.title)).toContain(heading.slice(2));
  });

  test.each([
    [
      "a headline and its subtitles, printed nowhere below",
      ["某市政务服务热线2023年度报告", "某市政务服务管理办公室", "2024年1月"],
      "一、工作情况公开",
    ],
    ["a list of two lines", ["工作情况公开", "来电类型公开"], "一、工作情况公开"],
    [
      "a list whose parts are printed below without numbers",
      ["工作情况公开", "来电类型公开", "承办情况公开"],
      "工作情况公开",
    ],
  ])("%s keeps its title", (_, entries, heading) => {
    const text = `${entries.join("\n")}\n${report(heading)}`;
    expect(parseBulletinText(text).bulletin.publication.title).toBeDefined();
  });
});
