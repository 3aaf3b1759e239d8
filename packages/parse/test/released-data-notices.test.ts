import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's or a notice's opening that says a year's figures were released as a data notice
 * (`…联合发布了2023年某省体育场地统计调查数据公告。`), as a survey's findings (`发布2021年度“某某评价”
 * 主要结论，`), or that announces them below (`现将2023年某州体育场地统计调查主要数据公告如下。`): the
 * report covers that year. A plan sent out or a quote that runs past the pause states none.
 * Every text here is written for the test.
 */

const body = "全区共有体育场地13576个，体育场地面积2988.62万平方米，人均体育场地面积2.37平方米。";

describe("a year's figures released as a notice or findings", () => {
  test.each([
    ["某省体育局、某省统计局近日联合发布了2023年某省体育场地统计调查数据公告。", 2023],
    ["某省体育局近日發布了2022年某省體育場地統計調查數據公告。", 2022],
    ["全国某联合会11月1日在北京发布2021年度“万家企业评环境”主要结论，调查显示满意度上升。", 2021],
    ["根据某通知的相关要求，现将2023年某州体育场地统计调查主要数据公告如下。", 2023],
    ["根据有关规定，现将2020年全县安全生产情况通报如下：", 2020],
  ])("`%s` covers %i", (lead, year) => {
    const { period } = parseBulletinText(`${lead}\n${body}`).bulletin.issue;
    expect(period).toEqual({ kind: "year", year });
  });

  test.each([
    ["a plan sent out", "现将2024年全县体育工作要点印发给你们，请认真贯彻落实。"],
    ["a quote past the pause", "某局发布“2023年，某省体育场地数量稳步增长”的消息。"],
  ])("%s states no year", (_, lead) => {
    const { period } = parseBulletinText(`某县体育工作动态\n${lead}\n${body}`).bulletin.issue;
    expect(period).toBeUndefined();
  });
});
