import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A figure estimated with `左右` after it (issue 14, formerly held-out-133, -134 and older sets):
 * `比重稳定在45%左右，`, `旬平均气温7.5℃左右，`, `调整为413.8亿元左右，` are the figures the text
 * reports, as `约45%` is (read, its `约` kept as text); `左右` stays text after the figure. Only where
 * `左右` closes the clause: a figure that goes on into words (`95%左右事项…`, `5%左右的企业`) and a
 * change rate so estimated (`增长5%左右。`, a target) stay text, as before. Examples written for the rule.
 */
describe("figures estimated with 左右", () => {
  test.each([
    [
      "甲县义务教育经费占比稳定在46%左右，财政经费占比上升至53%左右。",
      ["甲县义务教育经费占比稳定在=46%", "财政经费占比上升至=53%"],
    ],
    ["乙市旬平均气温8.5℃左右，降雨量正常。", ["乙市旬平均气温=8.5℃"]],
    ["丙区一般公共预算收入调整为488.6亿元左右。", ["丙区一般公共预算收入调整=48860000000元"]],
    ["丁乡土层在40厘米左右，适宜种植。", ["丁乡土层在=40厘米"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A change rate estimated so is a target, and stays text.
    ["戊县生产总值同比增长6%左右。"],
    ["己市居民收入年均增长12%左右，财政收入稳步增长。"],
    // A figure that goes on into words after 左右.
    ["庚区网办率达96%左右事项全部实现网上可办，"],
    ["辛县产值占比8.2%左右的企业有所增加。"],
  ])("%s reports no figure", (body) => {
    expect(figures(body)).toEqual([]);
  });
});
