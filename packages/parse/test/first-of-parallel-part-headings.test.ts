import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A text under its title whose parts are headed by unnumbered heading lines between paragraphs
 * (`警情动态分析` / `11月份，…。` / `警情任务相对平稳` / `全市…。` / `警情类型分布出现分化` / …), two or more
 * after the first and no section numbered: the first line heads a part too, as the later ones do,
 * instead of standing in an untitled part. A text with one heading after the first line, a first
 * line longer than such headings (a sub-headline) and a first line that is a sentence keep their
 * reading. Every text here is written for the test.
 */

const TITLE = "全市十一月警情与火灾形势分析";
const parts = (first: string, later: string[]) =>
  [
    TITLE,
    first,
    "11月份，全市共接警出动145起，出动车辆232台次。",
    ...later.flatMap((h, k) => [h, `全市火灾扑救出动${96 - k}起，抢险救援34起。`]),
  ].join("\n\n");
const titles = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("the first of a text's unnumbered part headings", () => {
  test.each([
    ["two later headings", "警情动态分析", ["警情任务相对平稳", "警情类型分布出现分化"]],
    ["three later headings", "总体形势", ["火灾起数下降", "亡人火灾减少", "电气火灾高发"]],
  ])("%s: the first line heads the first part", (_, first, later) => {
    expect(titles(parts(first, later))).toEqual([first, ...later]);
  });

  test("a graphic's part number between paragraphs does not hide a heading", () => {
    const text = parts("警情动态分析", ["0 1\n\n警情任务相对平稳", "0 2\n\n警情类型分布出现分化"]);
    expect(titles(text)).toEqual(["警情动态分析", "警情任务相对平稳", "警情类型分布出现分化"]);
  });

  test.each([
    ["one later heading", "警情动态分析", ["警情任务相对平稳"]],
    [
      "a sub-headline longer than a part's heading",
      "财政收入高位增长经济运行保持稳中向好发展态势",
      ["警情任务相对平稳", "警情类型分布出现分化"],
    ],
  ])("%s: the first line heads no part", (_, first, later) => {
    expect(titles(parts(first, later))).not.toContain(first);
  });
});
