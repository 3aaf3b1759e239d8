import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reprint credit worded without a label (`本文来源于上饶新闻网`), the site's address in brackets
 * after the name (`[www.srxww.com]`): the name is the publisher, as the same credit without the
 * address names it (bracketed-reprint-credits.test.ts). Excerpt from
 * yushan-binxi-town-investment-2017-srxww (formerly held-out-220); the other cases are invented.
 */

const LEDE =
  "玉山县冰溪镇坚持把招商引资作为加快经济发展的主抓手，2017年引进投资5亿元的德隆防水布项目已开工建设。";
const publisher = (lines: readonly string[]) =>
  parseBulletinText(lines.join("\n")).bulletin.publication.publisher?.name;

describe("a reprint credit with the site's address in brackets", () => {
  test.each([
    ["本文来源于上饶新闻网[www.srxww.com]", "上饶新闻网"],
    ["本文来源于某某新闻网（http://www.example.com.cn/）", "某某新闻网"],
    ["转载自某某日报(www.example.cn)。", "某某日报"],
  ])("`%s` names %s", (credit, name) => {
    expect(publisher([LEDE, credit])).toBe(name);
  });
});

describe("lines with an address in brackets that are no credit (near-misses)", () => {
  test.each([
    // A sentence naming a site and its address.
    ["详情请登录上饶新闻网[www.srxww.com]查询。"],
    // A credit whose address is followed by more words.
    ["本文来源于上饶新闻网[www.srxww.com]，转载请注明出处"],
  ])("`%s` names no publisher", (line) => {
    expect(publisher([LEDE, line])).toBeUndefined();
  });
});
