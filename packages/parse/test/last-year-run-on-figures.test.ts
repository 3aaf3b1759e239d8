import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A figure run straight into last year's figure (`死亡人数21人去年1-9月份…`, `受理120件上年同期为98件`),
 * where a copy lost the mark between, ends its clause: both are read, each with its own label.
 * `去年` as a word of the clause (`21人去年底…`) is not such a run. Written for the rule (session 24's
 * tuning misses: a city's 安全生产 report); the cases are invented.
 */

describe("a figure right before last year's", () => {
  test.each([
    [
      "全市共发生事故18起，事故总死亡人数21人去年1-9月份发生死亡人数28人。",
      ["全市共发生事故=18起", "事故总死亡人数=21人", "去年1-9月份发生死亡人数=28人"],
    ],
    ["本月受理120件上年同期为98件。", ["受理=120件", "上年同期=98件"]],
    ["死亡人数21人去年同期为28人。", ["死亡人数=21人", "去年同期=28人"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("去年 inside the clause stays text", () => {
  test.each([
    ["帮助21人去年底实现就业。", []],
    ["奖励了21人去年的先进事迹。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
