import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `“12345”热线8月份运行概况` / `8月份诉求分类统计` / `承办单位办理情况` / `典型案例` / `“12345”热线8月份运行概况` /
 * `8月份，…`: an issue's contents list printed under its masthead, one part's name a line, whose
 * first entry is printed again right after it as the heading of the first part's text. The list is
 * dropped (`web-line-dropped`) and the copy heads the first section, instead of the list's lines
 * joining into one heading. Near-misses: stacked heading lines whose first is not printed again, a
 * first entry printed again with no running text under it, two entries alone before the copy.
 * Written for the rule (a county 12345 monthly of the formerly held-out sets 60–105); every text
 * here is invented.
 */

const MASTHEAD = "某县12345热线简报\n2021年第8期\n某县政务服务中心 2021年9月6日\n";
const FIRST = "“12345”热线8月份运行概况";
const PARAGRAPH = "8月份，全县12345热线共受理群众诉求2630件，办结2588件，办结率98.4%。";
const LATER = "\n二、8月份诉求分类统计\n城乡建设类诉求562件，占21.4%。";

const read = (text: string) => {
  const { bulletin, warnings } = parseBulletinText(text);
  return {
    sections: bulletin.sections.map((s) => s.title),
    dropped: warnings.filter((w) => w.code === "web-line-dropped").length,
  };
};

describe("a contents list whose first entry heads the first part", () => {
  test.each([
    [
      "four entries, the first again over its paragraph",
      `${MASTHEAD}${FIRST}\n8月份诉求分类统计\n承办单位办理情况\n典型案例\n${FIRST}\n${PARAGRAPH}${LATER}`,
    ],
    [
      "three entries, blank lines between",
      `${MASTHEAD}\n${FIRST}\n\n8月份诉求分类统计\n\n典型案例\n\n${FIRST}\n\n${PARAGRAPH}${LATER}`,
    ],
  ])("%s", (_, text) => {
    const got = read(text);
    expect(got.sections[0]).toBe(FIRST);
    expect(got.sections).not.toContain(`${FIRST}8月份诉求分类统计`);
    expect(got.dropped).toBeGreaterThanOrEqual(3);
  });

  test.each([
    [
      "stacked heading lines, the first not printed again",
      `${MASTHEAD}${FIRST}\n8月份诉求分类统计\n承办单位办理情况\n${PARAGRAPH}`,
    ],
    ["two entries alone before the copy", `${MASTHEAD}${FIRST}\n典型案例\n${FIRST}\n${PARAGRAPH}`],
    [
      "the copy with no running text under it",
      `${MASTHEAD}${FIRST}\n8月份诉求分类统计\n承办单位办理情况\n典型案例\n${FIRST}\n城乡建设类 | 562 | 21.4% |`,
    ],
  ])("near-miss: %s keeps its lines", (_, text) => {
    expect(read(text).dropped).toBe(0);
  });
});
