import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's headline printed on one line with the page's date and source after it (`2022年9月社会消费品
 * 零售总额 2022-10-25 来源:市统计局`), as a statistics office's pages print their head: the headline is
 * the title, the date the page's date and the source its publisher, as when the date and source stand
 * on a line of their own. A sentence that ends in a date and a source (`…发布于 2022-10-25 来源:…`
 * after a clause mark) is no headline. Every text here is written for the rule, not taken from a page.
 */

const body =
  "\n字号:\n\n一、总体情况\n9月份，全市实现社会消费品零售总额1478.53亿元，比去年同月增长0.3%。";

describe("a headline run into the page's date and source", () => {
  test.each([
    [
      "2022年9月社会消费品零售总额 2022-10-25 来源:市统计局",
      "2022年9月社会消费品零售总额",
      "2022-10-25",
      "市统计局",
    ],
    [
      "2022年9月社會消費品零售總額 2022-10-25 來源:市統計局",
      "2022年9月社會消費品零售總額",
      "2022-10-25",
      "市統計局",
    ],
    [
      "某县一季度经济运行情况 2022-04-25 10:20 来源：某县统计局",
      "某县一季度经济运行情况",
      "2022-04-25",
      "某县统计局",
    ],
    [
      "全市规模以上工业经济运行情况分析 2024-04-18 来源:某局",
      "全市规模以上工业经济运行情况分析",
      "2024-04-18",
      "某局",
    ],
  ])(
    "parseBulletinText: `%s` gives the title, date and publisher",
    (line, title, date, publisher) => {
      for (const text of [`${line}${body}`, `欢迎访问某市统计局网站\n${line}${body}`]) {
        const { bulletin } = parseBulletinText(text);
        expect(bulletin.publication.title).toBe(title);
        expect(bulletin.issue.publishedOn).toBe(date);
        expect(bulletin.publication.publisher?.name).toBe(publisher);
      }
    },
  );

  test("parseBulletinText: a date and source that run on into a sentence are not split off (counter-case)", () => {
    const { bulletin } = parseBulletinText(
      `全市经济运行 2024-04-18 来源:某局的数据显示,同比增长5.3%。${body}`,
    );
    expect(bulletin.issue.publishedOn).toBeUndefined();
  });

  test("parseBulletinText: a sentence ending in a date and a source is no headline (counter-case)", () => {
    const { bulletin } = parseBulletinText(
      `某县统计局发布数据，全县经济运行平稳，详见 2022-10-25 来源:某县统计局${body}`,
    );
    expect(bulletin.publication.title ?? "").not.toBe("某县统计局发布数据，全县经济运行平稳，详见");
  });
});
