import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A digital newspaper's article properties, which the paper's publishing system writes into the
 * page as a comment (`<!--enpproperty <date>2023-08-08</date>…<title>…</title>/enpproperty-->`) and a
 * copy keeps as one line of values once the tags are gone (`2023-08-08 2 2 某某晚报 content_145077.html
 * 1 3 标题 /enpproperty-->`): no text of the report, and its date (the first `YYYY-MM-DD`) is the
 * page's. Written for the rule (formerly held-out-16's court half-year item on a digital paper's
 * page); the cases are invented.
 */

const REPORT = [
  "上半年全国审结案件1526.2万件",
  "据新华社北京电 记者7日从最高人民法院获悉，2023年上半年全国法院新收各类案件1696万件，审结案件1526.2万件。",
  "据介绍，全国法院审结刑事一审案件54.5万件，同比增长10.88%。",
];
const read = (foot: string) => parsedView([...REPORT, foot].join("\n"), ["publishedOn", "text"]);

describe("a paper's property comment left in the text", () => {
  test.each([
    [
      "2023-08-08 2 2 某某晚报 content_145077.html 1 3 上半年全国审结案件1526.2万件 /enpproperty-->",
      "2023-08-08",
    ],
    [
      "<!--enpproperty 1234567 2021-03-05 09:28:27.0 王某 上半年全国审结案件 2 A09 /enpproperty-->",
      "2021-03-05",
    ],
    ["2019-9-25 03:52:44 某某日报 创业 /enpproperty-->", "2019-09-25"],
  ])("`%s` dates the page %s and is no text", (foot, date) => {
    const r = read(foot);
    expect(r.publishedOn).toBe(date);
    expect(r.text).not.toContain("enpproperty");
  });
});

describe("lines that are no property comment", () => {
  test.each([
    ["2023-08-08 最高人民法院发布上半年司法审判数据。", "最高人民法院"],
    ["审判数据见附件 content_145077.html 2023-08-08", "审判数据见附件"],
  ])("`%s` stays in the text and dates nothing", (foot, kept) => {
    const r = read(foot);
    expect(r.publishedOn).toBeUndefined();
    expect(r.text).toContain(kept);
  });
});
