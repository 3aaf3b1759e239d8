import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's share bar printed one link a line (`Qzone` / `微博` / `微信`, `QQ空间`, `关注某某网`)
 * between its breadcrumb and its headline, before the page shows its date or source: the page's, not
 * the headline's first lines, so the headline alone is the title. Without a breadcrumb over them the
 * lines are read as before; under the text's first sentence a `微信` line is text. Every example is
 * written for the rule.
 */

const headline = "两会热议某省“最多跑一次”改革 引发多地学习取经";
const body =
  "3月5日，在全国政协十三届一次会议开幕会上，政府工作报告提到某省“最多跑一次”改革。\n\n截至去年底，全省“最多跑一次”实现率达87.9%，满意率达94.7%。";

const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a share bar under the breadcrumb", () => {
  test.each([
    "首页 > 体育 > 正文\nQzone\n微博\n微信",
    "当前位置：首页 > 新闻中心\nQQ空间\n微博\n微信",
    "首页 > 要闻\n关注某某网\n微博",
  ])("`%s` is the page's: the headline under it is the title", (head) => {
    expect(titleOf(`${head}\n\n${headline}\n\n${body}`)).toBe(headline.replace(" ", ""));
  });
});

describe("share words that are text", () => {
  test("parseBulletinText: a 微信 line under the first sentence stays in the text", () => {
    const text = `首页 > 要闻\n\n${headline}\n\n${body}\n微信\n群众可通过以下渠道办理：`;
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication.title).toBe(headline.replace(" ", ""));
    expect(JSON.stringify(bulletin.sections)).toContain("微信");
  });
});
