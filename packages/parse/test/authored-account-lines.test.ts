import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied social-media post's line under its headline naming the author, the account that
 * posted it and the day (`HEBRTS 河北新闻联播 2022-05-05`): the author a Latin handle; the account is
 * the publisher, the day the date, and the line is no part of the headline. Two names of bodies
 * and a date with no handle (a masthead's issuer line) are not read so. Every text here is
 * written for the test.
 */

const HEADLINE = "某省：前八个月全省经济总体稳步恢复";
const read = (line: string) =>
  parseBulletinText(
    `${HEADLINE}\n\n${line}\n\n今年以来，全省工业生产稳步增长，消费市场持续恢复。1-8月，规模以上工业增加值同比增长5.6%。`,
  ).bulletin;

describe("an author's and an account's line under a post's headline", () => {
  test.each([
    { line: "HEBRTS 河北新闻联播 2022-05-05", account: "河北新闻联播", date: "2022-05-05" },
    { line: "zhang_san 某某发布 2023年6月1日", account: "某某发布", date: "2023-06-01" },
    { line: "wx_media 某某统计 2023-06-01 18:30", account: "某某统计", date: "2023-06-01" },
  ])("`$line`: $account on $date", ({ line, account, date }) => {
    const bulletin = read(line);
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(bulletin.publication.publisher?.name).toBe(account);
    expect(bulletin.issue.publishedOn).toBe(date);
  });

  // Near-misses: two names and a date with no handle stay a masthead's issuer line, and a
  // handle and an account with no date name no publisher.
  test("`某某局 某某处 2022-05-05` is the issuer's line, as before", () => {
    expect(read("某某局 某某处 2022-05-05").publication.publisher?.name).toBe("某某局某某处");
  });
  test("`HEBRTS 河北新闻联播` without a date names no account", () => {
    expect(read("HEBRTS 河北新闻联播").publication.publisher).toBeUndefined();
  });
});
