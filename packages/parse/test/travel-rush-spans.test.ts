import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A travel rush's report stating the rush's days with its year: `2016年春运时间为1月24日至3月3日`,
 * `2017年的春运将从1月13日开始，至2月21日结束`, `为期40天的2018年春运…。` / `今年春运从2月1日开始，
 * 3月12日结束`. The rush's days are the span the report covers. Every text here is written for the test.
 */

const period = (text: string) =>
  parseBulletinText(
    `${text}\n\n春运期间全县共投入客运车辆165辆，发送旅客56899人次，同比下降5.99%。\n\n客运收入2286257元，同比下降1.6%。`,
  ).bulletin.issue.period;

describe("the days of a travel rush its report states", () => {
  test.each([
    [
      "2016年春运时间为1月24日至3月3日，为期40天，县交通运输局成立了5个保障组。",
      "2016-01-24",
      "2016-03-03",
    ],
    [
      "2017年的春运将从1月13日开始，至2月21日结束，历时40天。记者10日从市运管部门获悉。",
      "2017-01-13",
      "2017-02-21",
    ],
    [
      "某县新闻网讯 为期40天的2018年春运2月1日正式拉开帷幕。\n\n今年春运从2月1日开始，3月12日结束，共计40天。",
      "2018-02-01",
      "2018-03-12",
    ],
    [
      "2023年暑运自7月1日起至8月31日止，全市铁路预计发送旅客320万人次。",
      "2023-07-01",
      "2023-08-31",
    ],
    ["2024年春運從1月26日開始至3月5日結束，為期40天。", "2024-01-26", "2024-03-05"],
  ])("parseBulletinText: `%s` covers %s to %s", (text, start, end) => {
    expect(period(text)).toEqual({ kind: "range", start, end });
  });

  test.each([
    // No year of the rush before its days.
    "今年春运从1月24日开始至3月3日结束，为期40天。",
    // A day after a comma that does not end the rush.
    "2016年春运1月24日开始，2月3日客流达到最高峰，共计40天。",
    // A last day before the first.
    "2016年春运时间为3月3日至1月24日，为期40天。",
  ])("parseBulletinText: `%s` states no rush's days (counter-case)", (text) => {
    expect(period(text)?.kind).not.toBe("range");
  });
});
