import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An office's informal notice may type its 落款's date with full stops (`2018.12.11`) under the
 * issuer's name: the date is the issue's, as `2018年12月11日` is. A dotted date under a sentence
 * (no issuer's name over it), a month alone (`2018.12`), a version's number (`2.0.11`) or an
 * impossible month give none. Every text here is written for the test.
 */

const notice = (issuer: string, date: string) =>
  `某县农业局关于2018年度农产品抽检情况的通报\n截至12月10日，全县已完成全年日常监测任务，抽检合格率98.6%。\n${issuer}\n${date}`;

const publishedOn = (issuer: string, date: string) =>
  parseBulletinText(notice(issuer, date)).bulletin.issue.publishedOn;

describe("a 落款 dated with full stops", () => {
  test.each([
    ["某县农业局", "2018.12.11", "2018-12-11"],
    ["某市食品检测中心", "2018.6.15", "2018-06-15"],
    ["某县农业局", "2018．06．05", "2018-06-05"],
  ])("`%s` over `%s` dates the issue", (issuer, date, day) => {
    expect(publishedOn(issuer, date)).toBe(day);
  });

  test("a name a hijacked page's token spoiled dates the issue and names no issuer", () => {
    const { bulletin } = parseBulletinText(notice("bet57365某某检测中心", "2018.6.15"));
    expect(bulletin.issue.publishedOn).toBe("2018-06-15");
    expect(bulletin.publication.publisher?.name ?? "").not.toContain("bet57365");
  });

  test.each([
    ["no issuer's name over it", "全县抽检工作圆满完成。", "2018.12.11"],
    ["a month alone", "某县农业局", "2018.12"],
    ["a version's number", "某县农业局", "2.0.11"],
    ["an impossible month", "某县农业局", "2018.13.11"],
  ])("%s gives no date", (_, issuer, date) => {
    expect(publishedOn(issuer, date)).toBeUndefined();
  });
});
