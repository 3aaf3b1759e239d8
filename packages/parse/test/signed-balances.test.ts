import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * A balance printed below zero (`当期结余-1305.2万元`, `利润总额-3.2亿元`, `余额为－12.5万元`): a fund's
 * or a firm's shortfall, the figure the text reports, signed. Only after the words of a balance, and
 * only in money: a minus before a count (`城区-12件`), between two numbers (`2019-2020年`), or after
 * other words (`收入-12万元`, a copy's dash) stays no sign. Written for the rule (a county's
 * 医保基金 quarter, formerly held-out-50, lost its 城乡居民 fund's shortfall); the cases are invented.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基金运行情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("balances below zero", () => {
  test.each([
    ["城乡居民医保基金当期结余-1305.2万元，累计结余14077.04万元。", ["-13052000元", "140770400元"]],
    ["城鄉居民基本醫療保險基金當期結余-1305.2萬元。", ["-13052000元"]],
    ["规上工业企业利润总额-3.2亿元。", ["-320000000元"]],
    ["账户余额为－12.5万元。", ["-125000元"]],
    ["收支差额-86元。", ["-86元"]],
  ])("%s reads %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    ["城区-12件，郊区8件。"],
    ["当期结余-12件。"],
    ["当期收入-12万元。"],
    ["2019-2020年结余资金12万元。"],
    ["当期结余12-15万元。"],
  ])("%s holds no signed figure", (body) => {
    expect(figures(body).filter((f) => f.startsWith("-"))).toEqual([]);
  });

  test("parseBulletinText: a shortfall after 结余 is one figure of its printed value, signed (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.nat({ max: 99 }), (int, frac) => {
        const printed = `${int}.${String(frac).padStart(2, "0")}`;
        expect(figures(`基金当期结余-${printed}元。`)).toEqual([`${-Number(printed)}元`]);
      }),
      { numRuns: 100 },
    );
  });
});
