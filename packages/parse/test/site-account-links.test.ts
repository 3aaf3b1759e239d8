import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Links to a site's own accounts on a line of their own over a report that prints no headline
 * (`客服微信 网站公众号`, `官方微信 官方微博`), as a site's head prints them beside its tool links: the
 * site's, no title. One such link alone, one beside a word that is no link, a bare network's
 * name (`微信公众号`) and a heading that names the accounts the text counts keep their reading.
 * Every text here is written for the test.
 */

const BODY =
  "\n近日从省公安消防总队获悉，今年第一季度全省共发生火灾1899起，直接财产损失799万元，火灾起数上升了35.47%。\n其中，电器火灾是主要原因。";

describe("a line of a site's account links", () => {
  test.each([
    ["the customer service's and the site's accounts", "客服微信 网站公众号"],
    ["the official accounts, no space", "官方微信官方微博"],
    ["an account with a tool link", "网站公众号 | 设为首页"],
    ["a video account and the service link", "官方视频号 客服"],
    // A hotline label is a contact block's (contact-block-lines.test.ts), with or without a tool link.
    ["an account and the hotline", "网站公众号 客服热线"],
  ])("%s over the text are no title", (_, links) => {
    const { bulletin } = parseBulletinText(`${links}${BODY}`);
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.sections.map((s) => s.title)).not.toContain(links.replaceAll(" ", ""));
    expect(bulletin.metrics.map((m) => m.value)).toContain(1899);
  });

  test.each([
    ["one account link alone", "客服微信", "客服微信"],
    ["an account and a word that is no link", "网站公众号 工作动态", "网站公众号工作动态"],
  ])("%s keeps its reading", (_, line, title) => {
    const { bulletin } = parseBulletinText(`${line}${BODY}`);
    const seen = [bulletin.publication.title, ...bulletin.sections.map((s) => s.title)];
    expect(seen).toContain(title);
  });

  test("a heading naming the accounts the text counts stays a heading", () => {
    const { bulletin } = parseBulletinText(
      "一、微信公众号 网站建设\n全年微信公众号发布信息1200条，网站发布信息3400条，同比增长12.5%。",
    );
    expect(bulletin.sections.map((s) => s.title)).toEqual(["微信公众号网站建设"]);
  });
});
