import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `﹒` (U+FE52, the small full stop some editors set after a heading's number: `1﹒省级部门…情况。`,
 * issue 14, formerly held-out-7) reads as `．`, so every marker reader takes it as it takes `1．`;
 * between digits it is a decimal point. Examples written for the rule.
 */

const headings = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) => [
    s.title,
    ...s.items.flatMap((i) => (i.title === undefined ? [] : [i.title])),
  ]);

describe("the small full stop", () => {
  test.each([
    [
      "某中心运行情况通报\n一、主要工作\n1﹒省级部门对接情况。除省新闻办外，各部门均已对接。",
      "省级部门对接情况",
    ],
    [
      "某中心运行情况通报\n一、主要工作\n2﹒窗口服务质量提升。全年受理办件3215件。",
      "窗口服务质量提升",
    ],
    ["某中心运行情况通报\n一﹒基本情况\n全年受理办件3215件。", "基本情况"],
  ])("%s heads with %s", (text, heading) => {
    expect(headings(text)).toContain(heading);
  });

  test("between digits it is a decimal point", () => {
    const { metrics } = parseBulletinText(
      "某中心运行情况通报\n一、基本情况\n办结率为99﹒5%。",
    ).bulletin;
    expect(metrics.map((m) => m.value)).toEqual([99.5]);
  });

  test("a figure's own full stop after a count is no marker (`共3﹒` ends a sentence)", () => {
    expect(headings("某中心运行情况通报\n一、基本情况\n受理办件共3件﹒办结2件。")).toEqual([
      "基本情况",
    ]);
  });
});
