import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A page's headline closed by a bar the copy kept of its title bar (`标题|`, `标题 ｜`: the site's name
 * after it lost) over the text: the title is the headline without the bar. Near-misses: a line with
 * other bars in it (a table's row, `| 指标 | 本月 |`), a bar alone. Every text here is written for
 * the test.
 */

const HEADLINE = "某省农业农村厅:耕地保护成效明显";
const BODY =
  "某某社杭州5月3日电 (记者 王某)某省农业农村厅3日表示,近年来耕地保护成效明显。全省耕地面积达2900万亩,同比增长1.2%。\n其他新闻";
const title = (head: string) => parsedView(`${head}\n${BODY}`, ["title"]).title;

describe("a bar closing the headline", () => {
  test.each([[`${HEADLINE}|`], [`${HEADLINE} ｜`], [`${HEADLINE} |`]])("`%s`", (head) => {
    expect(title(head)).toBe("某省农业农村厅：耕地保护成效明显");
  });

  test("near-miss: a line with other bars in it keeps them", () => {
    expect(title(`某省 | 耕地保护成效明显 |`)).not.toBe("某省 | 耕地保护成效明显");
  });
});

/**
 * Such a headline quoting a body no dictionary names (`中国某某资源局：…`) over a lede its outlet's
 * dateline opens: the outlet publishes the copy, the body is the news' source (as for a body the
 * dictionary names).
 */
describe("a headline quoting an unnamed body over an outlet's dateline", () => {
  test("the outlet is the publisher", () => {
    const got = parsedView(
      "中国某某资源局:湿地保护成效明显|\n某某社北京4月22日电 (记者 王某)中国某某资源局22日在北京表示,近年来湿地保护成效明显。全国湿地保护率达到55%。\n其他新闻",
      ["title", "publisher"],
    );
    expect(got).toEqual({ title: "中国某某资源局：湿地保护成效明显", publisher: "某某社" });
  });
});

describe("a paragraph a bar closes", () => {
  test("near-miss: the bar stays with the paragraph's words", () => {
    const got = parsedView(
      "1月份全省共發生道路交通事故1316起，同比下降5.2%，直接財產損失320萬元（查成交價|\n其他新聞",
      ["text"],
    );
    expect(got.text).toContain("查成交價|");
  });
});
