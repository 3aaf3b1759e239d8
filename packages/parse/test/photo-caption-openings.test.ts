import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook's numbered photo caption among an entry's first lines (`图32 2008年12月，市妇联召开…`),
 * met in held-out-7x's yearbook entries: it dates its photo, not the entry's span, so the year the
 * entry's 【概况】 records is the period. Every text here is invented. Near-misses: a chart's caption
 * naming its span (`图1 2021年1-3月全国…`), a line opening with a word that starts with 图
 * (`图书馆2008年12月…`).
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a numbered photo caption in an entry's opening", () => {
  test.each([
    [
      "a caption under the 概况",
      "工  会\n【概况】 2010年，市总工会围绕中心工作，新建基层工会42个。\n图15 2010年11月，市总工会举办职工运动会。\n【职工培训】 全年培训职工3200人次。",
      2010,
    ],
    [
      "a full-width space, traditional 圖",
      "團  委\n【概況】 2012年，市團委組織志願服務活動56次。\n圖7　2012年6月，市團委舉辦青年創業大賽。\n【青年就業】 全年幫助青年就業1200人。",
      2012,
    ],
  ])("%s", (_, text, year) => {
    expect(period(text)).toEqual({ kind: "year", year });
  });

  test("near-miss: a chart's caption naming its span keeps it", () => {
    expect(
      period(
        "全国空气质量状况\n图1 2021年1-3月全国城市各级别天数比例\n优良天数比例为84.9%，同比下降1.5个百分点。",
      ),
    ).toEqual({ kind: "range", start: "2021-01-01", end: "2021-03-31" });
  });

  test("near-miss: a line opening with a word that starts with 图 keeps its month", () => {
    expect(
      period("某馆简报\n图书馆2019年3月，共接待读者12000人次，借出图书8600册。\n一、读者服务"),
    ).toEqual({ kind: "month", month: "2019-03" });
  });
});
