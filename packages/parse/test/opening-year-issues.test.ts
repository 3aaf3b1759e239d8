import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A title that opens with the year's issue before the bulletin's name (`2022年第三期消费维权分析报告`,
 * `2023年第5期12345热线工作简报`): the issue's number and year are those the title states, as they
 * are for `…简报（2022年第3期）`. An issue that opens a title naming something else than a
 * bulletin (`2022年第三期培训班开班`), a title opening with the number without a year
 * (`第三期消费维权分析报告` names no year), or a 第N期 inside a title's words numbers nothing new.
 * Every example here is written for the rule, not taken from a page.
 */

const lede =
  "本月全局共接收各类投诉举报175件，其中受理消费投诉166件，为消费者挽回经济损失2.82万元。";

const issueOf = (title: string) =>
  parseBulletinText(`${title}\n发布时间：2022-04-01\n\n${lede}`).bulletin.issue;

describe("a year's issue opening a bulletin's title", () => {
  test.each([
    { title: "2022年第三期消费维权分析报告", number: 3, year: 2022 },
    { title: "2023年第5期12345热线工作简报", number: 5, year: 2023 },
    { title: "2021年第十二期安全生产通报", number: 12, year: 2021 },
    { title: "2024年第2期市场监管动态", number: 2, year: 2024 },
    { title: "2022年第 3 期消费投诉分析", number: 3, year: 2022 },
  ])("parseBulletinText: `$title` is issue $number of $year", ({ title, number, year }) => {
    const issue = issueOf(title);
    expect(issue.number).toBe(number);
    expect(issue.year).toBe(year);
  });
});

describe("near-misses that state no issue", () => {
  test.each([
    "2022年第三期职业技能培训班开班",
    "2022年第三期“天府讲堂”圆满举办",
    "关于2022年第三期消费维权分析报告的说明会召开",
  ])("parseBulletinText: `%s` states no issue number", (title) => {
    const issue = issueOf(title);
    expect(issue.number).toBeUndefined();
    expect(issue.year).toBeUndefined();
  });

  test("a title opening with 第N期 and no year names no year", () => {
    const issue = issueOf("第三期消费维权分析报告");
    expect(issue.year).toBeUndefined();
  });
});
