import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reporter's byline opening a news copy that prints no headline (`某某日报记者 韩某` over the
 * first paragraph): the page's credit, no title; the outlet it names is the publisher when nothing
 * else names one. A byline over a headline, a headline that holds `记者` in its words, or a byline
 * over no paragraph keeps its old reading. Every text here is written for the test.
 */

const body =
  "16日，某省政协第十三届三次会议在省城开幕。\n会议期间，省政协全年组织协商会议21次、调研视察32项，提交建议报告24件。";

describe("a byline opening a text without a headline", () => {
  test.each([
    ["某某日报记者 韩某", "某某日报"],
    ["科技日報記者 韓某", "科技日報"],
    ["某省日报记者 王某 李某", "某省日报"],
    ["某某晚报记者 王某 通讯员 李某", "某某晚报"],
  ])("`%s`: no title, its outlet is the publisher", (byline, outlet) => {
    const { bulletin, warnings } = parseBulletinText(`${byline}\n${body}`);
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.publication.publisher?.name).toBe(outlet);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(true);
  });

  test("`本报记者 韩某`: no title, and no outlet named", () => {
    const { bulletin } = parseBulletinText(`本报记者 韩某\n${body}`);
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.publication.publisher).toBeUndefined();
  });

  test.each([
    [
      "a headline over the byline",
      `某省政协全年组织协商会议21次\n某某日报记者 韩某\n${body}`,
      "某省政协全年组织协商会议21次",
    ],
    ["a headline about reporters", `某省举办新闻记者培训班\n${body}`, "某省举办新闻记者培训班"],
  ])("%s keeps its headline", (_, text, title) => {
    expect(parseBulletinText(text).bulletin.publication.title).toBe(title);
  });

  test("a byline over a heading, not a paragraph, is not dropped as the page's", () => {
    const { warnings } = parseBulletinText(`某某日报记者 韩某\n一、基本情况\n${body}`);
    expect(
      warnings.some(
        (w) => w.code === "web-line-dropped" && w.position.line === 1 && w.message.includes("韩某"),
      ),
    ).toBe(false);
  });
});
