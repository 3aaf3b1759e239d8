import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A forum's print view (`标题: 某某… [打印本页]` over `作者: … 时间: …` and the post): the print link in
 * brackets after the title's value is none of it, and a title printed in `【…】` keeps its closing bracket.
 * Near-misses read as before: a value whose widget holds the font sizes (`[大 中 小]`), a tool's words
 * in the title without brackets, a bracketed word opening it. Every text here is written for
 * the test.
 */

const post =
  "6月1日,某省卫生健康委通报,全省无偿献血人次达到61.2万,比上年增长7.5%;采血量为105.3万单位,增长8.1%。";

describe("a forum's print view", () => {
  test.each([
    [
      "a title and its print link",
      "标题: 2019年5月份某省福利彩票销售情况 同比增12.4% [打印本页] 作者: abc123 时间: 2019-6-20 10:11 标题: 2019年5月份某省福利彩票销售情况 同比增12.4%\n",
      "2019年5月份某省福利彩票销售情况同比增12.4%",
    ],
    [
      "a bracketed title on its line",
      "某某论坛\n\n标题: 【某省卫健委:全省无偿献血人次五年增长30%】 [打印本页]\n\n作者: 某某    时间: 2023-6-14 11:21\n标题: 【某省卫健委:全省无偿献血人次五年增长30%】\n",
      "【某省卫健委：全省无偿献血人次五年增长30%】",
    ],
    [
      "the close link after it",
      "标题: 某市2021年上半年献血工作情况 [关闭窗口]\n作者: 某某    时间: 2021-7-14 11:21\n",
      "某市2021年上半年献血工作情况",
    ],
  ])("(%s): the print link is no part of the title", (_, head, title) => {
    expect(mastheadFacts(`${head}${post}\n`).title).toBe(title);
  });

  test.each([
    [
      "font sizes after the value",
      "标题: 某市2021年上半年献血工作情况 [大 中 小]\n作者: 某某    时间: 2021-7-14 11:21\n",
      "某市2021年上半年献血工作情况",
    ],
    [
      "a tool's words in the title, no bracket",
      "标题: 某市关闭窗口企业情况\n作者: 某某    时间: 2021-7-14 11:21\n",
      "某市关闭窗口企业情况",
    ],
    [
      "a bracketed word opening the title",
      "标题: 【转载】某市2021年上半年献血工作情况\n作者: 某某    时间: 2021-7-14 11:21\n",
      "【转载】某市2021年上半年献血工作情况",
    ],
  ])("(%s) reads as before", (_, head, title) => {
    expect(mastheadFacts(`${head}${post}\n`).title).toBe(title);
  });
});
