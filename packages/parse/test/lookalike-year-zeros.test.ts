import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A 落款's date in Chinese numerals whose 〇 was typed as a look-alike (`二OO九年三月三日`, `二○○九年…`):
 * the date it means, under the issuer it closes. Letters elsewhere in the line (a month `O月`), or a
 * year of look-alikes only, give no date. Every text here is written for the test.
 */

const BODY =
  "2009年1-2月我省交通统计情况\n一、交通基础设施建设投资\n截至2月底，全省交通基础设施建设共完成投资58.8亿元，为年计划的10.3%。";
const read = (sign: string) => parsedView(`${BODY}\n${sign}`, ["publisher", "publishedOn"]);

describe("a 落款 whose year's 〇 is a look-alike", () => {
  test.each([
    ["the letter O", "综合规划处\n二OO九年三月三日"],
    ["the circle ○", "综合规划处\n二○○九年三月三日"],
    ["the full-width letter Ｏ", "综合规划处\n二ＯＯ九年三月三日"],
    ["〇 itself", "综合规划处\n二〇〇九年三月三日"],
  ])("%s: the issuer and the date", (_, sign) => {
    expect(read(sign)).toEqual({ publisher: "综合规划处", publishedOn: "2009-03-03" });
  });

  test.each([
    ["a month of a letter", "综合规划处\n二〇〇九年O月三日"],
    ["a year of look-alikes only", "综合规划处\nOOOO年三月三日"],
  ])("%s: no date", (_, sign) => {
    expect(read(sign).publishedOn).toBeUndefined();
  });
});
