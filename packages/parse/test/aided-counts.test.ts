import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * The count of people or households a verb of aid goes to, right after it (`资助237190人参加基本医疗
 * 保险`, `帮扶3200户实现增收`, `慰问560名困难职工`): what the text reports, in any section and whatever
 * the clause goes on with. Written for the rule (batch s10c's city 医保 快报,
 * whose `医疗救助资助237190人参加基本医疗保险` was lost); the cases are invented.
 */

describe("a count right after a verb of aid", () => {
  test.each([
    ["医疗救助资助237190人参加基本医疗保险。", ["医疗救助资助=237190人"]],
    ["全年帮扶3200户实现稳定增收。", ["全年帮扶=3200户"]],
    ["春节前慰问560名困难职工及其家属，发放慰问金。", ["春节前慰问=560名"]],
    ["累计安置1.2万人就近就业。", ["安置=12000人"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("counts after other words are read as before", () => {
  test.each([
    // Not a verb of aid: a count inside a phrase.
    ["来自39个欠发达县域的干部参加了培训。", []],
    // A count of things (not people) after 资助: what was funded.
    ["资助12个项目开展科研攻关。", []],
    // A span of time after a verb of aid.
    ["帮扶3年后实现脱贫。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
