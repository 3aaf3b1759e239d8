import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's sign-in box copied over the page's text, one line a link or a field
 * (`忘记密码 > 还没有账号? 点击注册 >`, `captcha`, `已有账号`, `验证码 看不清？换一张`): furniture, so the
 * headline under it is the title. A report's own lines that name passwords, accounts or codes
 * (a heading, a sentence with a count) are kept. Every text here is written for the test.
 */

const report =
  "2024年一季度某省国民经济运行情况\n\n2024年一季度，全省地区生产总值5320.5亿元，同比增长5.2%。\n\n一、工业生产平稳增长\n\n一季度，全省规模以上工业增加值同比增长6.1%。";

describe("a sign-in box over the headline", () => {
  test.each([
    [
      "注册\n登录\n忘记密码 > 还没有账号? 点击注册 >\ncaptcha\n忘记密码 > 还没有账号? 点击注册 >\ncaptcha\n已有账号\ncaptcha",
    ],
    ["用户登录\n记住密码 忘记密码？\n还没有账号？免费注册\n验证码 看不清？换一张"],
    ["会员登录\n找回密码 | 立即注册\n已有帐号？立即登录\nCAPTCHA"],
  ])("`%s` is the page's, the headline the title", (box) => {
    const { bulletin, warnings } = parseBulletinText(`${box}\n\n${report}`);
    expect(bulletin.publication.title).toBe("2024年一季度某省国民经济运行情况");
    const lines = box.split("\n").length;
    const dropped = new Set(
      warnings.filter((w) => w.code === "web-line-dropped").map((w) => w.position.line),
    );
    for (let line = 1; line <= lines; line++) expect(dropped.has(line)).toBe(true);
  });

  test.each([
    ["a heading about accounts", "一、账号注册问题", "账号注册问题"],
    ["a heading about codes and passwords", "二、验证码和忘记密码类诉求", "验证码和忘记密码类诉求"],
  ])("%s stays a section", (_, heading, title) => {
    const text = `某市12345热线运行情况通报\n12月，12345热线共受理群众诉求15230件，同比增长5.2%。\n${heading}\n反映收不到短信验证码的诉求312件，忘记密码的诉求120件。`;
    const { sections } = parseBulletinText(text).bulletin;
    expect(sections.map((s) => s.title)).toContain(title);
  });

  test("a sentence counting forgotten passwords keeps its figures", () => {
    const text =
      "某市12345热线运行情况通报\n12月，12345热线共受理群众诉求15230件。\n忘记密码 还没有账号 312件\n反映收不到短信验证码的诉求312件，忘记密码的诉求120件。";
    const { metrics } = parseBulletinText(text).bulletin;
    expect(metrics.map((m) => m.value)).toEqual(expect.arrayContaining([312, 120]));
  });
});
