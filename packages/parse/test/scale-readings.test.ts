import { describe, expect, test } from "vitest";
import { scaleReadingLength } from "../src/internal/figure-readings";
import { figures } from "./metric-lines";

/**
 * A converter's reading of a scale in brackets, without its tone (issue 14, formerly held-out-136):
 * pages converted to traditional characters by a tool that prints readings print `萬(wan)` and
 * `億(yi)` between a figure's scale and its unit (`吞吐量125976.6萬(wan)人次`); the reading is no part
 * of the figure, which is read as `萬人次`. A reading that is not the scale's (`萬(yi)`) and a
 * bracket after a scale with other words in it stay as they were. Examples written for the rule.
 */
describe("a scale's reading in brackets", () => {
  test.each([
    [
      "甲機場完成旅客吞吐量98765.4萬(wan)人次，比上年增長12.5%。",
      ["甲機場完成旅客吞吐量=987654000人次"],
    ],
    ["乙師實現生產總值312.45億(yi)元，增長6.1%。", ["乙師實現生產總值=31245000000元", "增長=6.1%"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([["丙市完成投資45.2萬(yi)元。"], ["丁市完成投資45.2萬(預計)元。"]])(
    "%s reads no figure through the bracket",
    (body) => {
      expect(figures(body)).toEqual([]);
    },
  );
});

// A reading cut off by the text's end has no closing bracket and is not read past: the text's end
// once counted as a close (`"）)".includes("")` is true) and the reading ran one character past it.
describe("a scale's reading cut off at the text's end", () => {
  test.each([
    ["增加45.2萬(wan)", 7, "萬", 5],
    ["增加45.2萬(wan", 7, "萬", 0],
    ["增加45.2萬(", 7, "萬", 0],
    ["增加45.2萬", 7, "萬", 0],
    ["增加45.2萬(wan)(wan", 7, "萬", 5],
  ] as const)("%s from %i after %s reads %i characters", (text, j, scale, expected) => {
    expect(scaleReadingLength(text, j, scale)).toBe(expected);
  });
});
