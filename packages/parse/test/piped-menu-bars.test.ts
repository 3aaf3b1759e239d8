import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's menu bar over a page's headline, its links parted by bars: the site's columns
 * (`要闻 | 本地 | 某某在本省 | 视界 | 原创 | …`) or its places' channels (`东城|西城|南区|…`), eight
 * links or more of one to six Han characters, nothing else. With it dropped, the headline under it
 * is the title. A table's head flattened with bars (it names a count or a rate) and a row of figures
 * stay. Every example is written for the rule.
 */

const headline = "某省2月份空气质量状况公布";
const meta = "2023-03-20 10:05:32 来源：某某新闻网";
const body =
  "3月20日，省生态环境厅通报，2月全省细颗粒物月均浓度为41微克/立方米，同比下降2.1%。\n下一步，全省将持续推进大气污染防治。";

const parse = (text: string) => parseBulletinText(text);

describe("a site's menu bar parted by bars over a page's headline", () => {
  test.each([
    ["要闻 | 城市 | 老外在本省 | 直观中国 | 视界 | 原创 | 特色产业 | 热点专题 | 滚动"],
    [
      "要闻     |    城市远方   |    视界    |     原创    |     特色产业   |    热点专题    |    滚动   |   图片",
    ],
    ["东城|西城|南区|北区|高新区|经开区|某某新区|江东|江西|河口"],
    ["东城｜西城｜南区｜北区｜高新区｜经开区｜某某新区｜江东"],
    [
      "东城|西城|南区|北区|高新区|经开区|某某新区|江东|江西|河口\n上城|下城|大渡口|小河|沙坪坝|九龙坡|万盛|城口",
    ],
  ])("parseBulletinText: `%s` is dropped and the headline under it is the title", (bar) => {
    for (const text of [`${bar}\n${headline}\n${meta}\n${body}`, `${bar}\n${headline}\n${body}`]) {
      const { bulletin } = parse(text);
      expect(bulletin.publication.title).toBe(headline);
      expect(JSON.stringify(bulletin.sections)).not.toContain("西城");
      expect(JSON.stringify(bulletin.sections)).not.toContain("视界");
    }
  });
});

describe("lines parted by bars that are no menu bar", () => {
  test.each([
    // A table's head (a count, a rate, a row's number), a row of figures, too few links, a
    // Markdown row: the text's.
    ["地区|受理量|办结量|按期办结|回访|满意|不满意|满意率"],
    ["序号|东城|西城|南区|北区|高新区|经开区|江东"],
    ["东城|12|15|18|20|22|24|26"],
    ["东城|西城|南区|北区|高新区"],
    ["| 东城 | 西城 | 南区 | 北区 | 高新区 | 经开区 | 某某新区 | 江东 |"],
  ])("parseBulletinText: `%s` over the text stays", (line) => {
    const { warnings } = parse(`${line}\n${headline}\n${body}`);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
      false,
    );
  });

  test("parseBulletinText: a menu bar's shape under the text's first sentence is the text's", () => {
    const line = "东城|西城|南区|北区|高新区|经开区|某某新区|江东";
    const { warnings } = parse(`${headline}\n${meta}\n${body}\n${line}`);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 5)).toBe(
      false,
    );
  });
});
