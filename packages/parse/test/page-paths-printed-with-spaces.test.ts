import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { repeatsHeadline } from "../src/internal/repeated-headline";
import { isSpacedHomePath } from "../src/internal/spaced-home-path";

/**
 * A page's path from its home page printed with spaces for its marks (`首页 行业动态 headline`,
 * `首页 出版 某某年鉴2020`, `首页 实时讯息 常识`: the misses of `held-out-189`, `-69` and the tuning
 * texts read as a family), and a line of the page's closing with the headline printed again under
 * it (its path, or a label and its colon: `当前阅读：headline`, `held-out-170`): the path is the
 * page's, never the title, and the headline is. A headline whose own second line is printed again
 * under it (`…推进大厅“好差评”落地见效` / `“好差评”落地见效`) keeps the longer line. Every example is
 * written for the rule.
 */

const body =
  "3月1日从全市福利彩票工作会议上获悉，今年全年福利彩票销售总量将力争达到3.2亿元。去年，全市共销售福利彩票3.04亿元，同比增长34.4%。";

describe("a page's path printed with spaces over its headline", () => {
  test.each([
    {
      head: "首页 行业动态 某市去年筹获福彩公益金2904万元",
      title: "某市去年筹获福彩公益金2904万元",
      meta: "某某晨刊 1116 2011-03-08 11:14",
    },
    {
      head: "网站首页 新闻中心 某县一季度福彩销量同比增长12.5%",
      title: "某县一季度福彩销量同比增长12.5%",
      meta: "某某日报 2024-04-08 09:30",
    },
    {
      head: "当前阅读：某区12345热线接诉即办 群众诉求24小时反馈",
      title: "某区12345热线接诉即办 群众诉求24小时反馈",
      meta: "2022年01月05日17:35  来源：某某网",
    },
    {
      head: "正在阅读:某州福彩公益金助力养老服务",
      title: "某州福彩公益金助力养老服务",
      meta: "2023-05-06 10:12 来源：某州日报",
    },
  ])("parseBulletinText: `$title` under `$head` is the title", ({ head, title, meta }) => {
    const { bulletin } = parseBulletinText(`${head}\n\n${title}\n\n${meta}\n\n${body}\n`);
    expect(bulletin.publication.title?.replace(/\s/g, "")).toBe(title.replace(/\s/g, ""));
  });

  test.each([
    { path: "首页 出版 某区年鉴2020", title: "退役军人管理" },
    { path: "首页 实时讯息 常识", title: "重磅！某市2024年国民经济和社会发展统计公报发布" },
    { path: "网站首页 政务动态", title: "某县政务服务中心召开2024年第三季度工作会议" },
  ])("parseBulletinText: `$path` over `$title` is dropped", ({ path, title }) => {
    const { bulletin } = parseBulletinText(`${path}\n\n${title}\n\n${body}\n`);
    expect(bulletin.publication.title).toBe(title);
  });

  test.each([
    // A headline's second line printed again under it: the whole headline stays the title.
    {
      text: "2024年度某中心推进政务大厅“好差评”落地见效\n“好差评”落地见效\n\n发布日期：2025-06-24 09:18\n信息来源：某中心\n",
      title: "2024年度某中心推进政务大厅“好差评”落地见效",
    },
  ])("parseBulletinText: `$title` keeps its reading", ({ text, title }) => {
    expect(parseBulletinText(`${text}${body}\n`).bulletin.publication.title).toBe(title);
  });
});

describe("isSpacedHomePath and repeatsHeadline", () => {
  test.each([
    ["首页 行业动态 某市去年筹获福彩公益金2904万元", true],
    ["网站首页 新闻中心 走进商务厅 信息公开", true],
    ["首页 出版 某区年鉴2020", true],
    ["首页改版情况", false],
    ["首页改版 某市政务网站访问量增长三成", false],
    ["首页 某市今年接待游客120万人次。全年增长5%", false],
    ["首页", false],
  ])("isSpacedHomePath: `%s` is %s", (text, is) => {
    expect(isSpacedHomePath(text)).toBe(is);
  });

  test.each([
    ["当前阅读：某县热线24小时反馈群众诉求", "某县热线24小时反馈群众诉求", true],
    ["首页行业动态某市去年筹获福彩公益金2904万元", "某市去年筹获福彩公益金2904万元", true],
    ["某某青年报手机版二维码", "某某青年报手机版", true],
    ["2024年度某中心推进大厅“好差评”落地见效", "“好差评”落地见效", false],
    ["当前阅读：某县统计局", "某县统计局", false],
    ["某县热线24小时反馈群众诉求", "某县热线24小时反馈群众诉求", false],
  ])("repeatsHeadline: `%s` over `%s` is %s", (line, headline, is) => {
    expect(repeatsHeadline(line, headline)).toBe(is);
  });

  test("isSpacedHomePath reads a 1 MB line of its shape in linear time", () => {
    const long = `首页${" 行业动态".repeat(200_000)}`;
    const t = Date.now();
    isSpacedHomePath(long);
    isSpacedHomePath(`${long}。`);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});
