import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The three digits after a number's thousands comma (`219` of `8萬4,219噸`, `332` of `1,332件`) belong
 * to that number and start no figure of their own, even where the number itself is not reported (a
 * base of a comparison: `較前年8萬4,219噸增加近3倍`). Before, the tail was read alone (`219噸`) and
 * labelled by the words after it. Numbers listed after an ASCII comma that are no group of three
 * (`分別為12,5`), and a figure after a comma that follows words, are read as before. Every text here is
 * written for the test.
 */

const figures = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("a thousands comma's tail", () => {
  test.each([
    [
      "四、火災防治方面,去年火災發生81次,較前年215次減少62.33%。\n五、廢棄物處理方面,去年達35萬2,614噸,較前年8萬4,219噸增加近3倍;另掩埋占產生量41.26%。",
      ["81次", "215次", "62.33%", "352614吨", "41.26%"],
    ],
    // Near-misses: whole figures with their commas, and a figure after a comma after words.
    ["一、概況\n全年受理投訴3,412件,辦結3,390件。", ["3412件", "3390件"]],
    ["一、概況\n全年受理投訴,共計412件。", ["412件"]],
  ])("%s → %j", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
