import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * The count of what was monitored, tested or surveyed, after the verb and `的` (`我县监测的37种蔬菜`,
 * `本期抽检的120批次食品`, `監測的`), is what the text reports, as after `所监测的` already. Written
 * for the rule (session 24's tuning misses: a county's monthly price report); the cases are invented.
 */

describe("a count after a verb of monitoring and 的", () => {
  test.each([
    ["本月，我县监测的37种蔬菜呈现“18涨1跌18平”。", ["我县监测的=37种"]],
    ["本次调查的58户家庭收入普遍增长。", ["本次调查的=58户"]],
    ["本季監測的15個斷面水質均達標。", ["本季監測的=15个"]],
    ["所监测的25个项目均达标。", ["所监测的=25个"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("other words before 的, and spans, stay as before", () => {
  test.each([
    ["监测的3个月内未见异常。", []],
    ["来自39个欠发达县域的干部参加了培训。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
