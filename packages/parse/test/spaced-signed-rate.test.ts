import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A ranking that prints each place's figure and its growth side by side in brackets, a space
 * between them and the growth signed (`某市（86.40亿元 -3.2%）`): the signed rate is the place's
 * growth, read as a figure like the unsigned ones beside it. Every text here is written for the test.
 */

const rates = (body: string): number[] =>
  (parseBulletinText(`某省各市财政收入完成情况\n\n${body}\n`).bulletin.metrics ?? [])
    .filter((m) => m.unit === "%")
    .map((m) => m.value);

describe("a signed rate after a figure and a space", () => {
  test.each([
    [
      "a fall beside a rise",
      "1.甲市(86.40亿元 7.5%)、2.乙市(52.13亿元 -3.2%)、3.丙市(40.02亿元 1.1%)。",
      [7.5, -3.2, 1.1],
    ],
    ["full-width brackets", "甲县（12.6亿元 -10.4%）、乙县（9.8亿元 -0.6%）。", [-10.4, -0.6]],
    ["a whole rate", "甲区(3.25亿元 -4%)、乙区(2.9亿元 -2.0%)。", [-4, -2]],
  ])("%s", (_, body, expected) => {
    expect(rates(body)).toEqual(expected);
  });
});

describe("near misses: no signed rate", () => {
  test.each([
    ["a range of years", "甲市2019 -2020年度完成计划的85%。", [85]],
    ["a dash before words", "甲市(86.40亿元 -增长较快)、乙市增长5.2%。", [5.2]],
    ["a dash before a count", "甲市完成 -3项，乙市增长5.2%。", [5.2]],
  ])("%s", (_, body, expected) => {
    expect(rates(body)).toEqual(expected);
  });
});
