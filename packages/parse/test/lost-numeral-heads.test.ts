import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * `三、诉求热点` copied as `、诉求热点`: a copy that lost a heading's numeral (an image, a font's
 * glyph) keeps its `、`. A reader sees the heading `诉求热点`; the stray mark is no part of it.
 * Written for the rule (a 12345 weekly and a district's monthly economy notes print the shape).
 */

const text = (third: string): string =>
  [
    "某市政务热线周报",
    "",
    "一、受理情况",
    "",
    "本周共受理各类诉求8123件，其中来电6540件。",
    "",
    "二、办理情况",
    "",
    "本周直接答复5210件，派发工单2913件。",
    "",
    third,
    "",
    "咨询类诉求方面，诉求主要集中在社保政策、公交线路等领域。",
  ].join("\n");

describe("a heading whose numeral the copy lost", () => {
  test.each([
    ["、诉求热点", "诉求热点"],
    ["、 热点问题分析", "热点问题分析"],
  ])("`%s` heads the part `%s`", (line, title) => {
    expect(parsedView(text(line), ["headings"]).headings).toContain(title);
  });

  test.each([
    // A numbered heading keeps its reading.
    ["三、诉求热点", "诉求热点"],
  ])("`%s` still heads `%s`", (line, title) => {
    expect(parsedView(text(line), ["headings"]).headings).toContain(title);
  });

  test("an unnumbered text's heads lose the stray mark too", () => {
    const t = [
      "某区经济运行简析",
      "",
      "工业生产平稳增长",
      "",
      "1-4月，全区规模以上工业增加值增长6.1%。",
      "",
      "、市场消费持续恢复",
      "",
      "1-4月，全区社会消费品零售总额88.6亿元，增长5.2%。",
      "",
      "投资保持较快增长",
      "",
      "1-4月，全区固定资产投资增长12.3%。",
    ].join("\n");
    expect(parsedView(t, ["headings"]).headings).toEqual([
      "工业生产平稳增长",
      "市场消费持续恢复",
      "投资保持较快增长",
    ]);
  });
});
