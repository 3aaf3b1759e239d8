import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A page's 来源 field left empty, its template's print or close button printed after it
 * (`来源: 打印正文`, `來源：列印本頁`, `来源：关闭窗口`): the button names no publisher, and an office's
 * credit closing the report (`…。(县畜牧兽医局)`) does; a body's name in the field stays the
 * publisher. Every text here is written for the test.
 */

const HEAD = "某镇秋季动物防疫工作扎实推进";
const BODY =
  "\n\n2016年以来,某镇扎实推进秋季动物防疫工作,共免疫猪瘟1.2万头,群体免疫密度达95%以上。";
const page = (line: string, credit = "") =>
  mastheadFacts(`${HEAD}\n\n${line}${BODY}${credit}`).publisher;

describe("a print or close button after an empty 来源 field", () => {
  test.each([
    ["打印正文", "发布日期:2016-09-26 浏览: 作者: 来源: 打印正文"],
    ["打印本页", "发布日期:2016-09-26 来源: 打印本页"],
    ["列印本頁, traditional", "發布日期:2016-09-26 來源: 列印本頁"],
    ["关闭窗口", "发布日期:2016-09-26 来源:关闭窗口"],
  ])("%s names no publisher", (_, line) => {
    expect(page(line)).toBeUndefined();
  });

  test("the office credited under the report is the publisher", () => {
    expect(page("发布日期:2016-09-26 浏览: 作者: 来源: 打印正文", "(县畜牧兽医局)")).toBe(
      "县畜牧兽医局",
    );
  });

  test.each([
    ["a body's name", "发布日期:2016-09-26 来源: 某县农业农村局", "某县农业农村局"],
    [
      "a body's name before the button",
      "发布日期:2016-09-26 来源: 某县农业农村局 打印正文",
      "某县农业农村局",
    ],
  ])("%s stays the publisher", (_, line, name) => {
    expect(page(line)).toBe(name);
  });
});
