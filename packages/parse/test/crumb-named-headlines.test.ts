import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's breadcrumb over the text that ends with the headline (`您现在的位置：首页 > 头条 > 某市今年…
 * 增储16.3亿方`), and the same headline printed again further down, under the site's other
 * headlines and teasers: that line is the title (the lines over it stay in the text, as they were
 * read before). A breadcrumb ending with a column's name, one cut short, or a headline never printed
 * again keeps the old reading. Every text here is written for the test.
 */

const portal = [
  "头条",
  "某某画展在某艺术馆盛大开幕 某某画展在某艺术馆盛大开幕",
  "嘉宾合影 百年艺脉承风骨。2025年9月27日下午，某某画展在某艺术馆开幕...",
  "城事",
  "某党中委：腾出码头土地建屋方案可取",
];
const headline = "某市今年水资源储备“大丰收” 地下水增储16.3亿方";
const story = [
  "发布时间：2021/09/12 头条 浏览：395",
  "今年汛期，某市水资源储备“大丰收”。记者从市水文总站获悉，截至8月31日，本市地下水水位已回升3.18米，地下水储量增16.3亿立方米。",
  "市水文总站相关负责人介绍，今年本市汛期降雨主要集中在北部山区。",
];

describe("the headline a breadcrumb names, printed again under the site's lines", () => {
  test.each([["您现在的位置：首页 > 头条 > "], ["当前位置：首页 > 新闻中心 > 头条 > "]])(
    "`%s…`: the headline is the title, the lines over it kept in the text",
    (crumb) => {
      const text = [`${crumb}${headline}`, ...portal, headline, ...story].join("\n");
      const { bulletin } = parseBulletinText(text);
      expect(bulletin.publication.title).toBe("某市今年水资源储备“大丰收”地下水增储16.3亿方");
      expect(JSON.stringify(bulletin.sections)).toContain("腾出码头土地建屋方案可取");
    },
  );

  test.each([
    ["a breadcrumb ending with a column's name", "您现在的位置：首页 > 头条"],
    ["a breadcrumb cut short", "您现在的位置：首页 > 头条 > 某市今年水资源储备…"],
  ])("%s: the site's lines are not dropped", (_, crumb) => {
    const text = [crumb, ...portal, headline, ...story].join("\n");
    const { warnings } = parseBulletinText(text);
    expect(
      warnings.some(
        (w) => w.code === "web-line-dropped" && w.message.includes("腾出码头土地建屋方案可取"),
      ),
    ).toBe(false);
  });
});
