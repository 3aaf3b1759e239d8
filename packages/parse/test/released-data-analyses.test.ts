import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose opening says a body released its analysis of a year's figures, no title in
 * `《》` (`发布2021年某市消费维权数据分析`, `公布2022年度投诉举报情况分析`): the year, as for the figures
 * themselves (`发布2021年…数据`). An analysis of part of a year, or one only presented at a meeting,
 * states none. Every text here is written for the test.
 */

const period = (opening: string) =>
  parseBulletinText(
    `某报郑州讯(记者 王某)3月11日,某市人民政府新闻办公室举行专题新闻发布会,${opening} 某市市场监管部门共接收各类诉求33508件,同比增长16.41%。其中投诉7836件,举报1415件。`,
  ).bulletin.issue.period;

describe("a year's analysis of figures an opening says was released", () => {
  test.each([
    ["发布2021年某市消费维权数据分析。", 2021],
    ["公布2022年度某市投诉举报情况分析,", 2022],
    ["發布2020年某市消費維權數據分析。", 2020],
  ])("parseBulletinText: `%s` states the year %i", (words, year) => {
    expect(period(words)).toEqual({ kind: "year", year });
  });

  test.each([
    ["an analysis of a half year", "发布2021年上半年某市消费维权数据分析。"],
    ["an analysis of months", "发布2021年1-6月某市消费维权数据分析。"],
    ["an analysis presented, not released", "解读2021年某市消费维权数据分析。"],
    ["an analysis that goes on as a clause", "发布2021年某市消费维权数据分析报告会议纪要等材料。"],
  ])("parseBulletinText: %s states no year", (_, words) => {
    expect(period(words)?.kind).not.toBe("year");
  });
});
