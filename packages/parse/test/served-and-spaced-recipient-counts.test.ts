import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The count of those a service was carried out for (`为…户企业开展数字化诊断`) or an honour hung for
 * (`为…名退役军人悬挂光荣牌`), after 为 (or 向, 给) with that verb later in the clause, is reported as a
 * count of those given to is (recipient-counts.test.ts); so is one a PDF copy prints with a space
 * between 为 and the number (`为 314 户…`). Without such a verb, or with the verb farther on than
 * twelve characters, the count stays text. Every line is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、服务企业\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.value}${m.unit}`);

describe("a count of those served or honoured", () => {
  test.each([
    ["突出数智赋能，为 218 户规上企业开展数字化诊断，成效明显。", ["218户"]],
    ["突出数智赋能，为218户规上企业开展数字化诊断，成效明显。", ["218户"]],
    ["为3560名退役军人和其他优抚对象悬挂光荣牌，营造尊崇氛围。", ["3560名"]],
    ["為412名退役軍人懸掛光榮牌。", ["412名"]],
    ["向 56 家企业发放稳岗补贴，稳定就业。", ["56家"]],
    ["给 75 名新入职人员开展岗前培训。", ["75名"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("counts after 为 that stay text (near-misses)", () => {
  test.each([
    // No verb of service in the clause.
    ["为 218 户规上企业建立档案，跟踪服务。", []],
    // The verb farther on than twelve characters.
    ["为218户规模以上工业企业和重点服务业企业开展数字化诊断。", []],
    // The 为 of 以…为 (taking one thing as another).
    ["以区为 1 个单元开展网格管理。", []],
    // A span of time after 为 is no count of those served.
    ["为 3 个工作日内办结的事项开展回访。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
