import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report's first line opening with its year so far in traditional characters (`2024年以來,…`,
 * `2016年來,…`) names where its counts start, as `2024年以来` does, not a year reported on: the
 * half year a later line states is the period (formerly tuning's hefei-shushan-2024h1 page, read as
 * the year 2024), and a lede of the year so far alone states none. Near-misses that still state
 * their year: a line opening with the year and a comma and a count (`2016年,重慶市共辦理…`). The
 * lines are short excerpts of corpus texts, simplified copies and the last written for the test.
 */

const periodOf = (opening: string) =>
  parseBulletinText(`合肥蜀山區經濟運行穩中向好\n${opening}`).bulletin.issue.period;

describe("a lede of the year so far in either script", () => {
  test.each([
    "2024年以來,合肥蜀山區紮實推動各項政策措施落地顯效,生産供給持續增加,市場需求逐步恢復,全區經濟運行穩中向好。\n根據地區生産總值初步核算結果,2024年上半年,蜀山區實現地區生産總值670.54億元,同比增長3.5%。",
    "2024年以来,合肥蜀山区扎实推动各项政策措施落地显效,全区经济运行稳中向好。\n根据地区生产总值初步核算结果,2024年上半年,蜀山区实现地区生产总值670.54亿元,同比增长3.5%。",
  ])("parseBulletinText: `%s` reports on the half year", (opening) => {
    expect(periodOf(opening)).toEqual({ kind: "range", start: "2024-01-01", end: "2024-06-30" });
  });

  test.each([
    "2016年以來,重慶市嚴格落實《環境保護法》及其相關配套辦法,對環境污染違法行為持續保持高壓態勢。",
    "2016年來,重慶市共辦理環境行政處罰案件1071件。",
    "2024年以来,全区经济运行稳中向好。",
  ])("parseBulletinText: `%s` states no year", (opening) => {
    expect(periodOf(opening)).toBeUndefined();
  });

  test("parseBulletinText: a year and a comma before a count states the year (counter-case)", () => {
    expect(periodOf("2016年,重慶市共辦理環境行政處罰案件1071件,處罰金額達7350萬元。")).toEqual({
      kind: "year",
      year: 2016,
    });
  });
});
