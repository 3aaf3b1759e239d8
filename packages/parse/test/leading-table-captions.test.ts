import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook's or a statistics page's table copied alone, with no title over it, opens the text
 * (or follows the one paragraph it sums up): its caption names the period (formerly tuning's
 * nanjing-hospitals-2020-yearbook-table and panji-stats-2022, read with no period). Near-misses: a
 * text with a title (the title names its period, or none), a table after two paragraphs. The
 * tables are short excerpts of those texts.
 */

const HOSPITALS = [
  "表14—16 各类医院基本情况(2020年)",
  "指 标",
  "|",
  "机构数",
  "(个)",
  "|",
  "实有床位数",
  "(张)",
  "|",
  "卫生人员数",
  "(人)",
  "|",
  "|",
  "|",
  "#卫生技术",
  "人员",
  "|",
  "#执业(助理)",
  "医师",
  "|",
  "全 市",
  "|",
  "271",
  "|",
  "57455",
  "|",
  "83314",
  "|",
  "69786",
].join("\n");

const OUTPUT = [
  "2022年全区生产总值及其增长速度",
  "|",
  "单位:亿元",
  "|",
  "指 标",
  "|",
  "绝对数",
  "|",
  "比上年增长%",
  "|",
  "生产总值",
  "|",
  "295.4",
  "|",
  "7.7",
  "|",
  "第一产业",
  "|",
  "24.4",
  "|",
  "3.3",
  "|",
].join("\n");

const SUMMED = "初步核算,全年完成地区生产总值295.4亿元,按可比价格计算,比上年增长7.7%。";

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("the caption of a table a text without a title opens with", () => {
  test.each([
    ["a yearbook's table alone", HOSPITALS, 2020],
    ["a table under the paragraph it sums up", `${SUMMED}\n${OUTPUT}`, 2022],
  ])("parseBulletinText: %s reports on the caption's year", (_, text, year) => {
    expect(periodOf(text)).toEqual({ kind: "year", year });
  });

  test.each([
    ["a table after two paragraphs", `${SUMMED}\n全区经济运行稳中有进,结构持续优化。\n${OUTPUT}`],
  ])("parseBulletinText: %s states no period", (_, text) => {
    expect(periodOf(text)).toBeUndefined();
  });

  test("parseBulletinText: a title over the table names the period, not the caption (counter-case)", () => {
    expect(periodOf(`某区2021年国民经济统计资料\n${SUMMED}\n${OUTPUT}`)).toEqual({
      kind: "year",
      year: 2021,
    });
  });
});
