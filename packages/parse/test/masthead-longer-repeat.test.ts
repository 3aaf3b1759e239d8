import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { hanRuns, keptRun, modelText } from "./corpus/recall";

/**
 * A line among a page's opening lines that prints the line read as its headline with more after it
 * (`某某青年报手机版` / `某某青年报手机版二维码`): its words are not dropped unsaid; the parser keeps it
 * as a masthead line it warns it does not place. The headline printed again as it is (`X` / `X`)
 * is no such line. Every text here is written for the test.
 */

/** A news page's opening lines over its story, `{title}` and `{longer}` among them. */
const page = (title: string, longer: string): string =>
  [
    "热门图片",
    " 某某在线版权与免责声明",
    "",
    title,
    "",
    longer,
    "",
    "某某青年报官方微信",
    "",
    "2016年03月02日 星期三",
    "某某在线",
    "",
    "王某某:2015年全省粮食产量达到120万吨",
    "",
    "    本报讯(记者张某)在2月28日举行的全省农业工作会议上,省农业厅介绍,2015年全省粮食产量达到120万吨,同比增长3.5%。",
    "",
  ].join("\n");

/** The runs of Han text of a page in no part of its model and on no line warned about. */
const lost = (text: string): string[] => {
  const { bulletin, warnings } = parseBulletinText(text);
  const kept = modelText(bulletin);
  const warned = new Set(warnings.map((w) => w.position.line));
  return hanRuns(text)
    .filter(({ line, run }) => !keptRun(bulletin, kept, run) && !warned.has(line))
    .map(({ run }) => run);
};

/** The warnings on the page's sixth line (the longer line's). */
const onLongerLine = (text: string): { code: string; message: string }[] =>
  parseBulletinText(text).warnings.filter((w) => w.position.line === 6);

describe("a longer line that repeats the title", () => {
  test.each([
    ["某某青年报手机版", "某某青年报手机版二维码"],
    ["某省青年报数字版", "某省青年报数字版扫码阅读"],
    ["某市青年报手机版", "某市青年报手机版二维码下载"],
  ])("`%s` / `%s`: no word of the longer line is lost", (title, longer) => {
    expect(lost(page(title, longer))).toEqual([]);
  });

  test("as a masthead line the parser does not place", () => {
    const warned = onLongerLine(page("某某青年报手机版", "某某青年报手机版二维码"));
    expect(warned.map((w) => w.code)).toEqual(["unrecognised-masthead-line"]);
    expect(warned[0]?.message).toContain("某某青年报手机版二维码");
  });

  // Near-miss: the title printed again as it is says nothing more, and no warning names it.
  test("the same line printed twice is no unplaced line", () => {
    expect(onLongerLine(page("某某青年报手机版", "某某青年报手机版"))).toEqual([]);
  });
});
