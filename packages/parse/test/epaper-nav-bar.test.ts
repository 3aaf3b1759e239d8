import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's digital edition over a report (session 42, s42d): its navigation bar of links
 * (`返回 上一版 下一版`, `往期回顾: 高级检索`), perhaps closed by the page's `出版日期:` field, and the
 * page's label with the issue's day before it and the reader's font tools after it
 * (`2024-03-08 第03版:要闻 【字体】大 |默认 |`). They are the page's lines, dropped, so the headline
 * under them is the title; a dated line dates the issue. Near-misses: 返回 with the site's home only,
 * the date field alone (a masthead's), a link or a label run into a sentence's words or followed by
 * more words. (A link alone over the headline, `往期回顾`, `返回`, is dropped by older rules already.)
 * Examples written for the rule.
 */

const HEADLINE = "某市一季度外贸进出口稳中有升";
const LEDE =
  "记者从市商务局获悉，一季度全市外贸进出口总额128.6亿元，同比增长7.4%。\n其中出口82.1亿元，同比增长9.2%。\n";
const parse = (head: string) => parseBulletinText(`${head}\n${HEADLINE}\n${LEDE}`);
const dropped = (head: string) =>
  parse(head)
    .warnings.filter((w) => w.code === "web-line-dropped")
    .map((w) => w.position.line);

describe("a digital edition's navigation bar over a headline", () => {
  test.each([
    {
      name: "the bar and its dated field",
      head: "返回   上一版    下一版\n网站首页 | 数字报首页 | 版面导航\n  往期回顾:    高级检索   出版日期: 2024-03-08",
      date: "2024-03-08",
    },
    {
      name: "the field's date in words",
      head: "往期回顾  出版日期：2024年3月8日",
      date: "2024-03-08",
    },
    {
      name: "numbered steps and the field",
      head: "3上一期 下一期4 | 往期查询 出版日期:2024/3/8",
      date: "2024-03-08",
    },
    { name: "the bar without a date", head: "返回 上一版 下一版", date: undefined },
    { name: "the home link and the past issues", head: "数字报首页 | 往期回顾", date: undefined },
    {
      name: "the dated page label with the font tools",
      head: "返回 上一版 下一版\n2024-03-08 第03版:要闻 【字体】大 |默认 |",
      date: "2024-03-08",
    },
    { name: "the dated page label alone", head: "2024年3月8日 第A03版：经济", date: "2024-03-08" },
  ])("parseBulletinText: $name is the page's; the headline is the title", ({ head, date }) => {
    const { bulletin } = parse(head);
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(bulletin.issue.publishedOn).toBe(date);
    expect(dropped(head).length).toBe(head.split("\n").length);
  });

  test.each([
    { name: "back and the site's home only", line: "返回 网站首页" },
    { name: "a link run into a sentence", line: "上一版面刊登的通知已撤回" },
    { name: "a link before more words", line: "往期回顾 高级检索 查看全部文章" },
    { name: "the date field alone", line: "出版日期：2024-03-08" },
    {
      name: "a dated label run into a sentence",
      line: "2024-03-08 第2版：我市三个项目入选省级示范名单，总投资12亿元。",
    },
    {
      name: "the font tools before more words",
      line: "2024-03-08 第03版:要闻 【字体】大 |默认 | 查看更多报道",
    },
  ])("parseBulletinText: $name (`$line`) is not dropped as the page's", ({ line }) => {
    expect(dropped(line)).toEqual([]);
  });
});
