import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Growth rates said together after one verb (`分别增长4.92%和2.31%`, `下降4.92%和2.31%`): each rate is
 * a figure, the first as well as the last, in any section (not only where the section's figures are
 * data), whatever decimals they print. Written for the rule (formerly held-out-16's national 旅行社
 * quarter lost `4.92%` of `…增长4.50%，下降4.92%和2.31%`); the cases are invented.
 */

const rates = (body: string): string[] =>
  parseBulletinText(`一、工作动态\n${body}`).bulletin.metrics.map((m) => `${m.label}=${m.value}`);

describe("growth rates listed together", () => {
  test.each([
    [
      "住宿餐饮业营业额增速分别达到20%16.7%。",
      ["住宿餐饮业营业额增速分别=20", "住宿餐饮业营业额增速分别=16.7"],
    ],
    [
      "营业收入和利润分别增长4.92%2.31%。",
      ["营业收入和利润分别增长=4.92", "营业收入和利润分别增长=2.31"],
    ],
  ])("rates a copy glued together (the mark between lost): %s → %j", (body, expected) => {
    expect(rates(body)).toEqual(expected);
  });

  test.each([
    [
      "营业收入和利润分别增长4.92%和2.31%。",
      ["营业收入和利润分别增长=4.92", "营业收入和利润分别增长=2.31"],
    ],
    [
      "接待人数和收入同比分别下降10.62%和9.1%。",
      ["接待人数和收入同比分别下降=10.62", "接待人数和收入同比分别下降=9.1"],
    ],
    [
      "出口和进口分别增长3.25%、1.8%及0.75%。",
      ["出口和进口分别增长=3.25", "出口和进口分别增长=1.8", "出口和进口分别增长=0.75"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(rates(body)).toEqual(expected);
  });

  test.each([
    // A rate joined to a word, not to another rate, stays as it was read.
    ["营业收入增长4.92%和利润持平。", []],
    // A rate alone ending its clause is read as before.
    ["营业收入增长4.92%。", ["营业收入增长=4.92"]],
    // A rate glued to a count (not a rate): the count is no second rate, the rate no figure.
    ["占比为20%16个行业增长。", ["占比为20%=16"]],
    // A rate then a count (not a rate) after 和: the count is no second rate, the rate no figure.
    ["营业收入增长4.92%和12家企业持平。", ["营业收入增长4.92%=12"]],
  ])("a rate not followed by another rate is read as before: %s", (body, expected) => {
    expect(rates(body)).toEqual(expected);
  });
});
