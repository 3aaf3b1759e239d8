import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A count inside its clause whose short noun is followed by `全部` (`已全部`) and the work done
 * (issue 14, formerly held-out-122, -124 and -126): `在全县86家二级以上医院全部完成警务室建设`,
 * `将15件重点信访事项全部落实`, `32个行政村、社区全部建立了党组织`. Every one of them got it done: the
 * count is what the text reports, as after `等` (`等8项民生实事已进场施工`). Examples written for the rule.
 */
describe("a count done in full", () => {
  test.each([
    ["在全县86家二级以上医院全部完成警务室建设。", ["在全县=86家"]],
    ["明确工作原则，将15件重点信访事项全部落实包案领导。", ["将=15件"]],
    ["甲镇17个村、社区全部建立了议事会。", ["甲镇=17个"]],
    ["乙区在43所中小学已全部配备专职保安。", ["乙区在=43所"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A count inside a phrase with 的 before its noun's end stays text.
    ["丙县0.21万个具备条件的单位全部建立了党组织。", []],
    // A span of time before 全部 is no count.
    ["丁局收到的申请3个工作日内全部办结。", []],
    // 均已 alone is no 全部 (a count joined to another may end so: read by the join or not at all).
    ["己区在43所中小学均已配备专职保安。", []],
    // 全部 after 的 is what the count's noun has, not what it did.
    ["戊县12个部门的全部事项进驻大厅。", []],
    // 并 joins a second verb: the count is the first verb's (新增), the 全部 the next one's.
    ["庚区本周新增17件工单并全部转办。", []],
  ])("a count that is not one done in full is read as before: %s", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
