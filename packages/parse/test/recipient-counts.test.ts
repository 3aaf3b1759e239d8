import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The count of those something was given to, after 向, 为 or 给 (right after it, or after the whole
 * place they belong to: `全县`, `全市`) with a verb of giving later in the clause (发放, 拨付, 提供,
 * 支付, 办理…): `6月份全市共向874户家庭发放住房公积金贷款28824万元` reports 874户 besides the amount,
 * as the count after 对 before 进行 is reported. Without such a verb (`向3个部门反馈问题清单`) the count
 * stays text. Written for the rule (the corpus's shapes are the first two).
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、贷款发放\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.value}${m.unit}`);

describe("a count of recipients before a verb of giving", () => {
  test.each([
    ["6月份全市共向874户家庭发放住房公积金贷款28824万元。", ["874户", "288240000元"]],
    ["2022年第三季度共向全县59户家庭发放住房公积金贷款1831.2万元。", ["59户", "18312000元"]],
    ["为56家企业拨付稳岗补贴资金1200万元。", ["56家", "12000000元"]],
    ["上半年给1200人办理医保关系转移接续。", ["1200人"]],
    // A purchase made for them (`为271人次购买返乡车票`): a verb of giving too.
    ["为271人次购买返乡车票、为1名滞留人员办理落户。", ["271人次", "1名"]],
    ["為86名困難群眾購買意外傷害保險。", ["86名"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("counts after 向, 为 or 给 that stay text (counter-cases)", () => {
  test.each([
    // No verb of giving in the clause.
    ["累计向3个部门反馈问题清单，推动整改。", []],
    ["走访中向5家企业的负责人了解用工情况，收集意见。", []],
    // A purchase from them (after 向) is no giving.
    ["向3家机构购买社区养老服务项目，保障运行。", []],
    // The 为 of "into" after a verb names no recipients (the count is read as before).
    ["将事项细分为412个办理情形，实现精准办理。", ["412个"]],
    // A span of time after 为 is no count of recipients.
    ["为3个工作日内办结的事项发放告知书。", []],
    // A hotline's number after 向 is no count.
    ["市民可向12345热线反映问题。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
