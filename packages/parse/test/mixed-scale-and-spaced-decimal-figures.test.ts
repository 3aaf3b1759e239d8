import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Two ways a figure's number is printed in pieces. A count of ten thousands and the rest after it,
 * as Taiwan's and Hong Kong's pages write amounts (`一等殘1萬8,000元`, `半癱1萬5000元`, `1万500元`), and a
 * count of hundred millions and ten thousands (`3亿5000万元`): one figure, the two parts summed
 * (18000 元, 350 000 000 元). And a decimal whose point a copy set a space after (`就业岗位补贴192. 26万元`,
 * after a word): the number is read whole. A rest of five digits (`1万23456元`), words after the rest
 * (`1万8千人`), a list's marker after a mark (`。2. 36个`) and a number at a line's start keep their
 * old reading. Written for the rule (formerly held-out-43–46's 台南 veterans' grants and a district
 * 人社 report of 2022); every text here is invented.
 */

const figures = (text: string) =>
  parseBulletinText(text).bulletin.metrics.map(({ value, unit }) => ({ value, unit }));

const doc = (sentence: string) => `一、基本情況\n${sentence}`;

describe("a figure printed in pieces", () => {
  test.each([
    ["ten thousands and a grouped rest", "一等殘1萬8,000元，", { value: 18_000, unit: "元" }],
    ["ten thousands and a rest of four digits", "半癱1萬5000元，", { value: 15_000, unit: "元" }],
    ["ten thousands and a short rest", "每户补助1万500元，", { value: 10_500, unit: "元" }],
    [
      "hundred millions and ten thousands",
      "完成投资3亿5000万元，",
      { value: 350_000_000, unit: "元" },
    ],
    [
      "hundred millions and ten thousands (traditional)",
      "完成投資12億300萬元，",
      { value: 1_203_000_000, unit: "元" },
    ],
    [
      "a decimal with a space after its point",
      "发放就业岗位补贴192. 26万元，",
      { value: 1_922_600, unit: "元" },
    ],
    [
      "a decimal with a space after its point, unscaled",
      "人均补贴发放29. 15元，",
      { value: 29.15, unit: "元" },
    ],
  ])("%s is one figure", (_, sentence, expected) => {
    expect(figures(doc(sentence))).toEqual([expected]);
  });

  test.each([
    ["a rest of five digits", "每户补助1万23456元，", { value: 23_456, unit: "元" }],
    ["a list's marker after a mark", "完成整改。2. 36个项目已开工，", { value: 36, unit: "个" }],
  ])("%s is not joined to the number before it", (_, sentence, unexpected) => {
    const read = figures(doc(sentence));
    expect(read.some((f) => f.value === 10_023_456 || f.value === 2.36)).toBe(false);
    expect(read).toContainEqual(unexpected);
  });

  test.each([
    ["words after the rest", "全年接待游客1万8千人次，"],
    ["a list's marker at a line's start", "2. 36个项目已开工。"],
  ])("%s reads no joined figure", (_, sentence) => {
    const values = figures(doc(sentence)).map((f) => f.value);
    expect(values).not.toContain(18_000);
    expect(values).not.toContain(2.36);
  });

  test("parseBulletinText: any ten thousands and rest read back as their sum", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 9999 }), (w, r) => {
        expect(figures(doc(`补助标准为${w}萬${r}元，`))).toEqual([
          { value: w * 10_000 + r, unit: "元" },
        ]);
      }),
      { numRuns: 50 },
    );
  });
});
