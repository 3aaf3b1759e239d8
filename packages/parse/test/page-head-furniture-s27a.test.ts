import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { webLineKind } from "../src/internal/web-page";

/**
 * A page's furniture printed alone over its headline: a skip link for screen readers, a share
 * overlay's prompt run into its first link, the print and close buttons, a chart's credit, a menu
 * bar whose columns hold a Latin word. Each is the page's, so the headline under it is the title;
 * sentences that open with the same words stay. Every line here is written for the test.
 */

const headline = "某市前三季度经济运行稳中向好";
const page = (line: string) =>
  `${line}\n${headline}\n\n前三季度,全市地区生产总值1234.5亿元,同比增长6.1%。\n\n规模以上工业增加值同比增长7.2%。`;

describe("a page's furniture over its headline", () => {
  test.each([
    "跳转到正文内容",
    "跳转到路径导航栏",
    "跳到主要内容",
    "跳过导航",
    "点击右上角微信好友",
    "点击右上角 朋友圈",
    "打印本文 关闭窗口 |",
    "【字体:   打印页面",
    "打印此页 关闭本页",
    "制图:宋 嵩",
    "制图：王小明",
    "图表制作:李四",
    "首页新闻财经股票教育汽车互联网IT明星电影健康",
    "首页要闻TV视频专题评论",
  ])("%s", (line) => {
    expect(webLineKind(line)).toBe("furniture");
    expect(parseBulletinText(page(line)).bulletin.publication.title).toBe(headline);
  });
});

describe("near-misses stay", () => {
  test.each([
    "跳转到正文内容后再阅读全文。",
    "点击右上角按钮可查看全文",
    "打印机采购项目已完成验收",
    "制图说明：图中数据为初步统计",
    "制图：某某市统计局数据分析中心",
    "首页IT行业收入增长迅速带动全市数字经济发展,占比提高",
  ])("%s", (line) => {
    expect(webLineKind(line)).not.toBe("furniture");
  });
});
