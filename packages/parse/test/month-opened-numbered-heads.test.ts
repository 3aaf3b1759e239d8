import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A monthly report's numbered heading that opens with its month (`1、7月基本情况`, `1、1月份地表水水质状况`,
 * alone on its line under a `一、` section): the `1、` is the heading's marker, though a digit follows it,
 * and the item's title is the heading without it. Two months listed (`1、2月份…`: January and February,
 * the second the next month) are no marker and stay as they were. The shape of 空气质量, 地表水 and
 * 12345 monthlies of many offices. Written for the rule (invented texts).
 */

const titlesOf = (text: string) =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) => (i.title === undefined ? [] : [i.title])),
  );

const report = (first: string, second: string) =>
  `某市环境质量月报\n一、环境质量状况\n${first}\n本月全市环境空气质量优良天数比例为93.5%，同比上升2.1个百分点。\n${second}\n本月各县（市、区）中，甲县排名第一，乙县排名第二。\n二、下一步工作\n继续加强大气污染防治工作。`;

describe("a numbered heading that opens with its month", () => {
  test.each([
    ["1、7月基本情况", "2、7月排名情况", "7月基本情况", "7月排名情况"],
    [
      "1、1月份地表水水质状况",
      "2、1月份饮用水源水质状况",
      "1月份地表水水质状况",
      "1月份饮用水源水质状况",
    ],
    ["1、10月份热线受理情况", "2、10月份热线办理情况", "10月份热线受理情况", "10月份热线办理情况"],
    ["3、6月空气质量排名", "4、6月空气质量变化", "6月空气质量排名", "6月空气质量变化"],
  ])("parseBulletinText: `%s` and `%s` are the items `%s` and `%s`", (first, second, a, b) => {
    expect(titlesOf(report(first, second))).toEqual([a, b]);
  });
});

describe("two months listed (near-misses)", () => {
  test.each([
    ["1、2月份全市空气质量状况", "3、4月份全市空气质量状况"],
    ["11、12月份热线受理情况", "11、12月份热线办理情况"],
  ])("parseBulletinText: `%s` keeps its months", (first, second) => {
    const titles = titlesOf(report(first, second));
    expect(titles).not.toContain(first.slice(2));
    expect(titles).not.toContain(second.slice(2));
  });
});
