import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A file-information list whose labels stand in square brackets (`[ 发布机构 ] 某县统计局`) is read
 * however the page prints it (issue 14; two municipal portals' pages of formerly held-out sets):
 * in traditional characters (`[ 發布機構 ] 某縣統計局`: the value whole, not shifted by the
 * label's width) and as the cells of a `|` grid (`| [ 发布机构 ] | 某区市场监管局 |`, one or two
 * fields a row). The grid's lines are the page's: the headline under them is the title, the
 * 发布机构 the publisher, the 成文日期 the date; so are a list's `成文日期：…` and `体裁：…` lines
 * printed with colons. Every text here is written for the test.
 */

const HEADLINE = "某区2025年上半年市场监管领域投诉举报数据分析报告";
const BODY =
  "2025年上半年，全区共接收投诉举报事项2153件，同比增长8.4%。\n一、总体情况\n上半年受理投诉1620件，办结率98.6%。";

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
    sections: JSON.stringify(bulletin.sections),
  };
};

describe("a square-bracketed file-information list in traditional characters or in a grid", () => {
  test.each([
    {
      what: "one field a line in traditional characters",
      grid: [
        "[ 索引號 ] 115002420091464791/2021-00006",
        "[ 發文字號 ]",
        "[ 發布機構 ] 某縣統計局",
        "[ 成文日期 ] 2025-07-24",
        "[ 發布日期 ] 2025-07-31",
      ],
      publisher: "某縣統計局",
    },
    {
      what: "two fields a line in traditional characters, without spaces",
      grid: ["[發布機構]某縣統計局 [有效性]", "[成文日期]2025-07-24 [發布日期]2025-07-31"],
      publisher: "某縣統計局",
    },
    {
      what: "a `|` grid of two fields a row",
      grid: [
        "| [ 索引号 ] | 11500000MB1730128J/2025-00640 | [ 发文字号 ] | |",
        "| [ 主题分类 ] | 市场监管 | [ 体裁分类 ] | 其他 |",
        "| [ 发布机构 ] | 某区市场监管局 | ||",
        "| [ 成文日期 ] | 2025-07-24 | [ 发布日期 ] | 2025-07-31 |",
      ],
      publisher: "某区市场监管局",
    },
    {
      what: "a `|` grid of one field a row",
      grid: [
        "| [ 索引号 ] | 11500000MB1730128J/2025-00640 |",
        "| [ 发文字号 ] | |",
        "| [ 体裁分类 ] | 其他 |",
        "| [ 发布机构 ] | 某区市场监管局 |",
        "| [ 发布日期 ] | 2025-07-31 |",
        "| [ 成文日期 ] | 2025-07-24 |",
      ],
      publisher: "某区市场监管局",
    },
    {
      what: "a `|` grid in traditional characters",
      grid: ["| [ 發布機構 ] | 某區市場監管局 |", "| [ 成文日期 ] | 2025-07-24 |"],
      publisher: "某區市場監管局",
    },
    {
      what: "a bulleted list with colons, its 成文日期 and 体裁 lines among them",
      grid: [
        "  • 索引号: 015243996/2025-00416",
        "  • 发布机构: 某区市场监管局",
        "  • 成文日期: 2025-07-24",
        "  • 体裁: 通知",
      ],
      publisher: "某区市场监管局",
    },
  ])("parseBulletinText: $what gives the title, publisher and date", ({ grid, publisher }) => {
    const got = read(`${grid.join("\n")}\n${HEADLINE}\n${BODY}`);
    expect(got.title).toBe(HEADLINE);
    expect(got.publisher).toBe(publisher);
    expect(got.publishedOn).toBe("2025-07-24");
    expect(got.sections).not.toMatch(/[[［]\s*(?:发布|發布|成文|索引|发文|体裁)/);
  });

  test.each([
    {
      what: "a table row whose first cell is a bracketed number",
      line: "| [1] | 某区 | 2153 |",
    },
    {
      what: "a bracketed word that is no field's label in a grid",
      line: "| [ 專欄 ] | 某縣統計局 |",
    },
  ])("parseBulletinText: $what gives no publisher (counter-case)", ({ line }) => {
    const got = read(`${HEADLINE}\n${line}\n${BODY}`);
    expect(got.publisher).toBeUndefined();
    expect(got.publishedOn).toBeUndefined();
  });
});
