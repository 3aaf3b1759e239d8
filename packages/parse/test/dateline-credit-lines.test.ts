import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news copy's credit line between its headline and its dateline, printed as the reporter's name
 * run into the outlet's (`王小明某某证券报·某某网` over `某某网讯（记者 王小明）…`): the name is the one the
 * dateline under it credits, so the line is the credit, no main line of a two-line headline; the
 * headline alone is the title. Near-miss: a second line that names no reporter of the dateline
 * (`收入利润快速增长` over the same dateline) is still the headline's main line, joined as before.
 * Every text here is written for the test.
 */

const LEDE =
  "某某网讯（记者 王小明）7月16日，某委新闻发言人在新闻发布会上表示，上半年，全市企业经济运行稳中有进、稳中向好。\n\n据介绍，上半年全市企业累计实现净利润1023.1亿元，同比增长33.3%，两年平均增长12.4%。";
const title = (text: string) => parsedView(text, ["title"]).title;

describe("the reporter's name and outlet between a headline and its dateline", () => {
  test.each([["王小明某某证券报·某某网"], ["王小明某某日报"]])(
    "`%s` is the credit: the headline alone is the title",
    (credit) => {
      expect(
        title(`返回首页\n\n某委：上半年全市企业经济效益明显改善\n\n${credit}\n\n${LEDE}`),
      ).toBe("某委：上半年全市企业经济效益明显改善");
    },
  );

  test("near-miss: a main line naming no reporter still joins its kicker", () => {
    expect(
      title(`返回首页\n\n某委：上半年全市企业经济效益明显改善\n\n收入利润快速增长\n\n${LEDE}`),
    ).toBe("某委：上半年全市企业经济效益明显改善收入利润快速增长");
  });
});
