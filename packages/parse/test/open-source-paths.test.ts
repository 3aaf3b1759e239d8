import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A page's 来源 value printed as the path to its column and left open, the path mark run on to the
 * next field's label (`来源: 某省交通运输厅 >发布时间:2024-10-09`) or closing the line
 * (`来源: 某某网 >`): the name before the mark is the publisher, as when the column's name follows it
 * (`来源: 新闻联播 > 热点新闻 >`). Every text here is written for the test.
 */

const HEAD = "关于某省12328交通热线2024年8月运行情况的通报";
const BODY = "\n\n2024年8月,全省12328热线共受理群众来电3.2万件,同比增长5.6%,办结率99.8%。";
const page = (line: string) => mastheadFacts(`${HEAD}\n${line}${BODY}`);

describe("a 来源 path left open", () => {
  test.each([
    [
      "before the next label",
      "来源: 某省交通运输厅 >发布时间:2024-10-09 作者:佚名",
      "某省交通运输厅",
    ],
    ["closing the line", "发布时间:2024-10-09 来源: 某某新闻网 >", "某某新闻网"],
    ["with a double mark", "来源:某市统计局>> 发布时间:2024-10-09", "某市统计局"],
    [
      "with its column after it",
      "时间:2024-10-09 12:13 来源: 某某新闻网 > 热点新闻 >",
      "某某新闻网",
    ],
  ])("%s: the name before the mark", (_, line, name) => {
    expect(page(line)).toEqual({ title: HEAD, publisher: name, publishedOn: "2024-10-09" });
  });

  test("a value without a path mark stays as printed", () => {
    expect(page("来源: 某省交通运输厅 发布时间:2024-10-09").publisher).toBe("某省交通运输厅");
  });
});
