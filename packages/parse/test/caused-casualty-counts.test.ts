import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The casualties an event caused, in a story's section (`共发生火灾8万起，造成543人死亡、347人受伤`,
 * `事故致3人受伤`): `造成` or `致` before a count of persons, then what befell them (死亡, 受伤, 失踪,
 * 遇难; traditional forms too), a figure the text reports, the counts listed after it with it (since
 * 2026-12-08). Not a count of anything but persons (`造成12座水库死水位以下运行`).
 * Lines written for the rule, shaped like a national 火灾 year report in traditional characters.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、主要特点\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.value}${m.unit}`);

describe("casualties an event caused", () => {
  test.each([
    [
      "东部共发生火灾8万起，造成543人死亡、347人受伤、直接财产损失达15.1亿元。",
      ["80000起", "543人", "347人", "1510000000元"],
    ],
    ["共發生火災11萬起，造成728人死亡、338人受傷。", ["110000起", "728人", "338人"]],
    ["山洪致12人遇难、3人失踪。", ["12人", "3人"]],
  ])("parseBulletinText: `%s` reports %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("counts of persons that stay text (near misses)", () => {
  test.each([
    // Not a count of persons: what follows is no casualty (`死水位`, a reservoir's level).
    ["降雨造成12座水库死水位以下运行。", []],
    // Persons with no casualty after them keep the reading they had (`因暴雨造成5人滞留` was read).
    ["因暴雨造成5人滞留。", ["5人"]],
  ])("parseBulletinText: `%s` reports %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
