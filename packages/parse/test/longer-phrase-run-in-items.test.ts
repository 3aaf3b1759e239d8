import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A work summary's item heading of two or three parallel phrases run into its text after a `。`,
 * where a phrase is thirteen to sixteen characters (`（一）持续推进县域综合医改，基本医疗保障能力提升成效显著。
 * 一是…`, `（一）简政放权，推动行政审批制度改革取得新进展。行政服务中心…`): the item's title, as the
 * same heading of shorter phrases is. The shape of 卫健, 行政服务, 侨务, 商务 and 扶贫 summaries of
 * many offices. A clause longer than that, a figure, a date or a Latin term in it, or a fourth
 * phrase keeps the line the item's text. Written for the rule (invented texts).
 */

const itemsOf = (line: string) => {
  const text = `今年以来，某局认真落实各项工作部署。现将有关工作情况报告如下。\n一、主要工作\n${line}\n（二）加强队伍建设，提升服务水平。全年组织业务培训12次。\n二、下一步工作打算\n继续深化改革，全面提升服务水平。`;
  const section = parseBulletinText(text).bulletin.sections.find((s) => s.title === "主要工作");
  return (section?.items ?? []).map((i) => i.title);
};

describe("a run-in heading of phrases up to sixteen characters each", () => {
  test.each([
    [
      "（一）持续推进县域综合医改，基本医疗保障能力提升成效显著。一是加快推进公立医院改革，医疗救治能力进一步提升。",
      "持续推进县域综合医改，基本医疗保障能力提升成效显著",
    ],
    [
      "（一）简政放权，推动行政审批制度改革取得新进展。管委会紧紧围绕“减少审批、提高效能”，着力推动改革。",
      "简政放权，推动行政审批制度改革取得新进展",
    ],
    [
      "（一）培根铸魂，坚持党全面领导的“总要求”。强化政治引领，落实政治要件闭环管理制度。",
      "培根铸魂，坚持党全面领导的“总要求”",
    ],
    [
      "(一)以加强基层党的组织建设为核心，完善服务理念。社区党委坚持每月召开专题会议。",
      "以加强基层党的组织建设为核心，完善服务理念",
    ],
    [
      "（一）固本强基，全面开展侨情调查摸底工作。按照省侨办的工作要求，各街镇已全面开展摸底。",
      "固本强基，全面开展侨情调查摸底工作",
    ],
  ])("parseBulletinText: `%s` heads the item `%s`", (line, title) => {
    expect(itemsOf(line)).toEqual([title, "加强队伍建设，提升服务水平"]);
  });
});

describe("run-in sentences that stay the item's text (near-misses)", () => {
  test.each([
    [
      "a clause of seventeen characters",
      "（一）简政放权，推动全区行政审批制度改革取得明显新进展。管委会着力推动改革。",
    ],
    [
      "a figure in a clause",
      "（一）全年受理群众诉求，办结各类事项1200件以上。其中网上办理占九成。",
    ],
    ["a date opening it", "（一）9月8日，区政务服务中心召开推进会。会议部署了下半年工作。"],
    [
      "four phrases",
      "（一）强化领导，压实责任，完善制度，推动行政审批制度改革取得新进展。全年共召开会议8次。",
    ],
  ])("parseBulletinText: %s", (_, line) => {
    expect(itemsOf(line)[0]).toBeUndefined();
  });
});
