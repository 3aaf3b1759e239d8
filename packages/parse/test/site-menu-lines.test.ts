import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { isSiteMenuLine } from "../src/internal/site-menu-line";

/**
 * A site's menu over a page's headline: links named in Chinese and English (`联系我们 Contact`), or
 * links to other sites parted by bars (`国务院网 | 某某部 | 某省政府网站 无障碍浏览|`). They are the
 * site's, no heading: the headline under them, over the page's date line, is the title. Every text
 * here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;

const news =
  "某县报告流感病例逾3000例\n\n发布时间:2019-5-12 09:10:11  浏览次数:\n\n 记者从县疾控中心了解到,截至5月10日,全县报告流感病例3012例,同比上升45.2%。\n";
const report =
  "某省重点流域水质状况报告(2021年5月)\n\n某省生态环境厅  时间:2021-06-02 10:00 【字体:\n\n一、监测情况\n\n全省共监测断面86个,优良比例为91.9%。\n";

describe("a site's menu over the headline", () => {
  test.each([
    [
      "links in Chinese and English",
      `联系我们 Contact\n搜索 Search\n\n${news}`,
      "某县报告流感病例逾3000例",
    ],
    [
      "their separators lost to ?",
      `聯系我們???Contact\n搜索???Search\n\n${news}`,
      "某县报告流感病例逾3000例",
    ],
    ["one such link", `网站地图 Sitemap\n\n${news}`, "某县报告流感病例逾3000例"],
    [
      "links to other sites parted by bars",
      `国务院网 | 某某部 | 某省人民政府网站 无障碍浏览|\n\n${report}`,
      "某省重点流域水质状况报告（2021年5月）",
    ],
  ])("(%s) is passed over: the headline is the title", (_, text, title) => {
    expect(read(text).publication.title).toBe(title);
  });

  test.each([
    ["a headline of two parts", "数说十年 | 我省森林覆盖率提高到45.2%", false],
    ["a table's row", "地区 | 2023 | 增长", false],
    ["names with a sentence's mark", "首页 | 要闻，快讯 | 专题", false],
    ["a headline with an English word after more words", "全省政务服务网上线 App", false],
    ["a word run into Latin", "2023年GDP", false],
    ["a link and its English name", "联系我们 Contact", true],
    ["three links", "国务院网 | 某某部 | 某省人民政府网站|", true],
  ])("%s: %s is a menu line: %s", (_, line, menu) => {
    expect(isSiteMenuLine(line)).toBe(menu);
  });

  test("a headline of two parts over the date line stays the title", () => {
    const t = "数说十年 | 某省博物馆事业蓬勃发展";
    expect(
      read(
        `${t}\n\n发布时间:2022-09-01 10:00\n\n截至今年6月,全省共有博物馆385家,比十年前增长120%。\n`,
      ).publication.title,
    ).toBe(t);
  });
});
