import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A temperature below zero written with `负` (`負` in a converted copy) for its minus, as news
 * agencies' climate reports print it (issue 14, formerly held-out-134): `全国平均气温负2.2℃` is
 * -2.2℃, and `负` is no part of its label. Only a temperature: `负100万元` and `负增长` are read as
 * before. Examples written for the rule.
 */
describe("temperatures below zero written with 负", () => {
  test.each([
    [
      "甲省平均气温负3.4℃，较常年同期（负4.1℃）偏高0.7℃。",
      ["甲省平均气温=-3.4℃", "较常年同期（=-4.1℃", "偏高=0.7℃"],
    ],
    ["乙區平均氣溫負1.5℃。", ["乙區平均氣溫=-1.5℃"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([["丙县最低气温3℃，负荷增长。", ["丙县最低气温=3℃"]]])(
    "near-miss %s → %j",
    (body, expected) => {
      expect(figures(body)).toEqual(expected);
    },
  );
});
