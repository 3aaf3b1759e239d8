import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * What the first line of a text without a masthead is (issue 14): a site's column name (`政务`,
 * `经济信息`) is no title; a line straight over the first `（一）` item heads those items'
 * section; a longer headline is still the title.
 */

const read = (text: string) => {
  const b = parseBulletinText(text).bulletin;
  return { title: b.publication.title, sections: b.sections.map((s) => s.title) };
};

const RELEASE =
  "1—7月份，全市规模以上工业增加值同比增长5.1%。\n一、重点行业作用明显\n汽车制造业同比增长11.6%。";

describe("a column name over a text", () => {
  test.each(["政务", "经济信息", "统计数据", "通知公告"])("%s is no title", (column) => {
    expect(read(`${column}\n${RELEASE}`).title).toBeUndefined();
  });

  test.each(["工作简报", "政务动态", "安全快报"])("%s, a bulletin's name, is a title", (name) => {
    expect(read(`${name}\n${RELEASE}`).title).toBe(name);
  });

  test("a headline of five or more characters is a title", () => {
    expect(read(`1-7月份全市工业运行情况\n${RELEASE}`).title).toBe("1-7月份全市工业运行情况");
  });

  test("a column name over a page's metadata line is no title either", () => {
    const r = read(`政务\n某区人民政府 2022-11-10 09:43:00 来源：区政府办公室\n${RELEASE}`);
    expect(r.title).toBeUndefined();
  });

  test("no line of two to four Han characters alone is a title unless it names a bulletin", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[经济信息政务数据统计公开要闻工作财政]{2,4}$/), (column) => {
        expect(read(`${column}\n${RELEASE}`).title).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });
});

describe("a line straight over the first （一） item", () => {
  test.each([
    { what: "traditional characters", head: "財政預算執行情況", item: "（一）收入方面" },
    { what: "an ASCII-bracketed item", head: "财政预算执行情况", item: "(一)收入方面" },
    { what: "a 、 after the bracket", head: "总体情况", item: "（一）、收入方面" },
  ])("heads the items' section, no title ($what)", ({ head, item }) => {
    const r = read(`${head}\n${item}\n1-5月，全区一般公共预算收入完成56033万元。`);
    expect(r.title).toBeUndefined();
    expect(r.sections[0]).toBe(head);
  });

  test("a headline over a 一、 section is still the title", () => {
    const r = read("财政预算执行情况\n一、收入方面\n1-5月，全区一般公共预算收入完成56033万元。");
    expect(r.title).toBe("财政预算执行情况");
  });

  test("a headline over a （二） item (not the first) is still the title", () => {
    const r = read("财政预算执行情况\n（二）支出方面\n1-5月，全区一般公共预算支出98240万元。");
    expect(r.title).toBe("财政预算执行情况");
  });
});
