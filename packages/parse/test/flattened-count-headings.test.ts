import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A flattened document (a PDF's or a document-sharing site's copy, its paragraph breaks turned into
 * spaces) whose heading opens with a count set off by a space from its measure word (`一、339 个城市
 * 空气质量状况 按照…`): the space inside the number's phrase does not end the heading; the space
 * after it does (the heading is written as the repair writes it, the space dropped). Written for
 * the rule (the corpus's shape is the first).
 */

const headings = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) => [
    `S:${s.title}`,
    ...s.items.flatMap((i) => (i.title === undefined ? [] : [`I:${i.title}`])),
  ]);

const title = "2021年7月全国城市空气质量报告";

describe("a heading that opens with a count in a flattened document", () => {
  test.each([
    [
      "一、339 个城市空气质量状况 按照标准评价,全国城市平均优良天数比例为 92.4%。 二、168 个城市空气质量 (一)总体状况 2021 年 7 月 168 个城市平均优良天数比例为 87.9%,同比上升 3.3 个百分点。",
      ["S:339个城市空气质量状况", "S:168个城市空气质量", "I:总体状况"],
    ],
    [
      "一、12 个县区受理情况 全年受理诉求 4.2 万件,同比增长 6.1%。 二、3 类诉求办理情况 办结率为 99.1%。",
      ["S:12个县区受理情况", "S:3类诉求办理情况"],
    ],
    [
      "一、20 家重点企业运行情况 产值同比增长 5.2%。 二、31 个重点项目进展 完成投资 18.6 亿元。",
      ["S:20家重点企业运行情况", "S:31个重点项目进展"],
    ],
  ])("`%s` keeps the count in its heading", (body, expected) => {
    const got = headings(`${title}\n\n全国城市空气质量总体向好。 ${body}`);
    expect(got).toEqual(expect.arrayContaining(expected));
  });
});

describe("spaces that end a heading still do (counter-cases)", () => {
  test.each([
    [
      "一、总体状况 2021 年 7 月,全市优良天数比例为 92.4%。 二、主要污染物 细颗粒物平均浓度为 16 微克/立方米。",
      ["S:总体状况", "S:主要污染物"],
    ],
    [
      "一、受理情况 12 个县区共受理诉求 4.2 万件。 二、办理情况 办结率为 99.1%。",
      ["S:受理情况", "S:办理情况"],
    ],
  ])("`%s`", (body, expected) => {
    const got = headings(`${title}\n\n全国城市空气质量总体向好。 ${body}`);
    expect(got).toEqual(expect.arrayContaining(expected));
  });
});
