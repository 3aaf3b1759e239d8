import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A digital newspaper's article properties left as one line of values at the page's foot
 * (`2020-11-25 2 2 某某日报 content_24843.html 1 3 标题 /enpproperty-->`): after the date, the
 * site's and the node's numbers, the node's name straight before the article's file name is the
 * paper the article ran in, the page's publisher (the date was read before). Near-misses: a page's
 * name in that slot (`要闻版`, `第A01版`), a name elsewhere on the line, a line that is no property
 * comment. Every text here is written for the test.
 */

const REPORT = [
  "某市暗访制助力河长制工作常态化",
  "今年以来,市河长办将暗访工作融入巡河工作,建立起河长带着问题巡河的机制。",
  "全市285名民间河长累计发现问题789个,目前已得到全部解决。",
];
const read = (foot: string) =>
  parsedView([...REPORT, "", foot].join("\n"), ["publisher", "publishedOn", "text"]);

describe("the paper a digital paper's property comment names", () => {
  test.each([
    [
      "2020-11-25 2 2 某某日报 content_24843.html 1 3 某市暗访制助力河长制 /enpproperty-->",
      "某某日报",
      "2020-11-25",
    ],
    [
      "2024-10-16 8 8 今日某区 content_496571.html 1 3 一、整体情况 /enpproperty-->",
      "今日某区",
      "2024-10-16",
    ],
    ["2021-3-5 12 345 某某晚报 content_7.htm 2 1 标题 /enpproperty-->", "某某晚报", "2021-03-05"],
  ])("`%s` names %s and dates the page %s", (foot, paper, date) => {
    const r = read(foot);
    expect(r.publisher).toBe(paper);
    expect(r.publishedOn).toBe(date);
    expect(r.text).not.toContain("enpproperty");
  });

  test.each([
    ["2020-11-25 2 2 要闻版 content_24843.html 1 3 标题 /enpproperty-->", "要闻版"],
    ["2020-11-25 2 2 第A01版 content_24843.html 1 3 标题 /enpproperty-->", "第A01版"],
    ["2020-11-25 2 2 content_24843.html 某某日报 1 3 标题 /enpproperty-->", "某某日报"],
    // (The same values without the closing mark are a comment the copy cut, read since s30b: a line
    // without the site's and the node's numbers is none.)
    ["2020-11-25 某某日报 content_24843.html 标题", "某某日报"],
  ])("`%s` names no paper", (foot, name) => {
    expect(read(foot).publisher).not.toBe(name);
  });
});
