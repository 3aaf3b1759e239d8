import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A news page's tool line with its bookmark count before `收藏` (`0 收藏 打印 增大字体 减小字体`) is the
 * page's furniture, no headline: a copy that lost its headline has no title. Near-misses: a headline
 * that opens with a count (`12位收藏家…`) or names a collection stays the title. Every text here is
 * written for the test.
 */

const body =
  "\n  近日,某省发布县域金融生态评价结果,全省共有12个县市入围百佳榜单,较上年增加3个,县域贷款余额同比增长11.2%。\n";

describe("a tool line with a bookmark count", () => {
  test.each([
    ["the count and the tools", "0 收藏 打印 增大字体 减小字体"],
    ["a larger count, glued", "15收藏打印放大字体缩小字体"],
    ["the count and bookmarking alone", "3 收藏"],
  ])("(%s) is no headline", (_, tools) => {
    expect(mastheadFacts(`2019年3月12日 来源:某某日报\n${tools}\n${body}`).title).toBeUndefined();
  });

  test.each([
    ["a headline opening with a count", "12位收藏家向某市博物馆捐赠文物300件"],
    ["a headline on a collection", "某市博物馆新增藏品1200件"],
  ])("(%s) stays the title", (_, headline) => {
    expect(mastheadFacts(`${headline}\n2019年3月12日 来源:某某日报\n${body}`).title).toBe(headline);
  });
});
