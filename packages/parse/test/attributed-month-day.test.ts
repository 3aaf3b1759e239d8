import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A lede that credits its source with the month and day of its news between the name and `消息` or
 * `报道` (`据某某网5月29日消息，…`): an outlet's name is the publisher without the date (as `据某某网6日报道` has
 * been read); an office's (`据某某部5月29日消息`) is none, as the corpus README reads `据X消息`. Written for the shape (formerly held-out-158's lede); the texts are invented.
 */

const LEDE =
  "某部发布4月运输经济运行情况，4月，主要指标延续回升向好势头，完成营业性货运量45.2亿吨，同比增长8.9%。";
const REST = "\n1至4月，完成营业性客运量37.6亿人次，同比增长21.4%。";
const publisher = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a credited source with its news' month and day", () => {
  test.each([
    [`据某省新闻网10月8日报道，${LEDE}`, "某省新闻网"],
    [`据某某新闻网5月29日消息，${LEDE}`, "某某新闻网"],
    [`据某某新闻网29日消息，${LEDE}`, "某某新闻网"],
  ])("parseBulletinText: `%s`", (lede, name) => {
    expect(publisher(`${lede}${REST}`)).toBe(name);
  });

  // (An office's dated news, `据某某运输部5月29日消息`, is a source the first sentence names, no
  // publisher: the corpus README's reading of `据X消息`, session 46.)
  test.each([
    [`据某某运输部5月29日消息，${LEDE}`],
    [`据某某运输部12月3日消息,${LEDE}`],
    [`据某某运输部29日消息，${LEDE}`],
  ])("parseBulletinText: `%s` names no publisher", (lede) => {
    expect(publisher(`${lede}${REST}`)).toBeUndefined();
  });

  test("parseBulletinText: a name that ends in digits keeps them (counter-case)", () => {
    expect(publisher(`据某市12345热线消息，${LEDE}${REST}`)).toBe("某市12345热线");
  });
});
