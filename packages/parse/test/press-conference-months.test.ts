import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy of a monthly press conference names the month it is held in (`召开2024年9月份例行
 * 新闻发布会`) before the month whose figures it reports (`通报2024年8月份…`): the latter is the
 * period. A month not followed by a press conference's words is still read. Every text here is
 * written for the test.
 */

describe("the month of a routine press conference", () => {
  test.each([
    [
      "9月20日上午，某省水利厅召开2023年9月份例行新闻发布会。新闻发言人通报2023年8月份全省水资源状况如下：",
      "2023-08",
    ],
    ["某省统计局召开2022年4月例行新聞發布會，會上通報2022年3月份全省經濟運行情況。", "2022-03"],
    [
      "某市应急局召开2021年6月新闻发布会。\n2021年5月，全市共发生各类生产安全事故12起，同比下降7.7%。",
      "2021-05",
    ],
  ])("`%s` reports %s", (text, month) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period).toEqual({ kind: "month", month });
  });

  test.each([
    [
      "a month's figures",
      "某省召开会议，通报2023年8月份全省空气质量状况，全省优良天数比例为96.2%。",
      "2023-08",
    ],
    ["a month of press statistics", "2023年8月新闻出版统计显示，全市出版图书120种。", "2023-08"],
    ["a month's meeting minutes", "2023年8月例会纪要：全市完成投资12亿元。", "2023-08"],
  ])("%s is still read", (_, text, month) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period).toEqual({ kind: "month", month });
  });
});
