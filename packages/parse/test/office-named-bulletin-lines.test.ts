import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A bulletin named after the office that issues it (`某某领导小组办公室简报（2024年第二期）`) on a page
 * whose source is the site itself (`来源：本网`, `來源：本網`; issue 14, a city portal's copy in
 * traditional characters of a formerly held-out set): the office is the publisher, the site's
 * `本网` none. Every text here is written for the test.
 */

const PAGE = (title: string, source: string) =>
  `${title}\n发布日期：2024-03-19 15:32\n${source}\n关于2024年1-2月全市重点项目建设进展情况的报告\n一、总体完成情况\n1-2月，全市重点项目累计完成投资35.2亿元，同比增长12.1%。`;

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a bulletin named after its office, on a page whose source is the site", () => {
  test.each([
    [
      "东林市重点项目推进领导小组办公室简报（2024年第二期）",
      "来源：本网",
      "东林市重点项目推进领导小组办公室",
    ],
    [
      "東林市重點項目推進領導小組辦公室簡報(2024年第二期)",
      "來源：本網",
      "東林市重點項目推進領導小組辦公室",
    ],
    ["东林县政务服务中心工作简报（第3期）", "来源：本站", "东林县政务服务中心"],
  ])("parseBulletinText: `%s` under `%s` names the office", (title, source, publisher) => {
    expect(publisherOf(PAGE(title, source))).toBe(publisher);
  });

  test.each([
    // A bulletin named after its matter, not a body.
    "全市重点项目建设简报（2024年第二期）",
    "政务服务简报（第3期）",
  ])("parseBulletinText: `%s` names no publisher (counter-case)", (title) => {
    expect(publisherOf(PAGE(title, "來源：本網"))).toBeUndefined();
  });
});
