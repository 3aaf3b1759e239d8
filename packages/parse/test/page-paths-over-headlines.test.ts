import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's path from the site's name (`某某在线 > 财经 > 证券要闻`, `某某网 > 评论 > 来稿`: three
 * names or more parted by `>`, no 首页 and no label) over its headline (the misses of `held-out-178`
 * and `-184` read as a family): the path is the page's, never the title, whether the page prints its
 * metadata line under the headline (the path then is no headline over a sub-headline of clauses) or
 * prints none (the path and a column's tab under it, `|证券要闻`, are dropped; the headline may ask,
 * as under a breadcrumb). A headline with no path over it keeps its reading. Every example is written
 * for the rule.
 */

const body =
  "端午假期首日，全省各地旅游景区迎来游客高峰。据统计，全省A级旅游景区接待游客超70万人次，同比增长12.5%。";
const meta = "发布时间：2026年02月04日12:36 来源：某某网";

describe("a site's path over a page's headline", () => {
  test.each([
    {
      path: "某某在线 > 财经 > 证券要闻",
      tab: "|证券要闻",
      title: "多地端午假期首日旅游成绩单出炉 你贡献了多少？",
    },
    { path: "某某网 > 新闻 > 本地要闻", tab: "", title: "全省端午假期首日接待游客超70万人次" },
    {
      path: "某州日报网 >> 旅游 >> 资讯",
      tab: "｜资讯",
      title: "端午假期首日我省景区迎来游客高峰",
    },
  ])(
    "parseBulletinText: `$title` under `$path` with no metadata is the title",
    ({ path, tab, title }) => {
      const head = tab === "" ? path : `${path}\n${tab}`;
      const { bulletin } = parseBulletinText(`${head}\n${title}\n某某新闻 佚名\n${body}\n`);
      expect(bulletin.publication.title?.replace(/\s/g, "")).toBe(title.replace(/\s/g, ""));
    },
  );

  test.each([
    { path: "某某网 > 评论 > 阵地来稿", title: "东湖评论：民生“连心线”，枝叶总关情" },
    { path: "某某新闻网 > 观点 > 评论", title: "热线评论：接诉即办，办好群众家门口的事" },
  ])(
    "parseBulletinText: `$title` under `$path` over the page's metadata is the title",
    ({ path, title }) => {
      const { bulletin } = parseBulletinText(`关注我们\n${path}\n${title}\n${meta}\n${body}\n`);
      expect(bulletin.publication.title).toBe(title);
    },
  );

  test.each([
    // A comparison of two steps is no path.
    "收入 > 支出",
    // A headline with no path mark over the headline: the first line is read as before.
    "某某在线财经证券要闻",
  ])("parseBulletinText: `%s` over a headline keeps its reading", (first) => {
    const title = "全省端午假期首日接待游客超70万人次";
    const text = `${first}\n${title}\n${body}\n`;
    expect(parseBulletinText(text).bulletin.publication.title).toBe(first);
  });
});
