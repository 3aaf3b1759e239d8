import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A phone page's share overlay copied over the text (`点击右上角` / `微信好友` / `朋友圈` / `请使用浏览器分享功能
 * 进行分享`): the page's furniture, no title and no heading. A sentence of the text that speaks of
 * sharing, or a headline that opens with such words, stays the text's. Written for the rule
 * (formerly held-out-29's 鄂托克旗 12345 item, whose title was read as `点击右上角`); the texts are
 * invented.
 */

const BODY =
  "“打了12345热线后，不到24小时就有人来检修，太给力了。”近日，家住某镇的居民王先生说。\n2025年，某旗12345热线全年共受理各类诉求11877件，解决率达98.73%。";
const parse = (text: string) => parseBulletinText(text).bulletin;
const headings = (text: string) => parse(text).sections.map((s) => s.title);

describe("a share overlay over the text", () => {
  test.each([
    [
      "the overlay's four lines",
      "点击右上角\n微信好友\n朋友圈\n\n请使用浏览器分享功能进行分享\n\n",
    ],
    [
      "a prompt with what to do",
      "点击右上角，分享给好友\n分享到朋友圈\n请用浏览器的分享功能分享\n",
    ],
    ["links on one line", "点击右上角\n微信好友 | 朋友圈\n"],
  ])("parseBulletinText: %s: no title, no heading of them", (_, overlay) => {
    const text = `${overlay}${BODY}`;
    expect(parse(text).publication.title).toBeUndefined();
    expect(headings(text).some((h) => /右上角|朋友圈|微信好友|分享/.test(h))).toBe(false);
  });

  test("parseBulletinText: a headline under the overlay is the title", () => {
    expect(
      parse(
        `点击右上角\n微信好友\n朋友圈\n请使用浏览器分享功能进行分享\n某旗12345热线架起政民连心桥\n${BODY}`,
      ).publication.title,
    ).toBe("某旗12345热线架起政民连心桥");
  });

  test.each([
    ["a headline that opens with 微信好友", "微信好友群里求助 12345热线来帮忙"],
    ["a headline that opens with 点击右上角's words", "点击右上角就能办事 某市政务服务再提速"],
  ])("parseBulletinText: %s stays the title (counter-case)", (_, headline) => {
    expect(parse(`${headline}\n${BODY}`).publication.title).toBe(headline.replace(" ", ""));
  });

  test("parseBulletinText: a sentence on sharing stays in the text (counter-case)", () => {
    const text = `某市推出政务服务小程序\n点击右上角，即可分享到朋友圈。\n${BODY}`;
    expect(JSON.stringify(parse(text).sections)).toContain("即可分享到朋友圈");
  });
});
