import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A hospital's average stay in 日 (`三级医院平均住院日为8.3日`, `出院者平均住院日为9.2日`): 卫生健康
 * statistics bulletins and 医疗服务 releases print it so, and it is read in 日 after `住院日`. Elsewhere
 * 日 after a number is a day of the month (`7月8日`, `住院日期为8月3日`) and stays text. Written for
 * the rule (a national 医疗服务 release prints the shape).
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、工作举措\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.label}=${m.value}${m.unit}`);

describe("an average hospital stay in days", () => {
  test.each([
    [
      "三级医院平均住院日为8.3日，比上年同期增加0.4日，二级医院平均住院日为8.7日。",
      ["三级医院平均住院日=8.3日", "二级医院平均住院日=8.7日"],
    ],
    ["出院者平均住院日为9.2日，比上年缩短0.1日。", ["出院者平均住院日=9.2日"]],
    ["平均住院日8.6日。", ["平均住院日=8.6日"]],
    ["公立醫院平均住院日為9.1日。", ["公立醫院平均住院日=9.1日"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("days of the month that stay text (counter-cases)", () => {
  test.each([
    ["医院于7月8日开诊。", []],
    ["住院日期为8月3日。", []],
    ["2日内办结。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
