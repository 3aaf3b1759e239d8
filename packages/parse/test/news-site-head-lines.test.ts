import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper site's lines over a copied report: its header (`某某报官方网站 | 某某网首页 今天是`, the
 * day a script wrote lost), the links every news site prints (`跟帖评论自律管理承诺书 不良信息举报电话:…`),
 * the page's label with the paper's issue first (`第7337期:第02版 综合新闻`: the issue is the page's
 * number) and the reader's speech widget (`语音播报: 语音播报`). They are the page's, not the report's:
 * the headline over the report's dateline is the title, the agency the dateline credits the
 * publisher. Written for the rules (batch s10c's 陕西工人报 page); the cases are invented.
 */

const HEADLINE = "前三季度我国基本完成全年新增就业目标";
const DATELINE =
  "据新华社电国家统计局18日发布数据，前三季度，全国城镇新增就业1097万人，完成全年目标任务的99.7%。";
const read = (...head: string[]) => {
  const { bulletin } = parseBulletinText(
    [...head, "", HEADLINE, "", "语音播报: 语音播报", "", DATELINE].join("\n"),
  );
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    number: bulletin.issue.number,
    text: JSON.stringify(bulletin.sections),
  };
};

describe("a news site's lines over its copied report", () => {
  test.each([
    [
      [
        "某某工人报官方网站 | 某某网首页 今天是",
        "跟帖评论自律管理承诺书  不良信息举报电话:某某网(029-87339475)",
        "第7337期:第02版 综合新闻",
      ],
      7337,
    ],
    [["某某日报官方网站 | 首页 今天是", "第1234期：第A03版 要闻"], 1234],
    [["跟帖评论自律管理承诺书 不良信息举报电话：010-12345678", "第56期：第1版 头版"], 56],
  ])("%j: the headline is the title, the issue the page's", (head, number) => {
    const r = read(...head);
    expect(r.title).toBe(HEADLINE);
    expect(r.publisher).toBe("新华社");
    expect(r.number).toBe(number);
    expect(r.text).not.toContain("语音播报");
    expect(r.text).not.toContain("承诺书");
  });
});

describe("lines that are no site's furniture", () => {
  test("a sentence that names a pledge stays in the text", () => {
    const line = "各网站签署了跟帖评论自律管理承诺书，承诺加强管理。";
    const { bulletin } = parseBulletinText(`${HEADLINE}\n${DATELINE}\n${line}`);
    expect(JSON.stringify(bulletin.sections)).toContain("承诺书");
  });

  test("an issue line without a page (a masthead's) is still the masthead's", () => {
    const { bulletin } = parseBulletinText(
      `某某工作简报\n第7337期\n某某办公室\n2023年10月20日\n一、工作动态\n${DATELINE}`,
    );
    expect(bulletin.issue.number).toBe(7337);
    expect(bulletin.publication.title).toBe("某某工作简报");
  });
});
