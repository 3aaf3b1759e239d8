import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A breadcrumb a copy turned into a Markdown list item (`1. 首页 > 财经资讯`): the page's path, not its
 * headline, so the headline under it is the title. A numbered point of the text (`1. 首页改版…`) stays
 * text. Every example is written for the rule.
 */

const headline = "上半年全市GDP增长3.1% 经济运行企稳向好";
const body =
  "7月20日，全市上半年经济运行情况新闻发布会召开。\n\n上半年，全市地区生产总值同比增长3.1%，规模以上工业增加值增长5.2%。";

const titleUnder = (head: string) =>
  parseBulletinText(`${head}\n\n${headline}\n\n${body}`).bulletin.publication.title;

describe("a breadcrumb printed as a numbered list", () => {
  test.each(["1. 首页 > 财经资讯", "1. 网站首页 > 新闻中心 > 经济要闻", "1. 首页 » 本地新闻"])(
    "`%s` is the page's path: the headline under it is the title",
    (head) => {
      expect(titleUnder(head)).toBe(headline.replace(" ", ""));
    },
  );
});

describe("numbered lines that are no path", () => {
  test("a numbered point naming a home page stays text", () => {
    const text = `某市政府网站2023年工作年度报表\n1. 首页改版完成，新增栏目12个。\n2. 全年发布信息3450条。`;
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication.title).toBe("某市政府网站2023年工作年度报表");
    expect(JSON.stringify(bulletin.sections)).toContain("首页改版完成");
  });
});
