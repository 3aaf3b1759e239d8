import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A paper's archive page prints an article database's fields over the report's headline: a summary
 * field holding the report's lede (`内容摘要：某某日报讯 记者…。`), keywords (`关键词：…；…`) and empty
 * labels (`作者简介：`). The fields are the page's: the headline under them is the title, and the lede
 * under it names the outlet. A summary that the text does not print again is the text's own abstract
 * and stays; fields over a paragraph (no headline) stay. (Keywords straight over the headline, with
 * no mark closing them, are a line the repair joins to it, as it joins any line broken mid-phrase:
 * the pages print an empty label under them.) Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const LEDE =
  "某城日报讯 记者王明、通讯员李华报道:记者从昨天召开的全市妇女代表大会上获悉,全市巾帼志愿者已达8.6万人。";
const MORE = "据统计,出席本次大会的代表共512名,其中基层一线代表占86.5%,比上届提高4.2个百分点。";
const HEADLINE = "全市巾帼志愿者达8.6万人";

describe("an article database's fields over a headline", () => {
  test.each([
    [
      "summary, keywords and an empty label",
      [`内容摘要:${LEDE}`, "关键词:妇女代表大会;巾帼志愿者;代表", "作者简介:"],
    ],
    ["summary alone", [`摘要:${LEDE}`]],
    [
      "keywords parted by spaces",
      [`内容提要:${LEDE}`, "关键词:妇代会 志愿者 基层代表", "作者简介:"],
    ],
    ["traditional", [`內容摘要:${LEDE}`, "關鍵詞:婦女代表大會;巾幗志願者", "作者簡介:"]],
  ])("(%s) are the page's: the headline is the title", (_, fields) => {
    const b = read([...fields, HEADLINE, LEDE, MORE].join("\n"));
    expect(b.publication.title).toBe(HEADLINE);
    expect(b.publication.publisher?.name).toBe("某城日报");
  });

  test.each([
    [
      "an abstract the text does not print again",
      [
        "内容摘要:本文梳理了全市巾帼志愿服务的发展历程,分析了存在的问题并提出对策。",
        "关键词:巾帼志愿者;志愿服务",
      ],
    ],
    [
      "keywords that are a sentence",
      [`内容摘要:${LEDE}`, "关键词:今年以来,我市志愿服务持续发展。"],
    ],
  ])("fields of another shape (%s) stay", (_, fields) => {
    const b = read([...fields, HEADLINE, LEDE, MORE].join("\n"));
    expect(b.publication.title).not.toBe(HEADLINE);
  });
});
