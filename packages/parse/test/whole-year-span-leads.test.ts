import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A paragraph opening with a span of whole years and a comma, then its counts (`2004年~2010年，县政协
 * 委员…提出提案1386件`, `2016—2020年，全县…`, `2011年至2015年，…`): the report covers those years, first
 * January to last December, as `從2016年至2024年，…` already did in a later sentence. A span that
 * gives no number (a narrative), a span of months (`2004年1-10月`), or a span running backwards
 * states none; one whose ends are the same year states that year. Written for the rule (the corpus's shape, a county CPPCC's chronicle of proposals
 * over two terms, is the first).
 */

const period = (lead: string) =>
  parseBulletinText(
    `常委会主要工作\n【提案工作】\n${lead}\n做好提案落实工作，提高提案质量、办理质量和服务质量。`,
  ).bulletin.issue.period;

describe("a paragraph opening with a span of whole years", () => {
  test.each([
    ["2004年~2010年,县政协委员围绕全县经济发展提出提案1386件,审查立案1261件。", 2004, 2010],
    ["2016—2020年，全县累计完成固定资产投资856亿元，年均增长9.8%。", 2016, 2020],
    ["2011年至2015年，全市共受理群众来信来访12.5万件次。", 2011, 2015],
    ["2011-2015年,全市城镇新增就业23万人。", 2011, 2015],
  ])("parseBulletinText: `%s` covers %i to %i", (lead, from, to) => {
    expect(period(lead)).toEqual({ kind: "range", start: `${from}-01-01`, end: `${to}-12-31` });
  });

  // The same year at both ends is that year, as a later sentence's span reads it.
  test("parseBulletinText: `2020年至2020年，…` covers the year 2020", () => {
    expect(period("2020年至2020年，全市城镇新增就业2.3万人。")).toEqual({
      kind: "year",
      year: 2020,
    });
  });

  test.each([
    "2004年~2010年，县政协坚持团结和民主两大主题，围绕中心、服务大局。",
    "2004年1-10月，县政协委员围绕全县经济发展提出提案186件。",
    "2010年~2004年,县政协委员提出提案1386件。",
  ])("parseBulletinText: `%s` states no span of years (counter-case)", (lead) => {
    const p = period(lead);
    expect(p?.kind === "range" && p.end.endsWith("12-31") && p.start.endsWith("01-01")).toBe(false);
  });
});
