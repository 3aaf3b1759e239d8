// `一、规模以上工业1-5月，全县…`: a run-in heading glued to the clause of time its paragraph opens
// with, the space between them lost (a copy of a web page, or a PDF's text once repaired:
// `readPdf` repairs each line, and the repair drops a space between Chinese text and a number).
// The heading ends where the clause begins, as it ends at the space when the space is there.
import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

const sections = (text: string) =>
  parseBulletinText(text).bulletin.sections.map((s) => ({
    title: s.title,
    body: JSON.stringify(s.items[0]?.body ?? []),
  }));

describe("run-in headings glued to their paragraph's clause of time", () => {
  test.each([
    [
      "a month span (the corpus's shape)",
      "一、规模以上工业1-5月，全县规上工业增加值同比增长1.3%。\n二、固定资产投资1-5月，全县固定资产投资同比增长41.4%。",
      ["规模以上工业", "固定资产投资"],
    ],
    [
      "a half-year and a year's months",
      "一、农业生产上半年，全县粮食播种面积12.5万亩。\n二、消费市场2023年1-6月，全县社会消费品零售总额18.6亿元。",
      ["农业生产", "消费市场"],
    ],
    [
      "since the year began, in traditional characters",
      "一、工業生產今年以來，全縣規上工業增加值增長5.2%。\n二、對外貿易前三季度，全縣進出口總額3.2億元。",
      ["工業生產", "對外貿易"],
    ],
  ])("%s: the heading ends where the clause begins", (_, text, titles) => {
    const got = sections(text);
    expect(got.map((s) => s.title)).toEqual(titles);
    // The heading is not said again in the paragraph, which keeps its clause of time.
    for (const s of got) expect(s.body).not.toContain(`"${s.title}`);
  });

  test.each([
    [
      "a subject before the clause (`全县`): a numbered paragraph",
      "一、全县上半年，粮食播种面积12.5万亩，同比增长2.1%。\n二、全市1-5月，规上工业增加值同比增长1.3%。",
    ],
    [
      "a clause of time that opens the point itself",
      "一、1-5月，全县规上工业增加值同比增长1.3%。\n二、上半年，全县固定资产投资同比增长41.4%。",
    ],
  ])("leaves alone %s", (_, text) => {
    for (const s of sections(text)) expect(["一、", "二、"]).toContain(s.title);
  });

  test("a heading with its space reads as before", () => {
    const text =
      "一、规模以上工业 1-5月,全县规上工业增加值同比增长1.3%。\n二、固定资产投资 1-5月,全县固定资产投资同比增长41.4%。";
    expect(sections(text).map((s) => s.title)).toEqual(["规模以上工业", "固定资产投资"]);
  });
});
