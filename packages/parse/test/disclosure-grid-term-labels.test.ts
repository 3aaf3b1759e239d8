import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A disclosure catalogue's grid printed without colons, its 发布机构 followed on the line by the
 * term the file is disclosed for (`公开时限 长期公开`) and the class it is filed under (`所属分类 …`):
 * the body's name ends where those labels begin. Every text here is written for the test (session
 * 34's s34b, from a moved held-out set's county page).
 */

const page = (grid: string) =>
  `您当前浏览位置:首页>政务公开>某县农业农村局>信息公开目录\n\n2023年度农机补贴发放情况\n\n索引号 11610122317781343T/2024-00021 文 号 发布日期 2024-01-22\n${grid}\n关 键 词 农机补贴\n\n2023年,全县共发放农机购置补贴资金312.5万元,惠及农户1260户。`;

describe("a grid's body before the term and class labels", () => {
  test.each([
    {
      what: "the term, then the class",
      grid: "发布机构 某县农业农村局 公开时限 长期公开 所属分类 农机管理",
      expected: "某县农业农村局",
    },
    {
      what: "the class alone after the body",
      grid: "发布机构 某县农业农村局 所属分类 财政资金",
      expected: "某县农业农村局",
    },
  ])("$what", ({ grid, expected }) => {
    expect(parsedView(page(grid), ["publisher", "publishedOn"])).toEqual({
      publisher: expected,
      publishedOn: "2024-01-22",
    });
  });
});

describe("near-misses: the words in a sentence stay the text's", () => {
  test.each([
    {
      what: "a sentence naming the term",
      text: "某县农机补贴情况\n\n公开时限方面,全县政务公开事项均按要求办理,共发放补贴资金312.5万元。",
    },
  ])("$what", ({ text }) => {
    expect(parsedView(text, ["text"]).text).toContain("公开时限方面");
  });
});
