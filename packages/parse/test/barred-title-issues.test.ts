import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page title printing a series' issue between the series' name and the issue's headline, a bar
 * between them (`政务管理服务工作第24期丨部分县市区推进…经验做法`, `督查通报第3期｜关于…`): the issue's
 * number (and year where it stands before 第); the title keeps the headline. A 第N期 inside a
 * headline with no bar after it (`关于第5期培训班…`), or one that opens the line with no series'
 * name before it, numbers nothing here. Every example is written for the rule, not taken from a page.
 */

const page = (title: string) =>
  `${title}\n\n某省人民政府门户网站 www.example.gov.cn 发布时间: 2021-10-20 15:25\n\n  今年以来，全省各级各部门深化改革，全省共受理事项1250件，办结1236件。\n\n一、夯实改革基础\n\n新大厅面积10500平方米。`;

describe("a series' issue between its name and the headline, a bar after it", () => {
  test.each([
    ["政务管理服务工作第24期丨部分县市区推进政务管理服务工作经验做法", 24, undefined],
    ["督查通报第3期｜关于全市重点工作推进情况的通报", 3, undefined],
    ["营商环境简报2022年第十二期 | 某区优化营商环境的做法", 12, 2022],
    ["政务服务工作动态第5期|某县推行一窗通办", 5, undefined],
  ])("parseBulletinText: `%s` is issue %i (year %s)", (title, number, year) => {
    const { bulletin } = parseBulletinText(page(title));
    expect(bulletin.issue.number).toBe(number);
    expect(bulletin.issue.year).toBe(year);
    expect(bulletin.publication.title).toContain(title.split(/[丨|｜]/)[1]?.trim());
  });

  test.each([
    "关于第5期培训班学员结业的通知",
    "某区举办第3期干部培训班丨学员名单公布",
    "第24期丨部分县市区推进政务管理服务工作经验做法的汇编",
    "政务管理服务工作第24期部分县市区经验做法",
  ])("parseBulletinText: `%s` states no issue number (counter-case)", (title) => {
    expect(parseBulletinText(page(title)).bulletin.issue.number).toBeUndefined();
  });
});
