import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A breadcrumb under a label the breadcrumb rule does not list (`位置：首页>…`, `导航：首页 > 政务公开 >
 * …`, `栏目：网站首页>>…`): a short label, the home page and a path mark. It is the page's, even when
 * its last step prints the headline, so the headline on its own line under it is the title. A
 * `位置：` naming a place (`位置：首页大厦三楼`) has no path mark after 首页 and is the text's.
 * Every text here is written for the test.
 */

const HEADLINE = "某市2021年全国12315平台食品投诉举报数据分析报告";
const BODY =
  "\n\n今年以来全国12315平台共接收食品类投诉举报83件,环比增长57%。\n\n一、商品类别投诉举报情况\n\n从投诉的地区来看,某区16件,占比19.3%。";

describe("a labelled path from the home page", () => {
  test.each([
    `位置:首页>${HEADLINE}`,
    `位置：首页 > 通知公告 > ${HEADLINE}`,
    "导航：首页 > 政务公开 > 数据发布",
    "栏目:网站首页>>统计数据",
    `所在栏目：首页 » 工作动态 » ${HEADLINE}`,
  ])("`%s` is the page's: the headline under it is the title", (crumb) => {
    const { bulletin, warnings } = parseBulletinText(
      `欢迎进入某市市场监督管理局网站!\n\n${crumb}\n\n${HEADLINE}${BODY}`,
    );
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 3)).toBe(true);
  });
});

describe("labelled lines that are the text's (counter-cases)", () => {
  test.each([
    ["位置：首页大厦三楼", "首页大厦"],
    ["位置：首页右侧公告栏", "右侧公告栏"],
    ["说明：首页访问量>10万次", "访问量"],
  ])("`%s` stays in the text", (line, kept) => {
    const { warnings } = parseBulletinText(`${HEADLINE}\n\n${line}${BODY}`);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.message.includes(kept))).toBe(
      false,
    );
  });
});
