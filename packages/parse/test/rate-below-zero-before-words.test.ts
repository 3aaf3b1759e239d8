import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A rate stated below zero after `率` (`增长率-2.8%`, `增長率為-1.9%`) with the clause going on after it,
 * no mark between (`增长率-2.8%居全省末位`): the rate is the figure the clause states, read as it is
 * when a mark follows it. Every text here is written for the test.
 */

const rates = (body: string): number[] =>
  (parseBulletinText(`某省各市一般公共预算收入情况\n\n${body}\n`).bulletin.metrics ?? [])
    .filter((m) => m.unit === "%")
    .map((m) => m.value);

describe("a rate below zero with words after it", () => {
  test.each([
    ["增长率 and a ranking", "从同比来看，甲市同比增长率-2.8%居全省末位。", [-2.8]],
    ["增長率為 (traditional)", "乙市增長率為-1.9%排在第十位。", [-1.9]],
    ["as before: a mark after it", "丙市同比增长率-4.2%，居全省末位。", [-4.2]],
  ])("%s", (_, body, expected) => {
    expect(rates(body)).toEqual(expected);
  });
});

describe("near misses: no rate stated after 率", () => {
  test.each([
    ["a change after 增长", "甲市收入同比增长-2.8%居全省末位。", []],
    ["a range after 率", "甲市增长率1-2%居全省末位。", []],
  ])("%s", (_, body, expected) => {
    expect(rates(body)).toEqual(expected);
  });
});
