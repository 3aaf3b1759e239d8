import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copy that lost a character it could not encode writes `?` for it; at the end of a line, set off
 * by a space from the Chinese text before it (`…，某某在线观看 ?`: a symbol the page printed after a
 * site's keyword list), the mark is no question the text asks, and the repair drops it. Read as `？`,
 * it made the keyword line a sentence, so the page's header was taken for its body and its title
 * was lost (formerly held-out-49's copies of two journal articles under a hacked site's keywords).
 * A question mark glued to its words, one inside a line, one after Latin words and one alone on its
 * line keep their reading. Every text here is written for the test.
 */

describe("a lost character's `?` spaced off a line's end", () => {
  test.each([
    [
      "after a keyword list",
      "首页精品推荐，手机在线阅读，某某频道 ?",
      "首页精品推荐，手机在线阅读，某某频道",
    ],
    ["two of them", "某某新闻网 ??", "某某新闻网"],
    ["spaces after it", "某某新闻网 ?  ", "某某新闻网"],
    ["after a closing mark", "（某某新闻网） ?", "（某某新闻网）"],
  ])("repairExtractedText: %s, it is dropped", (_, line, repaired) => {
    expect(repairExtractedText(line)).toBe(repaired);
  });

  test.each([
    ["glued to the question", "这是为什么?", "这是为什么？"],
    ["inside a line", "某某新闻网 ? 2022-05-16", "某某新闻网？2022-05-16"],
    ["after Latin words", "What is it ?", "What is it ?"],
    ["alone on its line", "?", "?"],
  ])("repairExtractedText: %s, it stays", (_, line, repaired) => {
    expect(repairExtractedText(line)).toBe(repaired);
  });

  test("parseBulletinText: a keyword line closed by the mark stays the page's header", () => {
    const text = [
      "精品推荐在线视频,手机在线阅读视频,久久不卡精品频道,某某专区在线观看,成人手机在线观看,某某精品一区中文字幕 ?",
      "",
      "某市农产品价格周报2020年第三十一期",
      "",
      "2020-12-24 08:04:31",
      "",
      "1 蔬菜价格略涨,批发价上涨",
      "",
      "第31周,全市22个主要蔬菜品种均价3.86元,环比上涨3.18%。",
    ].join("\n");
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication.title).toBe("某市农产品价格周报");
    expect(bulletin.issue.number).toBe(31);
    expect(bulletin.issue.publishedOn).toBe("2020-12-24");
  });
});
