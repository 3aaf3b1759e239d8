import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { isBreadcrumb } from "../src/internal/web-page";

/**
 * A page's path a copy printed without its marks, closed by `正文` right after the site's name or
 * after the home page and a column (`中新網(wǎng)福建新聞正文`, `首页 昆明 正文`, `贵州分社正文`,
 * `新華網 正文`), is the page's furniture, no title: the headline under it is
 * (`fujian-rural-eretail-2022-riulidt-trad`, formerly `held-out-231`; `kunming-business-env-2020-redblack-2`,
 * whose publisher is then its dateline's paper). Near-misses: a line naming a text's 正文 with
 * other words or marks, `正文` alone, a headline.
 */

describe("a path closed by 正文 without its marks", () => {
  test.each([
    { line: "中新网福建新闻正文", path: true },
    { line: "首页 昆明 正文", path: true },
    { line: "贵州分社正文", path: true },
    { line: "新華網 正文", path: true },
    { line: "您现在的位置:新生活在线 正文", path: true },
    { line: "正文", path: false },
    { line: "打印正文", path: false },
    { line: "发布日期:2016-09-26 浏览: 作者: 来源: 打印正文", path: false },
    { line: "《某市物业管理条例》正文", path: false },
    { line: "关于印发某市网格化管理办法的通知正文", path: false },
    { line: "去年福建農村網絡零售額全國第三", path: false },
  ])("isBreadcrumb: `$line` is a path: $path", ({ line, path }) => {
    expect(isBreadcrumb(line)).toBe(path);
  });

  test.each([
    {
      path: "中新網(wǎng)福建新聞正文",
      headline: "去年福建農(nóng)村網(wǎng)絡(luò)零售額全國第三",
      title: "去年福建農村網絡零售額全國第三",
      lede: "  記者從省商務(wù)廳獲悉,根據(jù)專業(yè)機構(gòu)監(jiān)測統(tǒng)計,2022年福建省農(nóng)村網(wǎng)絡(luò)零售額達(dá)2588億元,規(guī)模排名全國第3位,同比增長0.4%。",
    },
    {
      path: "首页 昆明 正文",
      headline: "昆明市发布营商环境“红黑榜”",
      title: "昆明市发布营商环境“红黑榜”",
      lede: "昆明信息港讯(昆明日报 记者董宇虹) 日前,昆明市发布营商环境第三方评价“红黑榜”,获得电力、纳税、招标投标指标综合得分排名前三,进入“红榜”。",
    },
  ])(
    "parseBulletinText: under `$path` the headline is the title",
    ({ path, headline, title, lede }) => {
      const { bulletin } = parseBulletinText([path, "", headline, "", lede].join("\n"));
      expect(bulletin.publication.title).toBe(title);
    },
  );
});
