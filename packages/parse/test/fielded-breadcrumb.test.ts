import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's path that carries the article's fields (`您当前的位置 :某某网 >> 要闻中心  来源:新华网
 * 2020-01-21 08:20:51`) is the article's metadata line, printed under its headline: the headline over
 * it is the title, not the site's header. A path without those fields still closes the site's header
 * over the page (its name, `设为首页`), which is dropped. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;

const headline = "商务部:2019年全国网络零售额增长16.5%";
const lede =
  "  商务部公布的数据显示:2019年全国网络零售额10.63万亿元,比上年增长16.5%,增速比上年回落7.4个百分点。\n";

describe("a page's path carrying the article's fields", () => {
  test.each([
    [
      "the headline printed twice over it",
      `要闻中心\n\n${headline}\n\n${headline}\n\n您当前的位置 :某某网  >> 要闻中心     来源:新华网 2020-01-21 08:20:51 \n分享到\n\n${lede}`,
    ],
    [
      "the headline once over it",
      `要闻中心\n\n${headline}\n\n您的位置:某某网 > 财经频道  来源:中国新闻网 2020-01-21\n\n${lede}`,
    ],
  ])("(%s): the headline is the title", (_, text) => {
    expect(read(text).publication.title).toBe("商务部：2019年全国网络零售额增长16.5%");
  });

  test("the site's name over the headline, the path's first step, is no title", () => {
    const b = read(
      `某某财经网_财经门户网站 让财经更近\n\n${headline}\n\n当前位置:某某财经网_财经门户网站 让财经更近>资讯 > 财经 > 正文  2020-01-21 17:00:03 来源:中国经济网\n\n${lede}`,
    );
    expect(b.publication.title).toBe("商务部：2019年全国网络零售额增长16.5%");
    expect(JSON.stringify(b.sections)).not.toContain("财经门户");
  });

  test("a path without the fields still drops the site's header over it", () => {
    const b = read(
      `某某信息港\n设为首页 加入收藏\n当前位置:首页 > 新闻频道 > 要闻\n\n${headline}\n\n来源:某某网 2020-01-21\n\n${lede}`,
    );
    expect(b.publication.title).toBe("商务部：2019年全国网络零售额增长16.5%");
    expect(JSON.stringify(b.sections)).not.toContain("信息港");
  });
});
