import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news feature's question sub-head over its deck line (`就业形势怎么样？` / `——总体平稳 1-6月城镇新增
 * 就业717万`): the question heads a part of the text, the deck is that part's first paragraph. A
 * question that is a sentence of the text (a reporter's, `记者问：…？`), one over running text with no
 * deck, or one longer than a sub-head is left as it was read. Written for the rule (batch s17b's
 * 人社部 briefing copy lost its question sub-head `就業形勢怎么樣?`); every text here is invented.
 */

const LEDE =
  "某某网北京7月9日电 某部副部长8日在吹风会上回应了有关就业的热点问题：上半年就业形势总体平稳，城镇新增就业717万。";
const PART = "就业是民生之本。对于上半年的就业形势，他指出，整个上半年就业形势总体平稳。";

const sections = (lines: string[]) =>
  parseBulletinText(
    ["某部：上半年就业形势总体平稳", "来源：某某网", LEDE, ...lines].join("\n"),
  ).bulletin.sections.map((s) => s.title);

describe("a question sub-head over its deck", () => {
  test.each([
    ["就业形势怎么样？", "——总体平稳 1-6月城镇新增就业717万"],
    ["工资怎么调?", "——6地上调最低工资标准"],
    ["養老金漲多少？", "——總體上調5%左右"],
  ])("`%s` heads a part", (question, deck) => {
    // (An ASCII `?` in Chinese text is written full-width, as the repair writes it.)
    expect(sections([question, deck, PART])).toContain(question.replace("?", "？"));
  });

  test.each([
    ["a reporter's question, a colon in it", ["记者问：就业形势怎么样？", "——总体平稳", PART]],
    ["a question over running text, no deck", ["就业形势怎么样？", PART]],
    [
      "a question longer than a sub-head",
      ["今年上半年全国城镇就业形势与去年同期相比怎么样？", "——总体平稳", PART],
    ],
  ])("%s: no heading", (_, lines) => {
    expect(sections(lines).some((s) => /[？?]$/.test(s))).toBe(false);
  });
});
