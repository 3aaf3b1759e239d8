import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A copy that lost the line break after a section's heading, its text opening with a year
 * (`一、门诊人次2019年第2季度全市…`, `一、2021年工作回顾2021年是…`): the heading is the Han words
 * before that year (a year of its own first allowed), when the year opens a clause of time
 * (`…年第`, `…年是`, `…年，`, `…年以来`, `…年上半年`, `…年1-6月`). Near-misses keep the whole clause
 * (or the marker) as before: a year inside a sentence's object (`一、认真落实2023年工作部署，…`) or a preposition's (`…通过统计自2022年1月1日起…`),
 * words too short to head (`一、全市2023年…`), and a heading on its own line.
 */

const PREFIX = "某区卫生健康局\n2023年12月5日\n";

const headingsOf = (text: string) =>
  parsedView(PREFIX + text, ["headings"]).headings.filter((h) => h !== "正文");

describe("a heading run into its text before a year", () => {
  test.each([
    [
      "a head before a quarter",
      "一、门诊人次2019年第2季度全市医疗机构门诊人次达1.2亿人次，同比增长3.1%。\n二、住院人次2019年第2季度全市出院人数86万人，同比增长2.4%。",
      ["门诊人次", "住院人次"],
    ],
    [
      "a year's review before the year again",
      "一、2021年工作回顾2021年是极不平凡的一年，全镇上下团结奋斗，各项工作取得新成效。\n二、2022年工作安排2022年，全镇将继续聚焦发展，推动各项工作再上新台阶。",
      ["2021年工作回顾", "2022年工作安排"],
    ],
  ])("%s", (_, text, titles) => {
    expect(headingsOf(text)).toEqual(titles);
  });
});

describe("years that end no heading (near-misses)", () => {
  test.each([
    [
      "a year inside a sentence's object",
      "一、认真落实2023年工作部署，全面完成各项任务，全年共完成投资12亿元，同比增长8%。",
      "认真落实",
    ],
    [
      "a year after a preposition",
      "一、交易结构分析通过统计自2022年1月1日起各地区的中标金额，对比各地区的交易结构。",
      "交易结构分析通过统计自",
    ],
    [
      "words too short to head",
      "一、全市2023年完成地区生产总值560亿元，同比增长5.2%，增速高于全省0.3个百分点。",
      "全市",
    ],
  ])("%s", (_, text, word) => {
    expect(headingsOf(text)).not.toContain(word);
  });

  test("a heading on its own line stays whole", () => {
    expect(headingsOf("一、门诊人次\n2019年第2季度全市医疗机构门诊人次达1.2亿人次。")).toEqual([
      "门诊人次",
    ]);
  });
});
