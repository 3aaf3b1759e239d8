import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A count right after the whole a clause speaks of opens its clause, also where a copy converted
 * to traditional characters prints that whole (`，全縣327家法人單位…`, `全國`) and where an autonomous
 * region names itself (`，自治区14城市平均…`): read as the simplified `全县327家…` was. Written for
 * the rule (session 24's tuning misses: a county's retail report in traditional characters, a
 * regional air-quality report); the cases are invented.
 */

describe("a count after a scope word in either script", () => {
  test.each([
    [
      "1-11月，全縣327家法人單位消費品零售額40.44億元。",
      ["全縣=327家", "法人單位消費品零售額=4044000000元"],
    ],
    ["本月，全國52家重點企業產量增長5%。", ["全國=52家", "重點企業產量增長=5%"]],
    ["上半年，自治區12個地州市空氣優良。", ["自治區=12个"]],
    [
      "年上半年，自治区14城市平均优良天数比例为70.4%。",
      ["自治区=14城市", "平均优良天数比例=70.4%"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("a count inside a phrase stays text", () => {
  test.each([
    ["来自全縣327家企业的代表参加会议。", []],
    ["来自自治区12个地州市的代表参加会议。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
