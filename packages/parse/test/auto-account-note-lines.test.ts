import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's note beside its sign-in box, `新用户登录后自动创建账号`, copied over the page's text (in
 * traditional characters, a converter's pinyin readings kept or dropped): furniture, never the
 * title. The lines are the openings of two corpus texts (national-feiyi-baohudanwei-2021-trad-souny,
 * sichuan-spring-festival-day1-2022-6188119-trad); the report's own lines that name new users'
 * accounts (a heading, a sentence with a count) are kept.
 */

const lede =
  "登錄1月31日,四川省文化和旅游產(chǎn)業(yè)領(lǐng)導小組辦公室傳來(lái)好消息,春節假期首日,全省納入監測的A級景區接待遊客465.1萬人次。";

describe("a sign-in box's note over the page", () => {
  test.each([
    ["新用戶登錄后自動創(chuàng)建賬號"],
    ["新用戶(hù)登錄后自動(dòng)創(chuàng )建賬號"],
    ["新用户登录后自动创建账号"],
  ])("`%s` is no title", (note) => {
    const { bulletin } = parseBulletinText(`${note}\n${lede}`);
    expect(bulletin.publication.title).toBeUndefined();
  });

  test("the headline under the note is the title", () => {
    const { bulletin } = parseBulletinText(
      `新用戶登錄后自動創(chuàng)建賬號\n\n四川春節假期首日接待遊客465.1萬人次\n\n${lede}`,
    );
    expect(bulletin.publication.title).toBe("四川春節假期首日接待遊客465.1萬人次");
  });

  test.each([
    [
      "a heading about new users' accounts",
      "二、新用户登录后自动创建账号问题",
      "新用户登录后自动创建账号问题",
    ],
    ["a heading about signing in", "一、新用户登录", "新用户登录"],
  ])("%s stays a section", (_, heading, title) => {
    const text = `某市12345热线运行情况通报\n12月，12345热线共受理群众诉求15230件，同比增长5.2%。\n${heading}\n反映新用户登录后无法创建账号的诉求312件。`;
    const { sections } = parseBulletinText(text).bulletin;
    expect(sections.map((s) => s.title)).toContain(title);
  });

  test("a sentence counting new users' accounts keeps its figure", () => {
    const text =
      "某市12345热线运行情况通报\n12月，12345热线共受理群众诉求15230件。\n新用户登录后自动创建账号312个。";
    const { metrics } = parseBulletinText(text).bulletin;
    expect(metrics.map((m) => m.value)).toContain(312);
  });
});
