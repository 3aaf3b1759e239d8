import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A web page that prints its date as a tile over its first lines: the year alone, then the month
 * and day (`2025` / `04/25`), perhaps the time (`18:37`). The tile is the page's, no heading of the
 * text: the headline under the page's metadata is the title. A year alone over anything else, or a
 * day that is no date, stays. Every text here is written for the test.
 */

const BODY = [
  "来源:",
  "某县统计局",
  "字体:【",
  "某县2025年1-3月经济运行情况",
  "来源:某县统计局 发布日期:2025-04-25 18:37 浏览次数: 字体:【",
  "今年以来,全县经济运行总体保持平稳态势。",
  "一、经济指标完成情况",
  "1-3月,全县实现生产总值420880万元,同比增长3.3%。",
];

const read = (head: string[]) => {
  const { bulletin } = parseBulletinText([...head, ...BODY].join("\n\n"));
  return { title: bulletin.publication.title, sections: bulletin.sections.map((s) => s.title) };
};

describe("a page's date printed as a tile over its first lines", () => {
  test.each([
    ["year, day and time", ["2025", "04/25", "18:37"]],
    ["year and day", ["2025", "04/25"]],
    ["a dash in the day", ["2025", "04-25", "18:37"]],
  ])("%s: dropped, the headline is the title", (_, head) => {
    expect(read(head)).toEqual({
      title: "某县2025年1-3月经济运行情况",
      sections: ["正文", "经济指标完成情况"],
    });
  });

  test.each([["a year over a word", ["2025", "工作动态"]]])("%s: the year stays", (_, head) => {
    expect(read(head).sections[0]).not.toBe("正文");
  });

  // Since session 43 the lone `来源:` label over its name is the page's metadata (source-label-alone-lines),
  // and the lines over a page's metadata are the page's head: a year over a day that is no date is
  // dropped with them, as a line of the page (warned where it stands), and dates nothing.
  test("a day that is no date: no date of the text, dropped as the page's head with a warning", () => {
    const { bulletin, warnings } = parseBulletinText(["2025", "13/45", ...BODY].join("\n\n"));
    expect(bulletin.publication.title).toBe("某县2025年1-3月经济运行情况");
    expect(bulletin.issue.publishedOn).toBe("2025-04-25");
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(true);
  });
});
