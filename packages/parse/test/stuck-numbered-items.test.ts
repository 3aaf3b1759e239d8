import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `4.…方面。…` then `5.12345政务热线运行方面。…` (tuning batch s9c): the next item of a numbering
 * printed with its dots, its title opening with digits, so that marker and title read as a decimal
 * (5.12345). Taken as the item only where it goes on from the numbering. Examples written for the rule.
 */

const ITEMS = [
  "1.政务公开方面。本季度共发布信息120条。",
  "2.政府网站方面。本季度网站运行平稳。",
  "3.新媒体管理方面。本季度新媒体发布信息85条。",
];
const titlesOf = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) => (i.title === undefined ? [] : [i.title])),
  );

describe("a numbered item whose title opens with digits", () => {
  test.each([
    {
      line: "4.12345政务热线运行方面。截至6月30日共受理工单1484件。",
      title: "12345政务热线运行方面",
    },
    { line: "4.12315投诉举报方面。二季度共受理投诉320件。", title: "12315投诉举报方面" },
    { line: "4．110接处警情况。二季度共接警2300起。", title: "110接处警情况" },
  ])(
    "parseBulletinText: `$line` after items 1 to 3 is item 4, titled $title",
    ({ line, title }) => {
      const text = `某县政务公开工作通报\n一、总体情况\n${ITEMS.join("\n")}\n${line}`;
      expect(titlesOf(text)).toContain(title);
    },
  );

  test.each([
    { line: "5.12345政务热线运行方面。截至6月30日共受理工单1484件。", why: "not the next number" },
    { line: "4.5亿元的项目已完成。其余项目正在推进。", why: "a figure" },
  ])("parseBulletinText: `$line` after items 1 to 3 is no item ($why)", ({ line }) => {
    const text = `某县政务公开工作通报\n一、总体情况\n${ITEMS.join("\n")}\n${line}`;
    expect(titlesOf(text)).toHaveLength(3);
  });

  test("parseBulletinText: `1.5万件…` opening a paragraph with no numbering before it is no item", () => {
    const text = "某县政务公开工作通报\n一、总体情况\n1.5万件诉求已办结。其余正在办理。";
    expect(titlesOf(text)).toEqual([]);
  });
});
