import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two growth rates said together, each after its own verb because they move apart
 * (`同比分别上升4.1%和下降1.7%`, `分别增长5.2%、减少0.8%`): the first is a figure as the last is, as
 * when one verb serves both (`分别增长4.92%和2.31%`). A rate joined to a verb that no rate follows
 * (`增长4.92%和下降趋势`) stays as it was read. Written for the rule (batch s17b's Ningxia 公路 note
 * lost `4.1%` of `…同比分别上升4.1%和下降1.7%`); the cases are invented.
 */

const rates = (body: string): number[] =>
  parseBulletinText(`一、工作动态\n${body}`)
    .bulletin.metrics.filter((m) => m.unit === "%")
    .map((m) => m.value);

describe("growth rates of opposite moves said together", () => {
  test.each([
    ["货运量2.2亿吨、货物周转量314.5亿吨公里，同比分别上升4.1%和下降1.7%。", [4.1, 1.7]],
    ["营业收入和利润分别增长5.2%、减少0.8%。", [5.2, 0.8]],
    ["进口和出口同比分别下降3.25%及增长1.8%。", [3.25, 1.8]],
    ["客运量增长12%和回落3%，货运量持平。", [12, 3]],
  ])("%s → %j", (body, expected) => {
    expect(rates(body)).toEqual(expected);
  });

  test.each([
    // A verb after 和 that no rate follows: the first rate is read as before (no figure).
    ["营业收入增长4.92%和下降趋势并存。", []],
    // A verb then a count after 和: no rate follows it.
    ["营业收入增长4.92%和增加12家企业。", []],
    // The same sentence with one verb reads both, as before.
    ["客运量和货运量分别增长4.1%和1.7%。", [4.1, 1.7]],
  ])("%s: read as before → %j", (body, expected) => {
    expect(rates(body)).toEqual(expected);
  });
});
