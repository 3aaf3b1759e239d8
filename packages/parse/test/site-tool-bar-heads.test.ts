import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * What a government site prints over a copied page's headline besides its path: a tool bar whose
 * account links come first and whose other links are named by one word (`登录 | 注册   微信 简体 繁体`),
 * and the label of the site's clock left without its date (`今天是`), over a widget's label
 * (`天气预报：`). Neither is the report's title. Near-misses: a hotline's channels with no account link
 * first, a sentence about registering, and one account's link alone whose name ends in the bar's word
 * (`客服微信`, `官方微博`: `site-account-links` pins it as a title). Every example here is written for
 * the rule, not taken from a page.
 */

const parse = (text: string) => parseBulletinText(text);
const headline = "某县市场监管局开展节前食品安全检查";
const page = (over: string): string =>
  `${over}\n\n${headline}\n\n来源：某县人民政府办公室2024-02-05\n\n为保障节日食品安全，该局共出动执法人员126人次，检查经营户418户次。\n`;

describe("a site's tool bar over the headline", () => {
  test.each([
    "登录 | 注册   微信 简体 繁体",
    "登录 注册 微博 微信",
    "注册 | 登录 | 繁體",
    "设为首页 加入收藏 微信",
  ])("parseBulletinText: `%s` is the site's, the headline under it the title", (bar) => {
    const { bulletin } = parse(page(bar));
    expect(bulletin.publication.title).toBe(headline);
  });

  test.each([
    ["a hotline's channels, no account link first", "微信 微博", "微信微博"],
    ["a sentence about registering", "登录注册用户3.2万人", "登录注册用户"],
    ["one account's link alone", "客服微信", "客服微信"],
    ["the official account alone", "官方微博", "官方微博"],
  ])("parseBulletinText: %s stays the text's (`%s`)", (_, line, kept) => {
    const { bulletin } = parse(
      `一、受理渠道\n${line}\n全年共受理群众诉求3.2万件，办结率99.1%，同比提高0.4个百分点。\n`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain(kept);
  });
});

describe("one account's link alone over a report (near-miss)", () => {
  test.each(["客服微信", "官方微博"])(
    "parseBulletinText: `%s` keeps its reading as the title",
    (line) => {
      const { bulletin } = parse(
        `${line}\n近日从某市消防支队获悉，今年第一季度全市共发生火灾189起，同比上升3.5%。\n其中，电器火灾是主要原因。\n`,
      );
      expect([bulletin.publication.title, ...bulletin.sections.map((s) => s.title)]).toContain(
        line,
      );
    },
  );
});

describe("a site's clock label left without its date", () => {
  test.each(["今天是", "今天是：", "今天是:  "])(
    "parseBulletinText: `%s` over a widget's label and the headline is the site's",
    (clock) => {
      const { bulletin } = parse(page(`${clock}\n天气预报：`));
      expect(bulletin.publication.title).toBe(headline);
    },
  );

  test("parseBulletinText: a sentence opening with 今天是 stays the text's", () => {
    const { bulletin } = parse(
      `${headline}\n今天是春节假期第三天，全县共接待游客3.6万人次，同比增长12.5%。\n`,
    );
    expect(bulletin.publication.title).toBe(headline);
    expect(JSON.stringify(bulletin.sections)).toContain("今天是春节假期第三天");
  });
});
