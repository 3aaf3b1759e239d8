import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The small forms of the Chinese marks (`﹔`, `﹐`, `﹑`, `﹕`, `﹖`, `﹗`) some traditional-character
 * pages set between clauses (`同比增长2.7%﹔本地…`): read as the full-width marks they stand for,
 * so a figure before one ends its clause. Every text here is written for the test.
 */

/** Each metric's value and unit, and its change when it is compared (`6179000人 +2.7%`). */
const values = (text: string) =>
  parseBulletinText(text).bulletin.metrics.map(
    (m) =>
      `${m.value}${m.unit}${m.comparison?.change === undefined ? "" : ` +${m.comparison.change}%`}`,
  );

describe("small-form marks read as the full-width marks", () => {
  test.each([
    ["﹔", "；"],
    ["﹐", "，"],
    ["﹑", "、"],
    ["﹕", "："],
    ["﹖", "？"],
    ["﹗", "！"],
  ])("repairExtractedText: `%s` is `%s`", (small, full) => {
    expect(repairExtractedText(`今年上半年${small}全省就业形势稳定`)).toBe(
      `今年上半年${full}全省就业形势稳定`,
    );
  });

  test.each([["﹔"], ["﹐"]])("a growth rate before `%s` is the count's change", (mark) => {
    const text = `今年上半年，外出務工農村勞動力617.9萬人，同比增長2.7%${mark}本地非農勞動力420.5萬人，同比增長6.2%。`;
    expect(values(text)).toEqual(["6179000人 +2.7%", "4205000人 +6.2%"]);
  });

  // Near-misses: the small full stop between digits stays a decimal point, and `；` is kept.
  test.each([
    ["增长2﹒7%", "增长2.7%"],
    ["增长2.7%；本地", "增长2.7%；本地"],
  ])("repairExtractedText: `%s` is `%s`", (input, output) => {
    expect(repairExtractedText(input)).toBe(output);
  });
});
