import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A page's date field whose clock time the site's bracketed links close (`时间:2013-6-13 14:04:24
 * [下载该文章] [会员注册]`, `[打印本页] [关闭窗口]`, `【打印】`) dates the page, as the field alone does.
 * A field with the text run on after its links, or a bracketed number, is not read so. Every text
 * here is written for the test.
 */

const page = (field: string): string =>
  `某镇防汛工作情况汇报\n\n${field}\n本月3至5日，全镇普降大雨，累计降雨218毫米。\n`;

describe("a page's date field closed by bracketed links", () => {
  test.each([
    ["时间:2015-7-9 10:21:37  [下载该文章]  [会员注册]", "2015-07-09"],
    ["时间：2016-08-12 09:05:11 [打印本页] [关闭窗口]", "2016-08-12"],
    ["发布时间：2017-03-21 16:40 【打印】【关闭】", "2017-03-21"],
  ])("`%s` dates the page %s", (field, date) => {
    expect(mastheadFacts(page(field)).publishedOn).toBe(date);
  });

  test.each([
    ["the text run on after the links", "时间:2015-7-9 10:21:37 [下载该文章] 本月全镇普降大雨。"],
    ["a bracketed number", "时间:2015-7-9 10:21:37 [12]"],
  ])("%s is not read so", (_, field) => {
    expect(mastheadFacts(page(field)).publishedOn).toBeUndefined();
  });
});
