import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A quoted item with its share in brackets closing the quotation (`“申办护照(96.2%)”、“乘坐公交
 * (91.4%)”`), as survey reports list the items asked about and the share satisfied with each: the
 * share is a figure, and the quotation is read as running text, its marks kept. A quoted name with no
 * share (`“一网通办”`), a share quoted alone (`“60%”报销比例`), and a quoted task with its figure
 * (`“全年实现融资210亿元”`) stay quotes. Every text here is written for the test.
 */
describe("a quoted item's bracketed share", () => {
  test.each([
    ["满意度较高的为“申办护照(96.2%)”、“乘坐公交(91.4%)”。", ["96.2%", "91.4%"]],
    ["其次为“办理社保卡、医保卡补换(87.3%)”及“缴纳水电费（83.9%）”等项目。", ["87.3%", "83.9%"]],
    // Near-misses: quotes that stay quotes, their figures not read.
    ["推行“一网通办”，受理群众诉求3120件。", ["3120件"]],
    ["开展“60%”报销比例监测。", []],
    ["围绕“全年实现融资210亿元”目标推进。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body).map((f) => f.slice(f.indexOf("=") + 1))).toEqual(expected);
  });

  test("each share is labelled by its item", () => {
    expect(figures("分别为“申办护照、港澳通行证(96.2%)”与“乘坐公交（91.4%）”。")).toEqual([
      "申办护照、港澳通行证=96.2%",
      "乘坐公交=91.4%",
    ]);
  });
});
