import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's comment counter (`评论:`, `評論: 3`, `评论数：12`) over or beside the page's date
 * (`評論: 更新日期:2013年12月02日`): the page's furniture, as its view counter is, so that the title
 * over it stays the title (it was dropped as a web line, and `评论：` taken for the name). A sentence
 * about comments (`评论：群众普遍反映…`) stays the text's. Every text here is written for the test.
 */

const body =
  "(一)重特大事故情况\n未发生特别重大事故，发生重大事故1起，死亡和下落不明14人。\n(二)较大事故情况\n发生较大事故16起，死亡和下落不明62人。";
const title = "2013年11月25日-12月1日安全生产简要情况";

describe("a page's comment counter", () => {
  test.each([
    "评论: 更新日期:2013年12月02日",
    "評論: 更新日期:2013年12月02日",
    "评论数：12 更新日期：2013年12月02日",
    "评论: 3",
  ])("parseBulletinText: `%s` is furniture, the title over it stays the title", (line) => {
    const { bulletin } = parseBulletinText(
      `${title}\n作者:安监总局\n来源:安监总局\n${line}\n${body}`,
    );
    expect(bulletin.publication.title).toBe(title);
    expect(JSON.stringify(bulletin)).not.toMatch(/评论|評論/);
  });

  test("parseBulletinText: a sentence opened by 评论 is the text's (counter-case)", () => {
    const { bulletin } = parseBulletinText(
      `${title}\n来源:安监总局\n${body}\n评论：群众普遍反映整治效果明显，共收到留言35条。`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("群众普遍反映整治效果明显");
  });
});
