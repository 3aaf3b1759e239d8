import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A department's own site copied whole: its name alone on the page's first line (`南城市农业农村局`,
 * `中华人民共和国某某部`), the page's breadcrumb (`当前位置：首页 > …`) within the next three lines: the
 * office is the publisher when nothing else names one. Near-misses: a government (`南城市人民政府`: a
 * portal that carries every department's pages), a name without a place (`发展规划部`: a column, a
 * division) and a greeting (`欢迎访问南城市农业农村局网站`), on the name's line or over it. Every text here is written for the test.
 */

const TITLE = "2022年一季度全市农业生产情况";
const LEDE =
  "一季度，全市粮食播种面积达到120.5万亩，同比增长2.1%；蔬菜产量36.2万吨，同比增长4.3%。";
const publisherOf = (...head: string[]) =>
  parseBulletinText([...head, TITLE, LEDE].join("\n")).bulletin.publication.publisher?.name;

describe("an office's site name over the page's breadcrumb", () => {
  test.each([
    [["南城市农业农村局", "当前位置:首页 > 政务公开 > 统计信息"], "南城市农业农村局"],
    [["南城市农业农村局", "今天是:", "您当前的位置 : 首页 >>统计信息>>正文"], "南城市农业农村局"],
    [["中华人民共和国某某部", "", "某某司", "当前位置:首页>统计数据"], "中华人民共和国某某部"],
  ])("parseBulletinText: %j names %s", (head, publisher) => {
    expect(publisherOf(...head)).toBe(publisher);
  });

  test.each([
    ["a government's portal", ["南城市人民政府", "当前位置:首页 > 政务公开 > 统计信息"]],
    ["a name without a place", ["发展规划部", "当前位置:首页 > 政务公开 > 统计信息"]],
    ["a greeting", ["欢迎访问南城市农业农村局网站", "当前位置:首页 > 政务公开 > 统计信息"]],
    [
      "a greeting over the name",
      ["欢迎进入南城市农业农村局网站!", "", "南城市农业农村局", "", "位置:首页>统计信息"],
    ],
  ])("parseBulletinText: %s names no publisher", (_, head) => {
    expect(publisherOf(...head)).toBeUndefined();
  });
});
