import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Rates and amounts a reader sees inside a phrase (issue 14, formerly held-out-130, -131 and older
 * sets). Examples written for the rule:
 * - the last rate of a list whose rates before it were read (`分別以22%、19.5%、16.8%的增速位列…`):
 *   rates listed together are reported together;
 * - a share opening the clause after its whole (`这些来信中，71.2%的问题得到了答复`);
 * - an amount per head right after `每人`, `每户`, `每月`… (`按照每人800元的标准`);
 * - an investment's amount right after `投资` before what it does (`引进某公司投资12.4亿元兴建…`;
 *   not `投资3.6亿元的某某项目`, a project's description);
 * - people drawn or sent for a task (`抽调16人组成督查组`, `选派20名干部`).
 */
describe("rates and amounts inside phrases", () => {
  test.each([
    [
      "甲、乙、丙三省分别以22%、19.5%、16.8%的增速位列前三。",
      ["丙三省分别以=22%", "丙三省分别以=19.5%", "丙三省分别以=16.8%"],
    ],
    ["这些来信中，71.2%的问题得到了答复。", ["这些来信中=71.2%"]],
    ["按照每人800元的标准向困难群众发放慰问金。", ["按照每人=800元"]],
    ["引进某港航公司投资12.4亿元兴建航电枢纽工程。", ["引进某港航公司投资=1240000000元"]],
    ["由县委办牵头，抽调16人组成五个督查组。", ["抽调=16人"]],
    ["选派20名干部驻村帮扶。", ["选派=20名"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    ["全省42.4%的企业实现增长。"],
    ["来自每人的反馈意见已收集。"],
    ["组织12名干部和群众参加活动。"],
    ["其中，投资3.6亿元的某某项目主体已完工。"],
    ["全县共实施投资800万元以上项目。"],
  ])("%s reads no figure", (body) => {
    expect(figures(body)).toEqual([]);
  });

  test("the last rate of a list that bounds (`和6%以上`) stays text", () => {
    expect(figures("油料、糖料预计分别增长11%和7%以上。")).toEqual(["糖料预计分别增长=11%"]);
  });
});
