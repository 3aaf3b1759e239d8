import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A marked item's run-in title of two or three parallel phrases closed by `。`, the item's text after it on the
 * same line, where one phrase is longer than twelve characters (up to sixteen): `（一）简政放权，推动行政审批制度改革
 * 取得新进展。…`, `2.持续推进县域综合医改，基本医疗保障能力提升成效显著。…` — the shape of 政务服务, 卫健, 人社, 商务 and
 * 村级 summaries of many offices. Near-misses that stay the item's text: a phrase of seventeen characters or more
 * (a sentence's clause), a clause with a figure. Written for the rule (invented texts).
 */

const itemsOf = (line: string) => {
  const text = `某单位2023年上半年工作总结\n今年以来，我单位认真落实各项工作部署，现将有关情况总结如下。\n一、主要工作成效\n${line}\n二、下一步工作打算\n继续深化各项改革，全面提升服务水平。`;
  const section = parseBulletinText(text).bulletin.sections.find((s) => s.title === "主要工作成效");
  return (section?.items ?? []).map((i) => i.title);
};

describe("a run-in title of parallel phrases, one of thirteen to sixteen characters", () => {
  test.each([
    [
      "（一）简政放权，推动行政审批制度改革取得新进展。中心紧紧围绕“减少审批、提高效能”，深入推进改革。",
      "简政放权，推动行政审批制度改革取得新进展",
    ],
    [
      "1.持续推进县域综合医改，基本医疗保障能力提升成效显著。全县参保人数达到21.3万人。",
      "持续推进县域综合医改，基本医疗保障能力提升成效显著",
    ],
    [
      "（一）加大劳务输出力度，着力提高农民工职业技能水平。全年开展职业技能培训3200人次。",
      "加大劳务输出力度，着力提高农民工职业技能水平",
    ],
    [
      "（二）坚持以人民为中心的发展思想，扎实推进民生实事。全年完成民生实事项目12件。",
      "坚持以人民为中心的发展思想，扎实推进民生实事",
    ],
  ])("parseBulletinText: `%s` titles its item `%s`", (line, title) => {
    expect(itemsOf(line)).toContain(title);
  });

  test.each([
    [
      "a clause of seventeen characters or more",
      "（一）强化组织领导，全面落实区委区政府关于优化营商环境的部署要求。全年召开推进会6次。",
    ],
    [
      "a clause stating a figure",
      "（一）全年受理群众诉求1.2万件，办结率提高到98.6%。其中网上受理占六成。",
    ],
  ])("parseBulletinText: %s stays the item's text", (_, line) => {
    expect(itemsOf(line).filter((t) => t !== undefined)).toEqual([]);
  });
});
