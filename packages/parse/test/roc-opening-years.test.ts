import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearly report from Taiwan opens with a year of the Republic (year 1 = 1912) and its counts:
 * `109 年本府受理案件計812件，…` states 2020, as `2020年本府受理…` does. An age or a count of
 * years (`110年来`, `120年校庆`) states none. Every text here is written for the test.
 */

describe("a year of the Republic opening a report", () => {
  test.each([
    ["109 年本府受理訴願案件計812件，較108年增加3.2%。", 2020],
    ["112年本市受理陳情案件計1,530件，其中辦結1,498件。", 2023],
    ["111年度全縣辦理採購案件計326件，決標金額8.6億元。", 2022],
    ["  105年，本局共查處違規案件57件。", 2016],
  ])("`%s` states %i", (text, year) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period).toEqual({ kind: "year", year });
  });

  test.each([
    ["a count of years", "100年来，某校共培养学生12万名。"],
    ["an anniversary", "120年校庆期间，共接待校友3200人。"],
    ["a history", "110年历史的老街，共有商户86家。"],
    ["a number inside the line", "建党100年来，全县党员人数达3.2万名。"],
  ])("%s states no year", (_, text) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period?.kind === "year" && period.year > 2010).toBe(false);
  });
});
