import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two lines that looked like a publisher and are none: a name atop a page that ends as an outlet's
 * (`某光台`) with an entry of the site's menu under it (`联系我们`, `网站首页`): the first entry of the
 * menu; and a name of two characters alone under the last paragraph (`社会`, `协会`): a word a copy
 * cut short or a kind of body. Near-misses keep their reading: a site's name atop a page with its
 * headline under it, and an office's name of three characters or more under the last paragraph.
 * Every text here is written for the test.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const body =
  "某某省持续开展困难群众御寒救助工作\n2020年12月以来,全省共走访慰问困难群众6.86万户13.5万人,发放棉被2.86万床、棉衣2.19万件,共计569.36万元。\n向全省21.2万城乡低保对象发放12月份低保金共计8614.2万元。";

describe("a menu's entry atop a page names no publisher", () => {
  test.each([
    ["联系我们", "曝光台\n联系我们"],
    ["网站首页", "直播台\n网站首页"],
    ["设为首页", "某某网\n设为首页"],
  ])("(%s under it)", (_, head) => {
    expect(publisherOf(`${head}\n${body}`)).toBeUndefined();
  });

  test("a site's name over the headline stays the publisher", () => {
    expect(publisherOf(`某某网\n${body}`)).toBe("某某网");
  });
});

describe("a two-character name under the last paragraph names no publisher", () => {
  test.each([["社会"], ["社會"], ["协会"]])("(%s)", (name) => {
    expect(publisherOf(`${body}\n${name}`)).toBeUndefined();
  });

  test("an office's name of three characters or more stays", () => {
    expect(publisherOf(`${body}\n某市民政局`)).toBe("某市民政局");
  });
});
