import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Shapes of the heads of government reports as portals print them (issue 14, batch s15f's misses,
 * each stated as a family): a reader's toolbar of font and bookmark links under the title, a
 * column's name before the page's date and source on one line, and the year a 政府工作报告 reviews,
 * which its review part's heading names. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;

describe("a reader's toolbar of font and bookmark links is the page's", () => {
  test.each([
    ["font, bookmark and print", "加大字体 缩小字体 收藏 取消收藏 打印"],
    ["no spaces", "加大字体缩小字体收藏取消收藏打印"],
    ["enlarge and reset", "放大字体 缩小字体 默认 打印 关闭"],
    ["with bars", "加大字体 | 缩小字体 | 打印"],
  ])("a toolbar (%s) under the title is dropped, and the title stays", (_, tools) => {
    const text = `当前位置: 首页 > 政务公开 > 工作报告\n\n某市2024年政府工作报告\n\n来源:某市人民政府办公室 发布时间: 2024-01-10 15:08\n${tools}\n\n——2024年1月10日在某市第十八届人民代表大会\n\n第三次会议上\n\n某市人民政府市长  张三\n\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、2023年工作回顾\n全市地区生产总值增长5.6%。`;
    expect(read(text).publication.title).toBe("某市2024年政府工作报告");
  });

  test.each([
    ["a sentence naming fonts", "缩小字体差异，便于阅读。"],
    ["a heading about print", "打印服务情况"],
  ])("a line of the text (%s) stays", (_, line) => {
    const text = `某县2024年工作动态\n一、工作情况\n${line}\n本月办理事项12件。`;
    expect(JSON.stringify(read(text).sections)).toContain(line.slice(0, 4));
  });
});

describe("a column's name before the page's date and source", () => {
  test.each([
    ["clocked", "权威报告 2024-04-18 10:16:18 来源:天津市统计局", "2024-04-18"],
    ["a date alone", "统计数据 2023-07-20 来源：某省统计局", "2023-07-20"],
    ["a date in 年月日", "数据发布 2022年10月24日 来源：某市统计局", "2022-10-24"],
  ])("(%s) is the page's line: no title, its date and source read", (_, line, date) => {
    const text = `${line}\n一季度,某市地区生产总值为3890.08亿元,同比增长5.3%。\n一、农业生产形势稳定\n一季度,农林牧渔业总产值同比增长4.5%。`;
    const b = read(text);
    expect(b.publication.title).toBeUndefined();
    expect(b.issue.publishedOn).toBe(date);
    expect(b.publication.publisher?.name).toMatch(/统计局$/);
  });

  test.each([
    ["a sentence before the date", "全市经济运行 2024-04-18 来源:某局的数据显示,同比增长5.3%。"],
    ["a clause before the date", "据统计,2024-04-18 10:16:18 来源:天津市统计局"],
    // (A headline of many words before the date is the title, the date and source the page's:
    // headline-date-source-lines.test.ts.)
  ])("a line of another shape (%s) is not read so", (_, line) => {
    const text = `${line}\n一季度,某市地区生产总值为3890.08亿元,同比增长5.3%。`;
    expect(read(text).issue.publishedOn).toBeUndefined();
  });
});

describe("the year a government work report reviews", () => {
  const report = (title: string, review: string) =>
    `${title}\n——2022年1月10日在某市第十八届人民代表大会第一次会议上\n某市人民政府市长 张三\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n${review}\n过去一年,全市地区生产总值增长5.6%。\n二、2022年工作安排\n今年主要预期目标是:地区生产总值增长6%左右。`;

  test.each([
    ["its year alone", "2022年政府工作报告", "一、2021年工作回顾", 2021],
    ["and the government's term", "2022年政府工作报告", "一、2021年及本届政府工作回顾", 2021],
    [
      "and a plan's years, over its parts",
      "政府工作报告",
      "2021年和“十四五”工作回顾\n一、经济运行稳中有进",
      2021,
    ],
    ["traditional", "政府工作報告", "一、2021年工作回顧和“十三五”發展成就", 2021],
  ])("is the year its review heading names (%s), not the title's", (_, title, review, year) => {
    expect(read(report(title, review)).issue.period).toEqual({ kind: "year", year });
  });

  test.each([
    ["a half year's review", "一、2021年上半年工作回顾", "上半年"],
    ["a heading that is no review", "一、2021年主要工作", "主要工作"],
  ])("a heading of another shape (%s) gives no such year", (_, review) => {
    const period = read(report("2022年政府工作报告", review)).issue.period;
    expect(period).not.toEqual({ kind: "year", year: 2021 });
  });
});
