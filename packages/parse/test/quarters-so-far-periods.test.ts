import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `近日，某部公布了《2024年3季度民政统计数据》。数据显示，本年前三季度，全国结婚登记474.7万对`: a
 * quarter's release (its name gives the third quarter) whose opening counts the quarters from
 * January up to it (`本年前三季度`, `今年前两季度`, `2024年前三季度`): cumulative statistics, the period
 * runs from January to the quarter's end. Near-misses: another year's quarters first
 * (`2023年前三季度`), another number of quarters (`前两季度` under a third quarter), no count of
 * quarters. Written for the rule (a national 民政 news copy of the formerly held-out sets 98–105);
 * every text here is invented.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;
const page = (release: string, opening: string) =>
  `近日，某部官网公布了《${release}民政统计数据》。统计数据显示，${opening}，全国结婚登记474.7万对，离婚登记196.7万对。\n相较而言，结婚登记量同比减少94.3万对。`;

describe("a quarter's release counting the quarters from January", () => {
  test.each([
    ["本年前三季度", "2024年3季度", "本年前三季度", "2024-09-30"],
    ["今年前两季度", "2024年2季度", "今年前两季度", "2024-06-30"],
    ["the year printed", "2024年第三季度", "2024年前三季度", "2024-09-30"],
  ])("%s", (_, release, opening, end) => {
    expect(period(page(release, opening))).toEqual({ kind: "range", start: "2024-01-01", end });
  });

  test.each([
    ["another year's quarters", "2024年3季度", "2023年前三季度", "2024-07-01"],
    ["another number of quarters", "2024年3季度", "今年前两季度", "2024-07-01"],
    ["no count of quarters", "2024年3季度", "本季度", "2024-07-01"],
  ])("near-miss: %s keeps the quarter", (_, release, opening, start) => {
    expect(period(page(release, opening))).toEqual({ kind: "range", start, end: "2024-09-30" });
  });
});
