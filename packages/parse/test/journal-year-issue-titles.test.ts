import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A journal's page titled with the journal's name and its year and issue without `第`:
 * `《地下水动态月报》2019年2期`, `某省年鉴 2018年3期`. The issue number and year are the title's end.
 * Every text here is written for the test.
 */

const issueOf = (title: string) =>
  parseBulletinText(
    `${title}\n\n一、综述\n\n2月份，全国地下水位总体稳定，共监测井1.2万眼，水位上升的占31.5%。`,
  ).bulletin.issue;

describe("a journal's year and issue closing a title without 第", () => {
  test.each([
    ["《地下水动态月报》2019年2期", 2, 2019],
    ["Page 3 - 《水资源公报》2020年12期", 12, 2020],
    ["《農情快報》2016年7期", 7, 2016],
  ])("parseBulletinText: `%s` is issue %i of %i", (title, number, year) => {
    const issue = issueOf(title);
    expect([issue.number, issue.year]).toEqual([number, year]);
  });

  test.each([
    // The issue in the title's middle, or a month, not an issue, closing it.
    "《地下水动态月报》2019年2月",
    "《地下水动态月报》2019年2期综述",
  ])("parseBulletinText: `%s` states no issue number (counter-case)", (title) => {
    expect(issueOf(title).number).toBeUndefined();
  });
});
