import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook database's record (`书名：` / `一级目：城乡建设和管理` / `二级目：住房和城乡建设` over the entry):
 * the entry's name in lenticular brackets opening its text (`【市政道路建设】2021年，…`) is its title,
 * without the brackets, and the year its text opens with is the period. Near-misses keep their
 * reading (no such title): a bracketed name without the catalogue's fields (a bulletin's part), a
 * name holding other marks (`【农村“厕所革命”】`), a label (`【概况】`). Every example is written for the
 * rule.
 */

const record = (entry: string): string =>
  [
    "书名:",
    "一级目:城乡建设和管理",
    "二级目:住房和城乡建设",
    `${entry}2021年,某区作为建设责任单位的项目有市政道路建设、综合环境整治等4类,全年计划完成投资6000万元,截至12月底完成投资5820万元。`,
  ].join("\n\n");

const parsed = (text: string) => parseBulletinText(text).bulletin;

describe("a catalogued yearbook entry", () => {
  test.each([
    ["【市政道路建设】", "市政道路建设"],
    ["【工伤认定及劳动能力鉴定】 ", "工伤认定及劳动能力鉴定"],
  ])("`%s` under the catalogue's fields: the title, the year its text records", (entry, title) => {
    const bulletin = parsed(record(entry));
    expect(bulletin.publication.title).toBe(title);
    expect(bulletin.issue.period).toEqual({ kind: "year", year: 2021 });
  });

  test.each([
    ["a name holding other marks", record("【农村“厕所革命”】")],
    ["a label", record("【概况】")],
    [
      "no catalogue's fields over it",
      "【市政道路建设】2021年,某区作为建设责任单位的项目有市政道路建设、综合环境整治等4类,全年计划完成投资6000万元。",
    ],
  ])("%s: no title of the bracketed words", (_name, text) => {
    const title = parsed(text).publication.title;
    expect(title === undefined || !/^(?:市政道路建设|农村“厕所革命”|概况)$/.test(title)).toBe(true);
  });
});
