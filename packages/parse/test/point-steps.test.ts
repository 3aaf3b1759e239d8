import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A step in percentage points that no 同比/环比 comparison of the figure before it holds: a change
 * against an earlier part of the year (`较一季度回落6.4个百分点`), another place (`高于全省5.1个百分点`),
 * a target's pace (`高于时序进度4.7个百分点`) or with no basis named (`资产负债率64.5%，降低0.2个百分点`),
 * as statistics, finance and economic releases of every office print them: a figure of its own in
 * `个百分点`. Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map(
    (m) =>
      `${m.value}${m.unit}${m.comparison ? `(${m.comparison.basis} ${m.comparison.change} ${m.comparison.changeUnit})` : ""}`,
  );

const labelled = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`)
    .bulletin.metrics.filter((m) => m.unit === "个百分点")
    .map((m) => `${m.label}=${m.value}`);

describe("steps in percentage points", () => {
  test.each([
    [
      "甲镇地区生产总值85.2亿元，同比增长7.1%，增速较一季度回落1.6个百分点，较全市平均水平高0.8个百分点。",
      ["8520000000元(yoy 7.1 percent)", "1.6个百分点", "0.8个百分点"],
    ],
    ["1-6月，乙县规模以上工业增加值同比增长9.3%，比1-5月提高2个百分点。", ["9.3%", "2个百分点"]],
    [
      "丙区一般公共预算收入完成4.5亿元，为年度预算的62.3%，高于时序进度12.3个百分点。",
      ["450000000元", "62.3%", "12.3个百分点"],
    ],
    ["全市工业投资同比增长31.6%，高于全省15.2个百分点。", ["31.6%", "15.2个百分点"]],
    ["9月末，企业资产负债率58.3%，降低0.4个百分点。", ["58.3%", "0.4个百分点"]],
    ["丁市利润增幅高于收入3.5个百分点。", ["3.5个百分点"]],
    // Copies in traditional characters, a converter's readings perhaps after `個` and `點`.
    ["戊市逾期放款比率0.28%，較上月底增加0.02個百分點。", ["0.28%", "0.02个百分点"]],
    ["己縣貸款增速15.67%，高於全省平均水平0.37個百分點。", ["15.67%", "0.37个百分点"]],
    ["庚區投資增速較1-4月份提高0.8個(gè)百分點(diǎn)。", ["0.8个百分点"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("a step with no words naming what it moved is labelled by the figure before it", () => {
    expect(labelled("9月末，企业资产负债率58.3%，降低0.4个百分点。")).toEqual([
      "企业资产负债率降低=0.4",
    ]);
    expect(labelled("增速较一季度回落1.6个百分点。")).toEqual(["增速较一季度回落=1.6"]);
  });
});

describe("the level a step moved to", () => {
  const levels = (body: string): string[] =>
    parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map(
      (m) => `${m.label}=${m.value}${m.unit}`,
    );

  // `…上升0.3个百分点至1.5%`: the level after the step is what the step's clause moved, not `至`.
  test.each([
    [
      "就业不足率则上升0.3个百分点至1.5%。",
      ["就业不足率则上升=0.3个百分点", "就业不足率则上升至=1.5%"],
    ],
    [
      "工業用電量占比較7月份下滑7.09個百分點至63.62%。",
      ["工業用電量占比較7月份下滑=7.09个百分点", "工業用電量占比較7月份下滑至=63.62%"],
    ],
    [
      "甲市城镇调查失业率回落0.2个百分点，为5.1%。",
      ["甲市城镇调查失业率回落=0.2个百分点", "甲市城镇调查失业率回落为=5.1%"],
    ],
    // Near-misses: words of their own before the level keep it.
    [
      "乙县增速提高0.5个百分点，全县财政收入达3.2亿元。",
      ["乙县增速提高=0.5个百分点", "全县财政收入=320000000元"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(levels(body)).toEqual(expected);
  });
});

describe("steps printed in traditional characters", () => {
  const warnedLines = (text: string): number[] =>
    parseBulletinText(text)
      .warnings.filter((w) => w.code === "unit-normalised")
      .map((w) => w.position.line);

  test.each([
    // Broken after the converter's reading of `個`: the line that holds `百分點`.
    ["一、情况\n辛縣投資增速較1-4月份提高0.8個(gè)\n百分點(diǎn)，繼續回升。", [3]],
    // Broken before the reading of `點`: the line that holds the characters.
    ["一、情况\n癸市投資增速較1-4月份提高0.8個百分點\n(diǎn),較去年全年提高4.2個百分點。", [2, 3]],
  ])("%j is warned on lines %j", (text, lines) => {
    expect(warnedLines(text)).toEqual(lines);
  });
});

describe("steps that stay as they were (near-misses)", () => {
  test.each([
    // Held by the comparison of the figure before it.
    ["该项占比为35.2%，同比提高1.2个百分点。", ["35.2%(yoy 1.2 points)"]],
    // In no clause of a change or a comparison.
    ["增长幅度以%%表示，12.5个百分点。", []],
    // A target or a bound.
    ["力争全年增速提高1个百分点以上。", []],
    ["预计比上年回落2个百分点左右。", []],
    // A step in words.
    ["增速比上年提高两个百分点。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("a long line of steps is read in linear time", () => {
    const line = "增速较上月回落1.2个百分点，".repeat(70_000);
    const started = performance.now();
    const { bulletin } = parseBulletinText(`一、情况\n${line}`);
    expect(bulletin.metrics.length).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
