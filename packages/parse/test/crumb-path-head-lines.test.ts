import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's head (the lines over its `时间：… 来源：…` line) that holds the path to the page
 * (`某某网 > 新闻频道 > 政务频道 > 部门动态`, three names or more parted by `>`): the path is no title
 * however long it is, and the site's menus over it are the site's; the head's longest line under the
 * path is the title. Every text here is written for the test.
 */

const meta = "发布时间：2024年06月26日12:33 来源：某某日报";
const body =
  "某某日报讯（记者王某）6月26日，某省卫生健康委发布全省妇幼健康事业发展数据。\n2023年全省孕产妇死亡率为9.80/10万，较上年下降0.71%。";

describe("a path line in a page's head", () => {
  test.each([
    [
      "a path longer than the headline under it",
      ["关注我们", "某某网 > 新闻频道 > 政务频道 > 政务部门动态", "某省发布居民妇幼健康指标"],
      "某省发布居民妇幼健康指标",
    ],
    [
      "menus over the path, longer than the headline",
      [
        "设为首页 加入收藏 打印 某某天气首页 生活 旅游 繁體中文",
        "某某天气网>某省 > 气象服务 > 气候服务产品 > 季气候影响评价",
        "某省2024年夏季气候影响评价",
      ],
      "某省2024年夏季气候影响评价",
    ],
    [
      "the path in traditional characters",
      ["某某網 > 新聞頻道 > 政務頻道 > 政務部門動態", "某省發布居民婦幼健康指標"],
      "某省發布居民婦幼健康指標",
    ],
  ])("%s: the headline under it is the title", (_, head, title) => {
    const text = [...head, meta, body].join("\n");
    expect(parseBulletinText(text).bulletin.publication.title).toBe(title);
  });

  test.each([
    [
      "no path: the longest line",
      ["某某网", "某省发布居民妇幼健康指标"],
      "某省发布居民妇幼健康指标",
    ],
    [
      "a headline holding `>` that is no path of names",
      ["某某网", "某省孕产妇死亡率降至10万分之9 >全国平均水平"],
      "某省孕产妇死亡率降至10万分之9 >全国平均水平",
    ],
  ])("%s keeps its reading", (_, head, title) => {
    const text = [...head, meta, body].join("\n");
    expect(parseBulletinText(text).bulletin.publication.title).toBe(title);
  });
});
