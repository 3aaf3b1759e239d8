import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A flattened report's section whose stock heading (`基本情况`, `总体情况`, `存在问题`, `下一步工作打算`)
 * its copy ran straight into the paragraph's first words (`…报告如下：一、基本情况全镇总面积…`): the
 * stock words head the section and the paragraph follows. The same words opening a clause
 * (`一、总体情况良好，…`) and a heading that is no stock one change nothing. Invented variants.
 */

const sectionsOf = (text: string) =>
  parseBulletinText(text)
    .bulletin.sections.map((s) => s.title)
    .filter((t) => t !== "正文");

describe("a stock heading run into its paragraph", () => {
  test.each([
    [
      "after a lead's colon",
      "为抓好问题整改，镇党委成立了领导小组，现将整改情况报告如下：一、基本情况全镇总面积85.6平方公里，辖12个行政村，总人口2.3万人。",
      ["基本情况"],
    ],
    [
      "after a sentence's end, the next section's",
      "一、工作开展情况 全年共受理群众诉求3.5万件，办结率99.2%。二、存在问题部分诉求办理时限较长，群众满意度有待提高。",
      ["工作开展情况", "存在问题"],
    ],
  ])("%s", (_, text, titles) => {
    expect(sectionsOf(text)).toEqual(titles);
  });
});

describe("stock words that open a clause (near-misses)", () => {
  test.each([
    [
      "the words and a comma",
      "现将有关情况报告如下：一、总体情况良好，全年共受理群众诉求3.5万件，办结率99.2%。",
      "总体情况",
    ],
    [
      "no stock heading",
      "现将有关情况报告如下：一、全镇总面积85.6平方公里，辖12个行政村，总人口2.3万人。",
      "全镇总面积",
    ],
  ])("%s", (_, text, not) => {
    expect(sectionsOf(text)).not.toContain(not);
  });
});
