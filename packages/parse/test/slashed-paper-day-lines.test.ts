import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's digital edition path over an article: the paper's name, the year, the month, the day
 * and the page (its column perhaps after it), parted by slashes (`某州日报/2025 年/8 月/6 日/第 006
 * 版要闻`): the page's line; the paper is the publisher, the day the issue's, and the headline under
 * it the title. A line of the text parted by slashes (`2025年/2024年`) is no such line. Every text is
 * written for the test.
 */

const headline = "某县法院“一站三化”破解执行难";
const body =
  "本报记者 王某\n今年上半年，某县法院共受理保全案件1230件，到位金额2.1亿余元；督促自动履行860件，同比增长12.5%。\n该院建立“立审执”协调机制，执行到位率提高到68.3%。";

describe("a digital edition's path naming the paper and the day", () => {
  test.each([
    ["某州日报/2025 年/8 月/6 日/第 006 版要闻", "某州日报", "2025-08-06"],
    ["某某法治报/2025年/8月/11日/第001版", "某某法治报", "2025-08-11"],
    ["某州晚报/2024 年/12 月/3 日/第 A02 版市州· 江城", "某州晚报", "2024-12-03"],
  ])("parseBulletinText: `%s` over the headline", (line, paper, day) => {
    const { bulletin } = parseBulletinText(`正文复制\n${line}\n${headline}\n${body}`);
    expect(bulletin.publication.title).toBe(headline);
    expect(bulletin.publication.publisher?.name).toBe(paper);
    expect(bulletin.issue.publishedOn).toBe(day);
  });
});

describe("slashed lines that are no edition's path", () => {
  test("parseBulletinText: a comparison of years parted by a slash is the text's", () => {
    const line = "某县2025年/2024年执行到位率对比";
    const { bulletin } = parseBulletinText(`${line}\n${body}`);
    expect(bulletin.issue.publishedOn).toBeUndefined();
  });
});
