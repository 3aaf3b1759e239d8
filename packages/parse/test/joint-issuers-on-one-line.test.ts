import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two bodies that sign a release together on one line under its title, set apart by spaces
 * (`某县统计局  国家统计局某县调查队`, as joint statistical releases print them when the copy kept them on
 * one line, in either script, a converter's pinyin perhaps after characters): the first is the
 * publisher, as when they sign on two lines. One body's name printed
 * with a space in it (`某市 统计局`) and two names too short to be bodies keep their reading. Every
 * text here is written for the test.
 */

const release = (signers: string) =>
  `某县2023年一季度经济运行情况\n\n${signers}\n\n(2023年4月25日)\n\n今年以来，全县经济实现良好开局。\n\n一、农业经济总体稳定\n\n一季度，蔬菜产量43.7万吨，同比增长2.3%。`;
const publisher = (signers: string) =>
  parseBulletinText(release(signers)).bulletin.publication.publisher?.name;

describe("two bodies signing on one line", () => {
  test.each([
    ["a bureau and a survey office", "某县统计局  国家统计局某县调查队", "某县统计局"],
    ["one space", "某省统计局 国家统计局某省调查总队", "某省统计局"],
    ["two bureaus", "某市发展和改革委员会　某市统计局", "某市发展和改革委员会"],
    [
      "traditional, a converter's pinyin",
      "某某自治區(qū)統(tǒng)計局 國家統(tǒng)計局某某調(diào)查總隊",
      "某某自治區統計局",
    ],
  ])("%s: the first body is the publisher", (_, signers, first) => {
    expect(publisher(signers)).toBe(first);
  });

  test("the co-issuer is kept as a masthead line the parser warns it does not place", () => {
    const { warnings } = parseBulletinText(release("某县统计局  国家统计局某县调查队"));
    const unplaced = warnings.filter((w) => w.code === "unrecognised-masthead-line");
    expect(unplaced.map((w) => w.message).join()).toContain("国家统计局某县调查队");
  });

  test("one body's name printed with a space stays whole", () => {
    expect(publisher("某市 统计局")).toBe("某市统计局");
  });
});
