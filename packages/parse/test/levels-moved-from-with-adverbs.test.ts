import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The level a change starts from, in a story's section, when the words after it say how much it
 * moved (`由10.27‰微降至8.66‰`, `稳步提升至`), that it was reset (`由年初预算439.55亿元调整为413.8亿元`) or
 * the level it went past (`从不足20%提升至超过80%`): a figure the text reports, as `由67%上升到92%`
 * has been (since 2026-12-08). Not a level with no verb of moving to after it (`由10.27‰的水平`), nor
 * an adjustment with no level after it (`调整为按季度拨付`). Lines written for the rule, shaped like an
 * 内政 statistics note, a district's budget targets and a 政务服务 review.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、工作措施\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.value}${m.unit}`);

describe("a level moved from, with how it moved", () => {
  test.each([
    ["离婚率与93年相比由10.27‰微降至8.66‰。", ["10.27‰", "8.66‰"]],
    ["好评率由95.2%稳步提升至99.1%。", ["95.2%", "99.1%"]],
    [
      "一般公共预算收入由年初预算439.55亿元调整为413.8亿元左右。",
      ["43955000000元", "41380000000元"],
    ],
    ["实际办件网办率从不足20%提升至超过80%。", ["20%", "80%"]],
  ])("parseBulletinText: `%s` reports %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("levels that stay text (near misses)", () => {
  test.each([
    // No verb of moving to a level after it.
    ["离婚率保持在10.27‰的水平附近波动。", []],
    // An adjustment with no level after it.
    ["年初安排的439.55亿元调整为按季度拨付。", []],
  ])("parseBulletinText: `%s` reports %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
