import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Blood collected and supplied, counted in 单位 (issue 15, formerly held-out-14: a city's 无偿献血
 * year, `采集血液总量49.5万单位`, `采集RH阴性血2638单位`): `单位` right after a number is the unit
 * blood is measured in, not `单` (orders) followed by `位`; platelets are counted in doses
 * (`2.3万治疗量`). A 单位 that opens a word (`单位名称`, `单位负责人`) and a body counted with its
 * measure word (`12家单位`) stay as they were. Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}`,
  );

describe("blood counted in 单位", () => {
  test.each([
    ["全年采集血液总量12.6万单位，同比增长3.1%。", ["全年采集血液总量=126000单位"]],
    ["采集全血8.25万单位。", ["采集全血=82500单位"]],
    ["采集Rh阴性血412单位，外省调出血液30单位。", ["采集Rh阴性血=412单位", "外省调出血液=30单位"]],
    ["为临床供血15.3万单位。", ["为临床供血=153000单位"]],
    ["團體捐獻血液3.8萬單位。", ["團體捐獻血液=38000单位"]],
    // Platelets collected by apheresis are counted in doses (治疗量).
    ["采集机采血小板2.3万治疗量，同比增长4.1%。", ["采集机采血小板=23000治疗量"]],
    ["單採血小板8650治療量。", ["單採血小板=8650治疗量"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("keeps the change after a figure in 单位 as its comparison", () => {
    const [metric] = parseBulletinText("一、情况\n采集血液总量9.6万单位，同比减少8.4%。").bulletin
      .metrics;
    expect(metric?.comparison).toMatchObject({ basis: "yoy", change: -8.4 });
  });

  test.each([
    // 单位 opening a word after a bare number: no figure in 单位.
    ["全年新增12单位负责人培训。"],
    ["共核查3单位名称变更。"],
    ["涉及5单位职工。"],
    ["能耗按每单位时间计算。"],
  ])("%s holds no figure in 单位", (body) => {
    expect(figures(body).filter((f) => f.endsWith("单位"))).toEqual([]);
  });

  test("a body counted with its measure word is counted in that word (`12家单位`)", () => {
    expect(figures("全市共检查12家单位。")).toEqual(["全市共检查=12家"]);
  });
});
