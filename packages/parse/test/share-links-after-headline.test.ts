import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news page's headline with its share bar run on after a space (`… 分享 人民微博 新浪微博 腾讯微博`,
 * `… 分享到： 微信 QQ空间`): the title is the headline without the bar. Near-misses: a headline that
 * names a network in its own words (`某市政务微博矩阵上线`), 分享 with no network after it. Every text
 * here is written for the test.
 */

const HEADLINE = "一季度我省公路客运量小幅增长、货运量增幅较大";
const BODY =
  "28.04.2016  15:22\n\n  1-3月,我省公路客运量达2010万人次,同比增长2.9%;货运量达1.2亿吨,同比增长13%。\n\n  其中,3月份客运量达700万人次。";
const title = (head: string) => parsedView(`${head}\n\n${BODY}`, ["title"]).title;

describe("a share bar run on after the headline", () => {
  test.each([
    [`${HEADLINE} 分享 人民微博 新浪微博 腾讯微博`],
    [`${HEADLINE} 分享到： 微信 QQ空间`],
    [`${HEADLINE}  分享 新浪微博 微信`],
  ])("`%s`", (head) => {
    expect(title(head)).toBe(HEADLINE);
  });

  test.each([["某市政务微博矩阵上线 分享经验"], ["某市举办政务新媒体经验分享活动"]])(
    "near-miss: `%s` stays whole",
    (head) => {
      expect(title(head)).toBe(head.replace(/ /g, ""));
    },
  );
});
