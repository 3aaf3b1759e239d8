import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A count of couples before its noun (`23276对新人办理结婚登记`, `3190对夫妻登记离婚`, `312对夫妇
 * 办理离婚手续`): marriage registries and 民政 news of every city count couples so, and the count is
 * read in 对, as one before a mark is (`结婚登记4120对，`). `对` before other words is a preposition or
 * a word's (`110对群众…`, `12345对接`) and stays text. Written for the rule (a Rizhao and a Gaoyou page
 * print the shape).
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、工作举措\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.label}=${m.value}${m.unit}`);

describe("a count of couples before its noun", () => {
  test.each([
    ["2013年，日照市共有23276对新人办理结婚登记。", ["日照市=23276对"]],
    [
      "全县共办理结婚登记4120对，其中1520对新人选择在七夕登记。",
      ["全县共办理结婚登记=4120对", "新人选择在七夕登记=1520对"],
    ],
    ["全年共有312对夫妇办理离婚手续。", ["全年=312对"]],
    ["仅东港区就有142对新人领取了结婚证。", ["仅东港区就=142对"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("对 before other words (counter-cases)", () => {
  test.each([
    ["110对群众诉求进行回访。", []],
    ["12345对接各部门。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
