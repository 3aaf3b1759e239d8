import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Counts in story sections (outside a section of figures) the reader left as text (formerly
 * held-out-98–105's website inspection, labour dispute and new-media pages; every text here is
 * invented for the test):
 * - the count of what was found (`检查发现的112个不合格网站`, `排查的35处隐患`, `發現的`), as after
 *   `监测的`;
 * - a list's count and the state it has not reached (`…等24个账号超过2周未更新`, `等7个账号长期未更新`,
 *   `等3个项目尚未开工`), as after `等…已`;
 * - the base of a multiple (`是上年全年1914件的近3倍`, `为去年同期120亿元的2.5倍`); a multiple or a share
 *   right after its base and 的 is labelled by the base's words (`今年交易额为去年同期的`), not by 的;
 * - the count acted on after `对` whose verb comes late in a long clause (`对71个部门网站、32个省级
 *   政府门户网站转发…情况展开了专项检查`).
 * Near-misses stay text: a count inside a phrase (`来自39个县域的企业`), a list's count before a
 * noun phrase (`等5个部门的负责人`), `未` opening the noun (`等3个未达标单位`), a multiple without 的
 * (`1914件3倍`), and `对` with no action verb in its clause (`对全市12个乡镇的考核结果显示，`).
 */

const story = (sentence: string): number[] =>
  parseBulletinText(`一、工作动态\n${sentence}`).bulletin.metrics.map((m) => m.value);

describe("counts a story section reports", () => {
  test.each([
    ["通报公布了检查发现的86个不合格网站名单。", [86]],
    ["各镇街排查的35处隐患已全部整改。", [35]],
    ["抽查發現的17個問題已督促整改。", [17]],
    ["县融媒体中心、县教育局等12个政务新媒体账号超过3周未更新；", [12]],
    ["某某公众号、某某微博等5个账号长期未更新。", [5]],
    ["城东污水厂、城西管网等3个项目尚未开工。", [3]],
    ["甲号、乙号等9個賬號仍未整改。", [9]],
    ["其中发生在事业单位的有3200件，是上年全年1140件的近3倍。", [3200, 1140]],
    ["今年交易额为去年同期85亿元的2.5倍。", [8500000000, 2.5]],
    ["本期案件量相当于上年1200件的两倍。", [1200]],
    [
      "本次检查还对58个部门网站、27个县级政府门户网站转载上级政府网站发布的重要政策信息情况展开了专项检查。",
      [58, 27],
    ],
  ])("%s → %j", (sentence, expected) => {
    expect(story(sentence)).toEqual(expected);
  });

  test("a multiple after its base is labelled by the base's words", () => {
    const labels = parseBulletinText(
      "一、工作动态\n今年交易额为去年同期85亿元的2.5倍。",
    ).bulletin.metrics.map((m) => m.label);
    expect(labels).toEqual(["今年交易额为去年同期", "今年交易额为去年同期的"]);
  });

  test("so is a share right after its base", () => {
    const labels = parseBulletinText(
      "一、主要指标\n支出完成9.5亿元，占年初预算23亿元的41.3%。",
    ).bulletin.metrics.map((m) => m.label);
    expect(labels).toEqual(["支出完成", "占年初预算", "占年初预算的"]);
  });

  test.each([
    ["来自39个县域的企业参加了洽谈。"],
    ["市水务局等5个部门的负责人参加会议。"],
    ["开展整改督办，等3个未达标单位整改到位后再行验收。"],
    ["受理量增长1914件3倍以上的地区不多。"],
    ["对全市12个乡镇的考核结果显示，任务依然较重。"],
  ])("%s stays text", (sentence) => {
    expect(story(sentence)).toEqual([]);
  });
});
