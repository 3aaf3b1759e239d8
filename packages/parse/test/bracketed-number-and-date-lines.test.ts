import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A document's 发文字号 and its date in one pair of brackets on the line under its title, as a law
 * database's copy prints them (`（某办发〔2011〕3号 2011年1月25日）`): the date is the issue's, the
 * title and its issuer are read as under a bracketed date alone. Near-misses date nothing: the
 * number alone in brackets, the number and other words. Every text here is written for the test.
 */

const TITLE = "中共某省委办公厅、某省人民政府办公厅关于2010年绩效评估情况的通报";
const BODY =
  "\n\n  根据有关文件精神,现将2010年全省绩效评估情况通报如下。\n  一、绩效情况\n  2010年,全省共有14个市州纳入绩效评估范围。";
const read = (line: string) =>
  parsedView(`${TITLE}\n\n${line}${BODY}`, ["title", "publisher", "publishedOn"]);

describe("a document's number and date bracketed under its title", () => {
  test.each([
    ["square brackets, a date in words", "(某办发[2011]3号 2011年1月25日)", "2011-01-25"],
    ["hexagonal brackets, full-width", "（某办发〔2011〕3号 2011年1月25日）", "2011-01-25"],
    ["a comma, a date in figures", "（某政发〔2020〕12号，2020-03-05）", "2020-03-05"],
    ["第 before the number, traditional", "（某府發〔2019〕第8號 2019年12月30日）", "2019-12-30"],
  ])("(%s)", (_, line, date) => {
    expect(read(line)).toEqual({
      title: TITLE,
      publisher: "中共某省委办公厅、某省人民政府办公厅",
      publishedOn: date,
    });
  });

  test.each([
    ["the number alone", "（某办发〔2011〕3号）"],
    ["the number and words", "(某办发〔2011〕3号 附件)"],
  ])("(%s) dates nothing", (_, line) => {
    expect(read(line).publishedOn).toBeUndefined();
  });
});
