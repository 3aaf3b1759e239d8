import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news page's metadata line whose font-size buttons (`A-A+`, `A+ A-`, `A+ A A-`, the letter A with
 * a sign) print glued before the page's date and source (`A-A+2014年7月9日17:16来源:新华网`): the
 * buttons are the page's tools, as a site's name or address before the date are its own, so the
 * date is the page's and the source its publisher; the line is no part of the text. A line that
 * opens with a Latin word or a grade (`A级景区2014年…`, `AA2014年…` without a sign) is no such line.
 * Every text here is written for the test.
 */

const HEADLINE = "某省公布6月各城市空气质量状况";
const BODY =
  "\n\n  某省环保厅通报2014年6月环境空气质量状况：6月，甲市、乙市空气质量达标天数比例分别为90.0%、70.0%。\n\n  2014年上半年，甲市空气质量达标天数比例为81.2%。";

const read = (line: string) =>
  parsedView(`${HEADLINE}\n\n${line}${BODY}`, ["title", "publisher", "publishedOn", "text"]);

describe("a page's date and source after its font-size buttons", () => {
  test.each([
    ["minus, then plus, glued", "A-A+2014年7月9日17:16来源:新华网", "新华网", "2014-07-09"],
    ["plus, then minus, spaced", "A+ A- 2014年7月9日 17:16 来源：新华网", "新华网", "2014-07-09"],
    ["three buttons", "A+ A A- 2014-07-09 17:16:05 来源：某省环保厅", "某省环保厅", "2014-07-09"],
    ["full-width signs", "A＋A－2014年07月09日 来源：某某日报", "某某日报", "2014-07-09"],
  ])("%s: the date is the page's and the source its publisher", (_, line, publisher, date) => {
    const got = read(line);
    expect({ publisher: got.publisher, publishedOn: got.publishedOn }).toEqual({
      publisher,
      publishedOn: date,
    });
    expect(got.title).toBe(HEADLINE);
    expect(got.text).not.toContain("来源");
  });

  test("the same line without its buttons reads the same", () => {
    const got = read("2014年7月9日17:16来源:新华网");
    expect({ publisher: got.publisher, publishedOn: got.publishedOn }).toEqual({
      publisher: "新华网",
      publishedOn: "2014-07-09",
    });
  });
});

describe("lines that open with a letter A and are no buttons (near-misses)", () => {
  test.each([
    ["a grade of scenic spots", "AAAA级景区2014年7月9日来源：某省旅游局"],
    ["two letters without a sign", "AA2014年7月9日17:16来源:新华网"],
  ])("%s: no date or source is read from it", (_, line) => {
    const got = read(line);
    expect(got.publishedOn).toBeUndefined();
    expect(got.publisher).toBeUndefined();
  });
});
