import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's reader tools with their words in square brackets (`[字体：]打印`, `[打印] [关闭]`, `[收藏]
 * [分享到]`) on a line of their own under the headline and its date: the page's, as the same tools in
 * `【】` are, so the headline over them stays the title. A line that only opens with a bracketed tool's
 * word and goes on with words of the text's is the text's. Every text here is written for the test.
 */

const HEADLINE = "某市政务服务办2017年政府信息公开工作报告";
const DATED = "2018年03月30日来源:市政务服务办";
const BODY =
  "\n\n  2017年,市政务服务办认真贯彻实施《中华人民共和国政府信息公开条例》,进一步深化“放管服”改革。\n\n  一、总体公开情况\n\n  目前,市级审批事项由570项减少至468项,削减幅度达17.89%。";

const parse = (tools: string) =>
  parseBulletinText(`首页 -> 政务公开 -> 政府信息公开年报\n${HEADLINE}\n${DATED}\n${tools}${BODY}`);

describe("a page's tools in square brackets under the headline", () => {
  test.each([
    "[字体: ] 打印",
    "[字体：大 中 小] 打印",
    "[打印] [关闭]",
    "[收藏] [分享到]",
    "[打印本页] [关闭窗口]",
    "【字体：大 中 小】【打印】",
  ])("`%s` is the page's: the headline stays the title", (tools) => {
    const { bulletin, warnings } = parse(tools);
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 4)).toBe(true);
  });
});

describe("lines that open with a bracketed word and are the text's (counter-cases)", () => {
  test.each([
    ["[打印]机采购项目已完成招标。", "机采购"],
    ["[字体设计]大赛共收到作品120件。", "大赛"],
  ])("`%s` stays in the text", (line, kept) => {
    const { bulletin, warnings } = parse(line);
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.message.includes(kept))).toBe(
      false,
    );
  });
});
