import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A statistical annual report's heading: a year written without `年`, then a few words ending in
 * `统计年报` (`2019知识产权统计年报`, `2015专利统计年报`). Its tables count that year. The first lines
 * are from the corpus (`national-design-patents-force-2019-cnipa`,
 * `national-patent-grants-service-2015-cnipa`); the tables under them are written for the test.
 */

const TABLE =
  "\n地区 Regions | 合计 Total | 职务 Service | 非职务 Non-service |\n全国总计 | 9466351 | 5867024 | 3599327 |\n北京 | 511307 | 392598 | 118709 |\n天津 | 182335 | 142806 | 39529 |\n河北 | 164081 | 85039 | 79042 |\n";

const period = (head: string) => parseBulletinText(`${head}${TABLE}`).bulletin.issue.period;

describe("the year a statistical annual report's heading names", () => {
  test.each([
    ["2019知识产权统计年报 \n\n\n3-7 国内职务外观设计专利有效量(2019)\n", 2019],
    [
      "2015专利统计年报 | ![]() |\n国内职务、非职务发明创造专利申请授权量 |\n表号:专授表4 制定机关:国家知识产权局 有效期至:2019年9月 |\n",
      2015,
    ],
    ["2018專利統計年報\n國內發明專利申請授權量\n", 2018],
  ])("parseBulletinText: `%s` reports the year %i", (head, year) => {
    expect(period(head)).toEqual({ kind: "year", year });
  });

  test.each([
    // A yearbook's volume records the year before it, not its own.
    ["2021静安年鉴\n退役军人事务\n", 2021],
    // A span of years: not its first year alone.
    ["2015-2019专利统计年报\n国内发明专利申请授权量\n", 2015],
  ])("parseBulletinText: `%s` does not report the year %i (counter-case)", (head, year) => {
    expect(period(head)).not.toEqual({ kind: "year", year });
  });
});

/**
 * A title closing with a statistical yearbook or data set and its volume's year in brackets
 * (`岳阳统计数据集(2022年)`, from `yueyang-civil-affairs-table-2021-tjnj`): its tables count the year
 * before (`2021 年 2020 年`). The table is written for the test.
 */
describe("the year a statistical yearbook's volume records", () => {
  const YEARBOOK_TABLE =
    "\n13-15 民政事业\n\n指标名称 单位 2021 年 2020 年\n结婚登记 件 24692 29200\n离婚登记 件 8529 15857\n机构数 个 191 187\n职工人数 人 1610 1550\n";

  test.each([
    ["Page 548 - 岳阳统计数据集(2022年)\nP. 548\n", 2021],
    ["某市统计年鉴（2019）\n", 2018],
  ])("parseBulletinText: `%s` reports the year %i", (head, year) => {
    expect(parseBulletinText(`${head}${YEARBOOK_TABLE}`).bulletin.issue.period).toEqual({
      kind: "year",
      year,
    });
  });

  test.each([
    // A report's own year in brackets: that year.
    ["政务服务工作简报(2024年)\n本期焦点\n全区办件量131万宗，好评率99%。", 2024],
  ])("parseBulletinText: `%s` keeps its bracketed year %i (counter-case)", (text, year) => {
    expect(parseBulletinText(text).bulletin.issue.period).toEqual({ kind: "year", year });
  });
});
