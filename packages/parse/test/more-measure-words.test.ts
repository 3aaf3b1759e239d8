import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Measure words the unit list lacked (issue 14, formerly held-out-131, -134, -136 and older sets): cut
 * flowers and pens counted in 枝 (`鲜切花产量3150.2万枝`), fireworks seized in 筒, seats of a ranking in
 * 席 (`前20名甲省占6席`), things in 把 (knives, chairs) where a mark follows (`刀具48把、`; `12345把群众…`
 * is a preposition), and the classes and items of a catalogue counted in 大类/小类, 大项/小项
 * (`涉及的5大项31小项考核指标，`). Words that open with these characters (`枝条`, `席位`) are none.
 * Examples written for the rule.
 */
describe("more measure words", () => {
  test.each([
    [
      "甲州鲜切花产量3150.2万枝，增长12.5%。",
      ["甲州鲜切花产量=31502000枝", "甲州鲜切花产量增长=12.5%"],
    ],
    [
      "乙市查堵烟花爆竹318筒、刀具48把、打火机215个。",
      ["乙市查堵烟花爆竹=318筒", "刀具=48把", "打火机=215个"],
    ],
    ["全国前20名中丙省占6席，丁市居首。", ["全国前20名中丙省占=6席"]],
    [
      "对照戊县文明城市测评涉及的5大项31小项考核指标，逐项落实。",
      ["对照戊县文明城市测评涉及的=5大项", "考核指标=31小项"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    ["己市12345把群众诉求放在首位。"],
    ["庚县修剪3枝条以上的果树。"],
    ["辛区100把椅子已配发到位的消息属实。"],
  ])("%s reads no count in those words", (body) => {
    expect(figures(body).filter((f) => /[枝把筒席]$/.test(f))).toEqual([]);
  });
});
