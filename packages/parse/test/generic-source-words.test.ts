import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * 来源 values that name no body (batch s16c's misses): a page's template that fills its source
 * field with a generic kind of site (`来源:政府网站`) or the word of a link (`信息來源:查看`). Every
 * text here is written for the test.
 */

const publisherOf = (line: string): string | undefined =>
  parseBulletinText(`某市2014年1-9月财政收支情况\n${line}\n全市财政收入完成372.1亿元,增长13.2%。`)
    .bulletin.publication.publisher?.name;

describe("a 来源 value that names a kind of site or a link, no body", () => {
  test.each([
    ["a government site", "2014年10月20日 17:44   来源:政府网站   "],
    ["a government site (traditional)", "2014年10月20日 17:44   來源:政府網站"],
    ["a link's word", "發布時間:2025/05/06 信息來源:查看"],
    ["a link's word (simplified)", "发布时间:2025/05/06 信息来源:查看"],
    ["a link's two words", "发布时间:2025/05/06 来源:点击查看"],
  ])("%s: no publisher", (_, line) => {
    expect(publisherOf(line)).toBeUndefined();
  });
});

describe("near misses: a 来源 value that names a body or its site", () => {
  test.each([
    ["a city's government", "发布时间:2014-10-20 来源:某市人民政府", "某市人民政府"],
    ["a ministry's site", "发布时间:2014-10-20 来源:某某部网站", "某某部网站"],
    ["a bureau", "发布时间:2025/05/06 信息来源:某市医疗保障局", "某市医疗保障局"],
  ])("%s: the publisher", (_, line, name) => {
    expect(publisherOf(line)).toBe(name);
  });
});
