import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 范文 page's title opening with a template's placeholder where the issuing body's name goes
 * (`2021年XX乡人民政府关于…的报告`, `XX市XX区XX街道办事处关于…`, `2023XX团委关于…`): the page names no
 * body, so it has no publisher; the title stays as printed. Lines from tuning texts
 * (`township-flood-relocation-2021-laobiganzi`, `chongqing-pulv-street-flood-report`,
 * `county-youth-league-h1-maok`); near misses name a body and keep it.
 */

const BODY =
  "近期，降雨量持续增加，我乡部分通村路、通组路出现不同程度损坏，共转移6户34人，集中安置6户34人。";
const read = (text: string) => parseBulletinText(text).bulletin.publication;

describe("a placeholder body's name in a template's title", () => {
  test.each([
    { title: "2021年XX乡人民政府关于开展防汛减灾工作情况的报告" },
    { title: "XX市XX区XX街道办事处关于洪涝灾情报告" },
    { title: "2023XX团委关于上半年工作总结" },
    { title: "××县人民政府关于开展防汛减灾工作情况的报告" },
  ])("parseBulletinText: `$title` names no publisher and keeps its title", ({ title }) => {
    const publication = read(`${title}\n${BODY}`);
    expect(publication.publisher).toBeUndefined();
    expect(publication.title).toBe(title);
  });

  test.each([
    { title: "2021年某乡人民政府关于开展防汛减灾工作情况的报告", publisher: "2021年某乡人民政府" },
    { title: "某县人民政府关于开展防汛减灾工作情况的报告", publisher: "某县人民政府" },
  ])("parseBulletinText: `$title` names $publisher", ({ title, publisher }) => {
    expect(read(`${title}\n${BODY}`).publisher?.name).toBe(publisher);
  });
});
