import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 落款 whose date a copy garbled to digits alone (`20223228` for `2022年3月22日…`: the copy lost
 * 年, 月 and 日, as it lost them in `3208时至228时`; the misses of `held-out-12` read as a family):
 * the issuer over it is read, no date is guessed from the digits. A line of digits that opens with
 * no year, or a count, is no such date. Every example here is written for the rule, not taken from
 * a page.
 */

const lede = "3月20日以来，全市平均降雨量104.0毫米，11座大中型水库有5座超汛限水位。";

describe("a signature's date garbled to digits", () => {
  test.each([
    { issuer: "市水利局", date: "20223228" },
    { issuer: "某县应急管理局", date: "2021615" },
    { issuer: "某市防汛抗旱指挥部办公室", date: "202011309" },
    { issuer: "某区统计局", date: "20190830日" },
  ])("parseBulletinText: `$issuer` over `$date` signs the text", ({ issuer, date }) => {
    const { bulletin } = parseBulletinText(`水情通报\n\n${lede}\n\n${issuer}\n\n${date}\n`);
    expect(bulletin.publication.publisher?.name).toBe(issuer);
    expect(bulletin.issue.publishedOn).toBeUndefined();
  });

  test.each(["12345", "31576", "88001234"])(
    "parseBulletinText: digits that open with no year (`%s`) are no date under an issuer",
    (digits) => {
      const { bulletin } = parseBulletinText(`水情通报\n\n${lede}\n\n市水利局\n\n${digits}\n`);
      expect(bulletin.publication.publisher).toBeUndefined();
      expect(JSON.stringify(bulletin)).toContain(digits);
    },
  );
});
