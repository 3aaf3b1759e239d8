import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A social-media copy prints the account that posted it on a line of its own between the headline
 * and the first paragraph (`全国12358价格监管平台11月分析报告` / `食品医药产业促进会` / `2018年11月，…。`):
 * a body's name alone there (it ends as one: `…会`, `…局`, `…中心`) is the publisher, and no heading
 * of the text. Written for the rule (formerly held-out-16's national 12358 month); the cases are
 * invented.
 */

const HEADLINE = "全国12358价格监管平台11月分析报告";
const PARAGRAPH = "2018年11月，全国12358价格监管平台受理各类价格举报、投诉、咨询共计52608件。";
const read = (...lines: string[]) => {
  const { publication, sections } = parseBulletinText(lines.join("\n")).bulletin;
  return {
    publisher: publication.publisher?.name,
    headings: sections.map((s) => s.title),
    text: JSON.stringify(sections),
  };
};

describe("an account's name between the headline and the text", () => {
  test.each(["食品医药产业促进会", "某市价格监测中心", "某县市场监督管理局"])(
    "`%s` is the publisher and no heading",
    (account) => {
      const r = read(HEADLINE, account, PARAGRAPH, "一、总体情况", "本月受理量环比下降11.2%。");
      expect(r.publisher).toBe(account);
      expect(r.headings).not.toContain(account);
    },
  );
});

describe("lines that are no account's name", () => {
  test("a line that names no body stays in the text and names no publisher", () => {
    const r = read(HEADLINE, "平台运行总体情况", PARAGRAPH);
    expect(r.publisher).toBeUndefined();
    expect(r.text).toContain("平台运行总体情况");
  });

  test("a body's name over a heading, not over a paragraph, names no publisher", () => {
    expect(read(HEADLINE, "某市价格监测中心", "一、总体情况", PARAGRAPH).publisher).toBeUndefined();
  });
});
