import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Four shapes of the credit closing a copied news report, each naming the outlet it came from, the
 * publisher: an outlet's compiling credit run on to the last paragraph (`…。（某某网综编）`, a stray
 * cell mark perhaps after it: `…。（某某网综编） |`), an outlet's credit the copy cut short
 * (`…。(某某新闻编辑刘`), a paper in title marks with its desk, alone under the last paragraph
 * (`（《某某时报》快讯中心）`), and 据 with an outlet's name alone (`据某某日报`). Near-misses name
 * no publisher: a word before a desk's, a bracket opening a clause, a book's title in marks,
 * 据 before a body's or a person's name. Every text here is written for the test.
 */

const BODY = [
  "某市大数据显示",
  "端午小长假期间,全市共接待游客108.5万人次,实现旅游收入4.8亿元,同比分别增长12.6%和15.2%。",
];
const LAST =
  "小长假期间,全市旅游景点无重大旅游服务质量投诉、无旅游安全责任事故,旅游市场安全平稳有序。";
const publisherOf = (...lines: string[]) =>
  parseBulletinText([...BODY, ...lines].join("\n")).bulletin.publication.publisher?.name;

describe("credits closing a copied report that name its outlet", () => {
  test.each([
    ["a site's compiling credit run on", [`${LAST}(某某财经网综编)`], "某某财经网"],
    ["a stray cell mark after it", [`${LAST}（某某日报综合） |`], "某某日报"],
    ["an agency's translation credit", [`${LAST}（某某社编译）`], "某某社"],
    ["an editor's credit cut short", [`${LAST}(某某新闻编辑刘`], "某某新闻"],
    ["a reporter's credit cut short", [`${LAST}（某某日报记者 王`], "某某日报"],
    ["a paper in title marks with its desk", [LAST, "(《某某时报》快讯中心)"], "某某时报"],
    ["a paper in title marks alone", [LAST, "（《某某晚报》）"], "某某晚报"],
    ["据 and a paper", [LAST, "据某某证券报"], "某某证券报"],
    ["據 and a site, traditional", [LAST, "據某某新聞網"], "某某新聞網"],
  ])("(%s)", (_, lines, name) => {
    expect(publisherOf(...lines)).toBe(name);
  });

  test.each([
    ["a word before the desk's", [`${LAST}（信息综合）`]],
    ["a bracket opening a clause", [`${LAST}(按可比口径计算`]],
    ["a role after no outlet", [`${LAST}（本报记者 王`]],
    ["a statute in title marks", [LAST, "（《某某条例》第三条）"]],
    ["据 before a person's name", [LAST, "据王某某"]],
    [
      "据 and a paper under a line closing no sentence",
      ["全市旅游市场安全平稳有序", "据某某证券报"],
    ],
  ])("(%s) names none", (_, lines) => {
    expect(publisherOf(...lines)).toBeUndefined();
  });
});
