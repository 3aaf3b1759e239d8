import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `…主席某某总结回顾了2015年全县妇女工作所取得的成绩…`: a meeting's news whose speaker reviews a year's work
 * with a `了` after the verbs (`总结回顾了`, `回顾总结了`, `总结了`): the news reports on that year, as
 * without the `了`. Near-misses: a plan (`部署了2016年工作`), a review of the years since
 * (`总结了2015年以来的经验`, `总结了2015年以来妇女儿童工作`: no year's work), a list of works (`总结了2015年建议、提案办理工作`). Written for
 * the rule (a 妇联 meeting's news of the formerly held-out sets 98–105); every text here is invented.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;
const page = (sentence: string) =>
  `某县妇联召开执委（扩大）会议\n\n3月10日，某县妇联召开执委（扩大）会议，各乡镇妇联主席参加了会议。\n\n会上，${sentence}会议增补了执委。\n\n一年来，县妇联开展各类培训30期。`;

describe("a year's work reviewed with 了", () => {
  test.each([
    [
      "总结回顾了",
      "县妇联主席总结回顾了2015年全县妇女工作所取得的成绩和经验，并对2016年的工作进行了部署。",
    ],
    ["回顾总结了", "县妇联主席回顾总结了2015年妇女工作，并部署了新一年任务。"],
    ["总结了", "县妇联主席总结了2015年度工作。"],
  ])("%s", (_, sentence) => {
    expect(period(page(sentence))).toEqual({ kind: "year", year: 2015 });
  });

  test.each([
    ["a plan", "县妇联主席部署了2016年工作。"],
    ["the years since", "县妇联主席总结了2015年以来的经验。"],
    ["the years since, then 工作", "县妇联主席总结了2015年以来妇女儿童工作。"],
    ["a list of works", "县妇联主席总结了2015年建议、提案办理工作。"],
  ])("near-miss: %s gives no year", (_, sentence) => {
    expect(period(page(sentence))).not.toEqual({ kind: "year", year: 2015 });
  });
});
