import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Three shapes of a count the text reports, read as figures (session 27, s27e):
 * - a count opening the clause of one of the country's regions (`东部地区`, `中西部地区`, `東北地區`),
 *   as a count opens a clause after `全国`;
 * - the count of what was surveyed or inspected after `对` (`對`) and the place it is of
 *   (`对某省40家企业调研`), or after `对` before a traditional verb (`進行`, `開展`);
 * - a list's count after `等` whose short noun is followed by how far the work has got
 *   (`…等8项工程已开工`).
 * The near-misses keep their counts as text. Written for the rules; no corpus line copied.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、工作措施\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.value}${m.unit}`);

describe("counts that are read", () => {
  test.each([
    // A region's clause.
    ["西部地区61家园区工业总产值2.1万亿元，同比增长4.2%。", ["61家", "2100000000000元"]],
    ["东北地区17家园区实现营业收入8000亿元。", ["17家", "800000000000元"]],
    ["中西部地区126个项目完成投资350亿元。", ["126个", "35000000000元"]],
    ["東北地區22家園區實際使用外資12億美元。", ["22家", "1200000000美元"]],
    // A count of what was surveyed, after 对 and its place.
    ["近日，省统计局对某省40家重点企业开展问卷调研，结果较好。", ["40家"]],
    ["调查队对全县36个行政村进行入户调查。", ["36个"]],
    ["對該區18家企業調研顯示，訂單穩定。", ["18家"]],
    ["對全市9個站點進行檢查，均達標。", ["9个"]],
    // A list's count with how far its work has got.
    ["道路改造、管网更新、“口袋公园”建设等12项惠民工程已开工。", ["12项"]],
    ["滨河步道、社区食堂等6个项目正在加紧建设。", ["6个"]],
    ["水厂扩建、污水管网等9個項目均已完工。", ["9个"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("counts that stay text (near-misses)", () => {
  test.each([
    // A bearing without 地区 names a place's part, no region.
    ["东部新区16家企业参加招聘会，提供岗位。", []],
    ["东北部12家企业参加招聘会，提供岗位。", []],
    // After 对 and its place with no verb of survey or action in the clause.
    ["该局对该区18家企业发来的意见表示感谢。", []],
    // After 对 and the 来自 of a phrase: the count of a whole inside it.
    ["对来自该市15家企业的申报材料进行审核。", []],
    // A list's count with 的 after its noun, or 均 going on to a rate.
    ["甲河、乙河等7条河流的断面水质均达标。", []],
    ["工业产值、投资等4项指标增速均预计提高。", []],
    // A list's count whose noun goes on with 的 before the word of progress.
    ["会上，张三、李四等15名同志的事迹已刊发。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
