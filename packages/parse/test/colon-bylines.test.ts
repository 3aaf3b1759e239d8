import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { colonBylineAuthorOutlet, isColonByline } from "../src/internal/colon-byline";

/**
 * A reporter's byline printed with a colon after its role (`某某早报全媒体记者：王某`, `作者：某某信报 王某`)
 * opening a news copy that prints no headline, and a page's keywords field between such a byline
 * and the first paragraph: the page's credit and field, no title; the outlet a `作者` byline names is
 * the publisher when nothing else names one. Every text here is written for the test.
 */

const body =
  "9月12日，记者从某区水利局获悉，受强降雨影响，某江干支流出现2米的涨水过程。\n12日上午8时，仍有3条河流5个站水位超警，其中某站水位超警1.2米。";

describe("the shape of a byline with a colon", () => {
  test.each([
    ["某某早报全媒体记者：王某某", true],
    ["某某日报记者：王某", true],
    ["记者：王某 李某", true],
    ["记者：王某、李某某", true],
    ["特约记者:张某某", true],
    ["作者：某某信报 王某", true],
    ["作 者：某某晚报李某", true],
    ["◇記者：陳某某", true],
    // Near-misses: a sentence after the colon, a role that goes on before it, a long line.
    ["记者：近日从市统计局获悉", false],
    ["记者：从某局获悉，今年以来全市增长5%", false],
    ["记者手记：某某", false],
    ["记者节：某某", false],
    ["作者简介：王某", false],
    ["某某早报全媒体记者：王某某李某某张某某赵某某钱某某孙某某周某某", false],
  ])("`%s` → %s", (text, expected) => {
    expect(isColonByline(text)).toBe(expected);
  });

  test.each([
    ["作者：某某信报 王某", "某某信报"],
    ["作 者：某某晚报李某", "某某晚报"],
    ["作者：王某", undefined],
    ["某某日报记者：王某", undefined],
  ])("`%s` names the outlet %s after 作者", (text, outlet) => {
    expect(colonBylineAuthorOutlet(text)).toBe(outlet);
  });
});

describe("a colon byline opening a text without a headline", () => {
  test.each([
    ["某某早报全媒体记者：王某某", "某某早报"],
    ["作者：某某信报 王某", "某某信报"],
  ])("`%s`: no title, the outlet is the publisher", (byline, outlet) => {
    const { bulletin, warnings } = parseBulletinText(`${byline}\n${body}`);
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.publication.publisher?.name).toBe(outlet);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(true);
  });

  test("a spaced byline over a keywords field over the first paragraph: both the page's", () => {
    const { bulletin, warnings } = parseBulletinText(
      `◇记者 王某某 特约记者 李某\n关键词：某区 妇联 表彰\n某某报讯 昨日，某区妇联召开执委会议，表彰了25个先进集体。\n2024年，某区共培养40名女能手。`,
    );
    expect(bulletin.publication.title).toBeUndefined();
    const dropped = warnings
      .filter((w) => w.code === "web-line-dropped")
      .map((w) => w.position.line);
    expect(dropped).toEqual(expect.arrayContaining([1, 2]));
  });

  test.each([
    [
      "a headline over the byline",
      `某区汛期江河水位普遍上涨\n记者：王某某\n${body}`,
      "某区汛期江河水位普遍上涨",
    ],
    [
      "a headline that opens with 记者 and a colon's sentence",
      `某区举办记者节座谈会\n${body}`,
      "某区举办记者节座谈会",
    ],
  ])("%s keeps its headline", (_, text, title) => {
    expect(parseBulletinText(text).bulletin.publication.title).toBe(title);
  });

  test("a colon byline over a heading, not a paragraph, is not dropped as the page's", () => {
    const { warnings } = parseBulletinText(`记者：王某某\n一、基本情况\n${body}`);
    expect(
      warnings.some(
        (w) =>
          w.code === "web-line-dropped" && w.position.line === 1 && w.message.includes("王某某"),
      ),
    ).toBe(false);
  });

  test("a keywords field under a byline over no paragraph stays", () => {
    const { warnings } = parseBulletinText(
      `◇记者 王某某\n关键词：某区 妇联\n一、基本情况\n${body}`,
    );
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 2)).toBe(
      false,
    );
  });
});
