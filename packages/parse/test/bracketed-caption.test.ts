import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { isBracketedCaption } from "../src/internal/caption-line";

/**
 * A picture's caption in round brackets alone on the first line (`（某某古镇）` over the report's first
 * paragraph) is no headline: such a copy prints no title. A bracketed period, an item's marker and a
 * `【…】` headline are other shapes. Every text here is written for the test.
 */

const lede =
  "10月8日,记者从某县文化旅游局了解到,今年国庆长假,全县共接待游客35.6万人次,实现旅游综合收入1.8亿元,同比分别增长12.3%和15.1%。\n长假期间,全县无一起旅游投诉和旅游安全事故发生。\n";

describe("a picture's bracketed caption over the first paragraph", () => {
  test.each([
    ["full-width brackets", "（青石古镇）"],
    ["ASCII brackets", "(凤凰山生态公园)"],
  ])("(%s) is no title", (_, line) => {
    expect(parseBulletinText(`${line}\n${lede}`).bulletin.publication.title).toBeUndefined();
  });

  test.each([
    ["a bracketed period", "（2022年10月）", false],
    ["an item's marker", "(一)", false],
    ["a headline in square brackets", "【经济呈现良好开局】", false],
    ["a caption", "（青石古镇）", true],
  ])("%s: %s is a caption: %s", (_, line, expected) => {
    expect(isBracketedCaption(line)).toBe(expected);
  });
});
