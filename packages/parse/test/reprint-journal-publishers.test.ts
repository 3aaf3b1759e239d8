import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reprint site's copy of a journal article: the headline, the date the copy went up (its clock
 * and the author perhaps run on) and the journal's name with the issue of its year, written the
 * reprint sites' way (`城市轨道交通 2019年12期`: no 第, no brackets). The journal published the
 * article, so it is the publisher (the corpus README's reading of a magazine reprint's issue line).
 * A bulletin's own issue line names no publisher. Every text here is written for the test.
 */

const BODY =
  "\n\n文/某某\n\n内地33城2019年11月总客运量20.52亿人次,日均6841.6万人次,环比上涨3.05%。\n\n小结:本月某市单月日均首次突破300万人次。";

const publisherOf = (text: string): string | undefined =>
  parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a reprinted journal article names its journal", () => {
  test.each([
    {
      what: "a journal under the date line and its author",
      head: "某市地铁客运量总结\n\n2020-01-16 07:11:38王某\n城市轨道交通 2019年12期",
      expected: "城市轨道交通",
    },
    {
      what: "a journal under a bare date line",
      head: "红十字会救助\n2018-02-12\n某省年鉴 2018年0期",
      expected: "某省年鉴",
    },
    {
      what: "a journal's name with its middle dot, in traditional characters",
      head: "某市農產品價格周報\n\n2020-12-24 08:04:31王某某\n南方農業·上旬 2020年8期",
      expected: "南方農業·上旬",
    },
  ])("$what", ({ head, expected }) => {
    expect(publisherOf(`${head}${BODY}`)).toBe(expected);
  });
});

describe("issue lines that name no journal (counter-cases)", () => {
  test.each([
    ["a bulletin's own issue in its brackets", "《某市地铁月报》2019年12期\n\n某市地铁客运量总结"],
    ["a bulletin's own issue with 第", "某市地铁简报2019年第12期\n\n某市地铁客运量总结"],
    ["a journal cited in a sentence", "某市地铁客运量总结\n\n详见城市轨道交通 2019年12期。"],
  ])("%s", (_, head) => {
    expect(publisherOf(`${head}${BODY}`)).toBeUndefined();
  });
});
