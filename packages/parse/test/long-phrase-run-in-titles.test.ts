import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A marked item's run-in title of two parallel phrases closed by `。`, the item's text after it on the same
 * line, where one phrase is longer than twelve characters (up to sixteen): `（一）简政放权，推动行政审批制度改革
 * 取得新进展。…`, `2.持续推进县域综合医改，基本医疗保障能力提升成效显著。…` — the shape of 政务服务, 卫健, 人社, 商务 and
 * 村级 summaries of many offices (session 41, narrowed to two phrases in session 42). Near-misses that stay the
 * item's text: a phrase of seventeen characters or more (a sentence's clause), a clause with a figure, and three
 * phrases one of which is longer than twelve (`2、市民反映，…漏水漏泥沙，污染路面。希望整治。`: a report's sentence).
 * Written for the rule (invented texts).
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
      "three phrases, one of sixteen characters",
      "（一）群众来电反映，某小区地下车库的排水设施长期损坏，积水严重。希望尽快维修。",
    ],
    [
      "three phrases, one of fourteen characters",
      "1.加强统筹协调，推动行政审批制度改革不断深化，提升服务效能。全年办理审批事项1.2万件。",
    ],
    [
      "a clause stating a figure",
      "（一）全年受理群众诉求1.2万件，办结率提高到98.6%。其中网上受理占六成。",
    ],
  ])("parseBulletinText: %s stays the item's text", (_, line) => {
    expect(itemsOf(line).filter((t) => t !== undefined)).toEqual([]);
  });
});

describe("a line of two phrases that no marker leads", () => {
  test("parseBulletinText: a phrase of fifteen characters keeps it a paragraph, no subhead", () => {
    const text =
      "某市2023年上半年经济运行情况\n今年以来，全市经济运行总体平稳，主要指标好于预期。\n全市居民人均可支配收入稳步增长，消费支出提高。\n上半年，全市居民人均可支配收入21356元，同比增长5.6%。\n";
    const titles = parseBulletinText(text).bulletin.sections.map((s) => s.title);
    expect(titles).not.toContain("全市居民人均可支配收入稳步增长，消费支出提高");
  });
});
