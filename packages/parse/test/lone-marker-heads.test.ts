import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `1、` / `自2012年以来持续增长，截至目前超过3万家。` / paragraphs / `2、` / …: a page that sets each
 * point's number in a paragraph of its own and its heading, one sentence, in the next (an app's
 * article layout): the heading (without its closing `。`) titles the point's item, when the text
 * numbers two or more points so. Every text here is written for the test.
 */

const LEAD = "某市社会组织发展情况\n\n据统计，截至2021年底，全市社会组织总数突破3万家。\n\n";

const titles = (body: string): (string | undefined)[] =>
  parseBulletinText(`${LEAD}${body}`).bulletin.sections.flatMap((s) => [
    s.title,
    ...s.items.map((i) => i.title),
  ]);

describe("a point's number alone over its heading", () => {
  test.each([
    [
      "1、\n\n自2012年以来持续增长，截至目前超过3万家。\n\n全市社会组织2012年只有1.2万家，2021年达到3.1万家。\n\n2、\n\n2021年新登记数量回升，7月达到高点。\n\n2021年新登记社会组织2100家，比上年增加300家。\n",
      ["自2012年以来持续增长，截至目前超过3万家", "2021年新登记数量回升，7月达到高点"],
    ],
    [
      "(1)\n苏南地区数量位列前三\n全市社会组织中，苏南地区占比达到45.2%。\n(2)\n农村社会组织增长较快\n农村社会组织年内新增320家，增长12.4%。\n",
      ["苏南地区数量位列前三", "农村社会组织增长较快"],
    ],
  ])("`%s` has the items %j", (body, expected) => {
    expect(titles(body)).toEqual(expect.arrayContaining(expected));
  });

  // Near-misses: one such number alone (a stray numeral), and a number over a long paragraph, title
  // nothing.
  test.each([
    [
      "1、\n\n自2012年以来持续增长，截至目前超过3万家。\n\n全市社会组织2012年只有1.2万家，2021年达到3.1万家。\n",
      "自2012年以来持续增长，截至目前超过3万家",
    ],
    [
      "1、\n\n全市社会组织2012年只有1.2万家，2021年达到3.1万家，其中社会团体1.1万家，民办非企业单位1.9万家，基金会120家。\n\n2、\n\n2021年新登记社会组织2100家，比上年增加300家，其中社会团体800家，民办非企业单位1280家，基金会20家。\n\n全市各类社会组织运行总体平稳。\n",
      "全市社会组织2012年只有1.2万家，2021年达到3.1万家，其中社会团体1.1万家，民办非企业单位1.9万家，基金会120家",
    ],
  ])("`%s` titles no item `%s`", (body, wrong) => {
    expect(titles(body)).not.toContain(wrong);
  });
});
