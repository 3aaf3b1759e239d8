import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A daily report whose first sentence opens with some hours of one day
 * (`由2023年03月05日08H00至18H00，…共接获…`) reports on that day. Hours over two days, or a day with
 * one time, state no day here. Every text here is written for the test.
 */

describe("a day's hours opening a daily report", () => {
  test.each([
    ["由2023年03月05日08H00至18H00，某中心的查询热线共接获512宗查询。", "2023-03-05"],
    ["2021年7月9日8时至17时，全市共受理群众来电1320件。", "2021-07-09"],
    ["从2022年11月2日09:00到20:00，服务热线共接听来电865个。", "2022-11-02"],
  ])("`%s` reports %s", (text, date) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period).toEqual({ kind: "day", date });
  });

  test.each([
    ["hours over two days", "2021年7月9日20时至10日8时，全市共受理群众来电132件。"],
    ["one time", "2021年7月9日16时，全市共受理群众来电1320件。"],
    ["the later hour first", "2021年7月9日18时至8时，全市共受理群众来电132件。"],
  ])("%s states no day", (_, text) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period?.kind === "day").toBe(false);
  });
});
