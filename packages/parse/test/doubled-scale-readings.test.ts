import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A converter's reading of a scale printed twice (`1185萬(wan)(wan)人(ren)(ren)`): some tools that
 * convert a page to traditional characters print each reading doubled, throughout the page. Both
 * readings are no part of the figure, which is read as `萬人`, as with one reading
 * (scale-readings.test.ts); so is the toneless reading after the unit (`人(ren)`), which no longer
 * keeps the mark after it from ending the figure's clause. A second bracket that is not the scale's
 * reading, a reading that is not the scale's and a Latin symbol in brackets (`(kg)`) stay as they
 * were, and `個(ge) 百分點` is a step in points (a figure in 个百分点), no count. Every text here is written for the test.
 */
describe("a scale's reading printed twice", () => {
  test.each([
    ["甲省城鎮新增就業1185萬(wan)(wan)人(ren)(ren)。", ["甲省城鎮新增就業=11850000人"]],
    ["乙市實現營業收入86.3億(yi)(yi)元(yuan)(yuan)。", ["乙市實現營業收入=8630000000元"]],
    // A Latin symbol in brackets after a unit is no reading: the figure is read as before.
    ["戊縣採收茶葉3200公斤(kg)。", ["戊縣採收茶葉=3200公斤"]],
    // A unit's reading after it, once, before the next figure of a list.
    [
      "甲縣幫扶26萬(wan)戶(hu)，乙縣幫扶31萬(wan)戶(hu)。",
      ["甲縣幫扶=260000户", "乙縣幫扶=310000户"],
    ],
    [
      "新增就業人數分別為1185萬(wan)(wan)人(ren)(ren)、1203萬(wan)(wan)人(ren)(ren)。",
      ["新增就業人數=11850000人", "新增就業人數=12030000人"],
    ],
    // A step in points with the reading of 個 (and a space) before 百分點 is no count of 個: since
    // session 40 a figure in 个百分点 (point-steps.test.ts), as the simplified form is.
    ["增幅比上月回落0.47個(ge) 百分點。", ["增幅比上月回落=0.47个百分点"]],
    ["比鄉鎮工業發展快2.08個(ge)百分點。", ["比鄉鎮工業發展快=2.08个百分点"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([["丙市完成投資45.2萬(wan)(yi)元。"], ["丁市完成投資45.2萬(wan)(預計)元。"]])(
    "%s reads no figure through the bracket",
    (body) => {
      expect(figures(body)).toEqual([]);
    },
  );
});
