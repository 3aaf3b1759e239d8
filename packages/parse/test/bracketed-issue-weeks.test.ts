import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A weekly's page title stating its issue in brackets, the year before 第 with or without its 年,
 * and the week it covers after it in days written with dots (`某中心周报(2021第7期)2.27—3.05`,
 * `某局周报（2022年第12期）3.14-3.20`): the issue's number and year, and the week in that year.
 * A bracketed numeral that is no issue (`（2021）`) and a span of decimals in a sentence are not.
 * Every example is written for the rule, not taken from a page.
 */

const page = (title: string) =>
  `${title}\n发布日期: 2021-09-03 11:26\n来源: 数管中心\n上周共处理案件1282件，其中市级数字城管平台案件1187件。\n一、12345政府热线\n上周共受理12345案件45件，办理完成29件。`;

describe("a weekly's title with its bracketed issue and its week", () => {
  test.each([
    ["市城管局监督指挥中心周报(2021第7期)2.27—3.05", 7, 2021, ["2021-02-27", "2021-03-05"]],
    ["东林区数字城管周报（2022年第12期）3.14-3.20", 12, 2022, ["2022-03-14", "2022-03-20"]],
    ["某中心运行周报【2020第3期】1.13～1.19", 3, 2020, ["2020-01-13", "2020-01-19"]],
  ])(
    "parseBulletinText: `%s` is issue %i of %i, the week %j",
    (title, number, year, [start, end]) => {
      const { bulletin } = parseBulletinText(page(title));
      expect(bulletin.issue.number).toBe(number);
      expect(bulletin.issue.year).toBe(year);
      expect(bulletin.issue.period).toEqual({ kind: "range", start, end });
    },
  );

  test("parseBulletinText: the issue in brackets with nothing after it is read too", () => {
    const { bulletin } = parseBulletinText(page("市城管局监督指挥中心周报(2021第7期)"));
    expect(bulletin.issue.number).toBe(7);
    expect(bulletin.issue.year).toBe(2021);
  });

  test.each([
    "市城管局监督指挥中心周报（2021）2.27—3.05",
    "某中心关于(2021第7期)培训班学员名单的公示",
  ])("parseBulletinText: `%s` states no issue (counter-case)", (title) => {
    expect(parseBulletinText(page(title)).bulletin.issue.number).toBeUndefined();
  });
});
