import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A journal database's record of an article: the abstract, then `出处` / `《某某》` and the issue the
 * article ran in with its pages (`2016年第2期52-53,共2页`). The issue line is the record's, no line of
 * the text; it gives the article's number and year, as a journal's `城市轨道交通 2019年12期` line
 * does (journal-article-pages.test.ts). Excerpts from dali-forest-fires-2011-2015-yunnan-forestry and
 * fengjie-poverty-2016-2017-abstract (formerly held-out-223 and held-out-133).
 */

const ABSTRACT =
  "森林火灾是一种突发性强、破坏性大、危害性高、处置困难的自然灾害，2011—2015年全州共发生森林火灾47起。";

const issue = (lines: readonly string[]) => {
  const { bulletin } = parseBulletinText(lines.join("\n"));
  return { number: bulletin.issue.number, year: bulletin.issue.year };
};

describe("a journal record's issue line", () => {
  test.each([
    ["《云南林业》", "2016年第2期52-53,共2页", 2, 2016],
    ["《中国扶贫》", "2018年第16期38-41,共4页", 16, 2018],
    // One page, a full-width comma.
    ["《某某农业》", "2019年第5期12，共1页", 5, 2019],
  ])("`%s` / `%s` gives number %i of %i", (journal, line, number, year) => {
    expect(issue(["摘要", ABSTRACT, "出处", journal, line])).toEqual({ number, year });
  });

  test("the line is dropped from the text", () => {
    const { bulletin } = parseBulletinText(["摘要", ABSTRACT, "2016年第2期52-53,共2页"].join("\n"));
    expect(JSON.stringify(bulletin)).not.toContain("共2页");
  });
});

describe("lines that are no journal record's issue (near-misses)", () => {
  test.each([
    // A sentence that counts pages: the text's.
    { what: "a sentence", line: "2016年第2期共刊发文章52篇，共2页。" },
    // An issue number with no pages: no record's line.
    { what: "an issue alone", line: "2016年第2期" },
    // Pages with no issue.
    { what: "pages alone", line: "52-53,共2页" },
  ])("$what", ({ line }) => {
    expect(issue(["摘要", ABSTRACT, line])).toEqual({ number: undefined, year: undefined });
  });
});
