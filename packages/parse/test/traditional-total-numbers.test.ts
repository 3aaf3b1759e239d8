import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A masthead's running total in traditional characters (`總第131期`), read as its simplified form
 * (`总第131期`) is: the issue's total, not its number (a tuning text's monthly,
 * `hubei-drinking-water-2013-11-ytziyue-trad`, shortened).
 */

const read = (text: string) => parseBulletinText(text).bulletin.issue;

const monthly = (issueLine: string) =>
  [
    "湖北省重點城市集中式飲用水源地水質月報",
    issueLine,
    "湖北省環境監測中心站 2013年11月26日",
    "2013年11月,全省監測水源地取水量合計16402.6萬噸,水質達標率為100%。",
  ].join("\n");

describe("a running total in traditional characters", () => {
  test.each([
    ["`（總第131期）` after the month", "2013年11月(總第131期)", undefined, 131],
    ["`（总第131期）`, its simplified form", "2013年11月(总第131期)", undefined, 131],
    ["`第11期（總第131期）`", "第11期(總第131期)", 11, 131],
  ])("%s is the issue's total, not its number", (_, issueLine, number, totalNumber) => {
    const issue = read(monthly(issueLine));
    expect(issue.number).toBe(number);
    expect(issue.totalNumber).toBe(totalNumber);
    expect(issue.publishedOn).toBe("2013-11-26");
  });

  test("`第131期` alone stays the issue's number", () => {
    const issue = read(monthly("2013年11月 第131期"));
    expect(issue.number).toBe(131);
    expect(issue.totalNumber).toBeUndefined();
  });
});
