import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The day and meeting a report was delivered at, printed in brackets under its title
 * (`（2023年1月6日在县第十八届人民代表大会第二次会议上）`, as 政府工作报告 print it; issue 14, a county's
 * report of a formerly held-out set), dates the issue as the dashed line (`——2023年1月6日在…会议上`)
 * does. Every text here is written for the test.
 */

const TITLE = "政府工作报告";
const BODY = [
  "各位代表：",
  "现在，我代表县人民政府向大会报告工作，请予审议。",
  "一、2022年工作回顾",
  "全县地区生产总值完成128.6亿元，增长5.2%。",
];
const read = (line: string) =>
  parseBulletinText([TITLE, line, "县长 王某某", ...BODY].join("\n")).bulletin.issue.publishedOn;

describe("the bracketed line of the day and meeting a report was delivered at", () => {
  test.each([
    ["（2023年1月6日在县第十八届人民代表大会第二次会议上）", "2023-01-06"],
    ["(2024年2月20日在东林市第十六届人民代表大会第三次会议上)", "2024-02-20"],
    ["（二〇二三年一月六日在某县第十八届人民代表大会第二次会议上）", "2023-01-06"],
    ["（2023年1月6日在县政协十届二次会议上）", "2023-01-06"],
    // In traditional characters, with the dash.
    ["——2016年1月6日在東林市第十五屆人民代表大會第五次會議上", "2016-01-06"],
    ["（2016年1月6日在東林市第十五屆人民代表大會第五次會議上）", "2016-01-06"],
  ])("parseBulletinText: `%s` dates the report %s", (line, date) => {
    expect(read(line)).toBe(date);
  });

  test.each([
    // A bracketed note of the meeting without its day.
    "（在县第十八届人民代表大会第二次会议上）",
    // A sentence in brackets that tells of a day's meeting.
    "（2023年1月6日在县政府召开会议上，各部门作了发言，会议要求抓好落实）",
  ])("parseBulletinText: `%s` dates nothing (counter-case)", (line) => {
    expect(read(line)).toBeUndefined();
  });
});
