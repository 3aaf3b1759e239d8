import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A notice numbered in its series by 第N号 with the year it is counted in printed right before its
 * 第 (`审计署2016年第28号公告：…`, `2016年第1号审计公告：…`): that year is the issue's, with the
 * number. Near-misses: a year further back from the 第 (`2010年“十一黄金周”第1号旅游信息通报` names the
 * holiday's year), a notice's number with no year (`…的公告（第2号）`), a masthead's own year
 * (`2021年第3期`) over a notice's. Written for session 50's audit notices; every text is invented.
 */

const issueOf = (text: string) => parseBulletinText(text).bulletin.issue;
const body = "截至6月底，某单位虚报投资完成额12.06亿元，已整改退回资金3.2亿元。";

describe("the year a notice's number is counted in", () => {
  test.each([
    [`审计署2016年第28号公告：某项政策措施贯彻落实跟踪审计结果\n${body}`, 28, 2016],
    [`2016年第1号审计公告：某单位虚报投资完成额12.06亿\n${body}`, 1, 2016],
    [`某市审计局2019年第 3 号公告\n${body}`, 3, 2019],
  ])("parseBulletinText: `%s` is number %i of %i", (text, number, year) => {
    const issue = issueOf(text);
    expect(issue.number).toBe(number);
    expect(issue.year).toBe(year);
  });

  test.each([
    [`2010年“十一黄金周”第1号旅游信息通报\n${body}`, 1, undefined],
    [`关于某区禁燃禁放的公告（第2号）\n${body}`, 2, undefined],
    [
      `某市审计工作简报\n2021年第3期\n某市审计局\n2021年7月2日\n审计署2016年第28号公告解读\n${body}`,
      3,
      2021,
    ],
  ])("parseBulletinText: `%s` keeps number %s and year %s", (text, number, year) => {
    const issue = issueOf(text);
    expect(issue.number).toBe(number);
    expect(issue.year).toBe(year);
  });
});
