import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Taiwan's offices date their reports in the years of the Republic (民國, year 1 = 1912): `110年5月工業
 * 生產統計` is May 2021, `102年3月工業生產指數131.16` March 2013 (formerly tuning's taiwan-industry
 * pages, read with no period). A three-digit year from 100 (2011) to 139 (2050), no digit or dot
 * before it, with a month after it, states that month. A count of years (`服刑10年6個月`),
 * a two-digit year (`98年3月`, which may be 1998 as a mainland text shortens it) and a year past
 * that range state none. Every text here is written for the test.
 */

const periodOf = (title: string, opening = "工業生產增加16.51%,其中製造業增加17.28%。") =>
  parseBulletinText(`${title}\n${opening}\n經濟部統計處`).bulletin.issue.period;

describe("a year of the Republic in a title or an opening", () => {
  test.each([
    ["110年5月工業生產統計", { kind: "month", month: "2021-05" }],
    ["111年12月外銷訂單統計", { kind: "month", month: "2022-12" }],
  ])("parseBulletinText: `%s` states its period", (title, period) => {
    expect(periodOf(title)).toEqual(period);
  });

  test("parseBulletinText: an opening that opens with such a month states it", () => {
    expect(
      periodOf(
        "3月工業生產指數年減3.28%,首季增加0.78%",
        "102年3月工業生產指數131.16,較上月增加23.79%,其中製造業增加24.37%。",
      ),
    ).toEqual({ kind: "month", month: "2013-03" });
  });

  test.each([
    ["a two-digit year", "98年3月工業生產統計"],
    ["a count of years", "服刑10年6個月後假釋人數統計"],
    ["a year past the range", "150年5月工業生產統計"],
  ])("parseBulletinText: %s states none", (_, title) => {
    expect(periodOf(title)).toBeUndefined();
  });
});
