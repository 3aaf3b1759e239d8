import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A rate stated below zero after `率` and a space, as the charts of a PDF print each series' growth
 * side by side (`成長率 -17.21% 成長率 -23.47%`): the rate's own sign, so the rate is a figure whatever
 * follows it, as `增长率-2.8%` already is. A rate so printed with no sign (`成長率 20.20%`) is read as
 * before; a dash after a space before words or a count (`完成率 -3项`), and a range of years
 * (`增长率 2019 -2020年`), stay text. Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("rates below zero after 率 and a space", () => {
  test.each([
    [
      "申請案 公告案 核駁案 成長率 -6.42% 成長率 12.30% 成長率 -31.05% 8,112 5,430",
      ["-6.42%", "12.3%", "-31.05%"],
    ],
    ["出口增長率 -4.8% 進口增長率 -2.15%", ["-4.8%", "-2.15%"]],
    // Near-misses: a count after the dash, a range of years.
    ["任務完成率 -3项", []],
    ["年均增長率 2019 -2020年", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
