import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An item whose text opens with the point of view it reports from, run in before a comma:
 * `（一）从三大门类看，…`, `（二）從各鎮（街道）看，…`, `1.从投诉问题来看，…`, `（三）分行业看，…`. The phrase
 * (从 or 分, its topic, 看 or 来看) is the item's run-in title, as `（一）从三大门类看：…` (a label before
 * its colon) already was; the text after the comma is the item's. A clause of time (`从1-11月看，`: a
 * digit), a connective (`从而看出，`), a phrase of no marked item (a paragraph's `从行业看，…`) and a view
 * phrase with no text after it head nothing new. Written for a county 经济运行简析 in traditional
 * characters (formerly held-out); every text here is invented.
 */

const MASTHEAD = "经济运行简报\n2024年第3期\n某县统计局\n2024年4月10日\n一、工业生产平稳\n";

const itemTitles = (body: string) =>
  parseBulletinText(`${MASTHEAD}${body}`).bulletin.sections.flatMap((s) =>
    s.items.map((i) => i.title),
  );

const firstItemText = (body: string) => {
  const items = parseBulletinText(`${MASTHEAD}${body}`).bulletin.sections.flatMap((s) => s.items);
  return JSON.stringify(items[0]?.body ?? []);
};

describe("a point of view run in after an item's marker titles the item", () => {
  test.each([
    ["从…看", "（一）从三大门类看，采矿业增加值同比增长3.1%。", "从三大门类看", "采矿业增加值"],
    [
      "traditional, a bracket in the topic",
      "（二）從各鎮（街道）看，西鎮增長9.9%。",
      "從各鎮（街道）看",
      "西鎮增長",
    ],
    ["从…来看", "（一）从投诉问题来看，售后服务类投诉较多。", "从投诉问题来看", "售后服务类"],
    ["分…看", "（三）分行业看，制造业增加值增长4.2%。", "分行业看", "制造业增加值"],
    ["a numbered item", "1.从支柱产业看，三大支柱工业增加值增长3.9%。", "从支柱产业看", "三大支柱"],
  ])("(%s) `%s`", (_, line, title, rest) => {
    expect(itemTitles(line)).toContain(title);
    const text = firstItemText(line);
    expect(text).toContain(rest);
    expect(text).not.toContain(title);
  });
});

describe("phrases that title nothing new (near-misses)", () => {
  test.each([
    ["a clause of time", "（一）从1-11月看，全县工业增加值增长7.2%。", "从1-11月看"],
    ["a connective", "（一）从而可以看出，全县工业增加值增长7.2%。", "从而可以看出"],
    ["a paragraph with no marker", "从行业看，制造业增加值增长4.2%。", "从行业看"],
  ])("(%s) `%s`", (_, line, phrase) => {
    expect(itemTitles(line)).not.toContain(phrase);
    expect(firstItemText(line)).toContain(phrase);
  });

  test("a label before its colon is read as before", () => {
    expect(itemTitles("（一）从三大门类看：采矿业增加值同比增长3.1%。")).toContain("从三大门类看");
  });
});
