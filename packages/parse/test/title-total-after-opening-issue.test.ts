import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's title that opens with the year's issue and the bulletin's kind, the total number in
 * brackets after them, the issue's headline run on (`2022年第9期简报（总第188期）某省职业教育经费分析`):
 * the total number is the issue's, beside its year and number. Near-misses keep what the parser
 * read before: a bracketed 总第 in a title that states no issue number, a total without 总 (`（第188期）`).
 * Every text here is written for the test.
 */

const read = (title: string) => {
  const { bulletin: b } = parseBulletinText(
    `研究简报\n${title}\n某某 某某 发布时间:2022-10-27\n\n职业教育经费持续增长，2021年全省投入经费123.4亿元。`,
  );
  return { number: b.issue.number, year: b.issue.year, totalNumber: b.issue.totalNumber };
};

describe("a bracketed total after a title's opening issue", () => {
  test.each([
    {
      what: "a space before the brackets, the headline run on",
      title: "2022年第9期简报 (总第188期)某省职业教育经费分析",
      expected: { number: 9, year: 2022, totalNumber: 188 },
    },
    {
      what: "full-width brackets, a quoted headline",
      title: "2021年第3期简报（总第95期）“十四五”期间某市学前教育投入分析",
      expected: { number: 3, year: 2021, totalNumber: 95 },
    },
  ])("$what", ({ title, expected }) => {
    expect(read(title)).toEqual(expected);
  });
});

describe("near-misses", () => {
  test.each([
    {
      what: "a bracketed total in a title that states no issue",
      title: "某省职业教育经费分析(总第188期专题)",
      expected: { number: undefined, year: undefined, totalNumber: undefined },
    },
  ])("$what", ({ title, expected }) => {
    expect(read(title)).toEqual(expected);
  });
});
