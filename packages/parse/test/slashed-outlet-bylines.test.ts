import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A byline that names its outlets joined by a slash, an app's brand and a county's media centre
 * (`某某云/某县融媒体中心 记者 王某 通讯员 李某`), or one outlet spaced from the role (`某县融媒体中心
 * 记者 王某`), opening a copy that prints no headline: the page's credit, no title; the outlets as
 * printed are the publisher when one of them is a news outlet's name and nothing else names one.
 * Written for the rule (formerly held-out-29's `丝路昌吉/昌吉州融媒体中心 记者 刘茜 通讯员 姚博`, read as the
 * title); the bylines are invented.
 */

const BODY =
  "“您好，请问有什么可以帮您？”11月4日，某州12345热线话务大厅内，27名话务员端坐在屏前。\n自上线以来，12345热线累计受理群众诉求近90万件，办结率达99.63%。";

describe("a byline naming outlets joined by a slash, or spaced from its role", () => {
  test.each([
    ["某某云/某州融媒体中心 记者 王某 通讯员 李某", "某某云/某州融媒体中心"],
    // (The repair writes a full-width slash as `/`.)
    ["某某云／某县融媒体中心 记者 王某某", "某某云/某县融媒体中心"],
    ["某州融媒体中心 记者 王某 通讯员 李某", "某州融媒体中心"],
    ["某某日报 记者 王某", "某某日报"],
  ])(
    "parseBulletinText: `%s` over the first paragraph: no title, %s the publisher",
    (byline, outlet) => {
      const { bulletin } = parseBulletinText(`${byline}\n${BODY}`);
      expect(bulletin.publication.title).toBeUndefined();
      expect(bulletin.publication.publisher?.name).toBe(outlet);
    },
  );

  test("parseBulletinText: names joined by a slash that are no outlet's name no publisher (counter-case)", () => {
    const { bulletin } = parseBulletinText(`某某/某某某 记者 王某\n${BODY}`);
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.publication.publisher).toBeUndefined();
  });

  test.each([
    ["a headline with a slash in its words", "城乡/区域协调发展取得新进展"],
    ["a headline about a media centre's reporters", "某县融媒体中心记者深入一线采访"],
  ])("parseBulletinText: %s stays the title (counter-case)", (_, headline) => {
    expect(parseBulletinText(`${headline}\n${BODY}`).bulletin.publication.title).toBe(headline);
  });
});
