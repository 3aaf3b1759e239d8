import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news site's menu bar whose links are Han words but for one or two in Latin letters (the site's
 * English edition, a column named `IT`): `English| 图片| 视频| 直播| …`, under the site's first bar.
 * With it dropped, the headline under the bars is the title. A line of mostly Latin links, a
 * table's head (a count's or a rate's name) and too few links stay. Every text is written for the
 * test.
 */

const headline = "某省今年底前实现所有民生事项网上办理";
const meta = "2019年03月12日 09:15 来源：某某新闻网 参与互动";
const body =
  "某某新闻网3月12日电 记者从某省政务服务办获悉，今年全省将推广“一窗受理”，80%以上事项开通网上办理。\n截至2月底，全省已有1260个事项实现“一证通办”。";
const homeBar = "首页| 滚动| 国内| 国际| 军事| 社会| 财经| 产经| 房产| 金融| 证券| 汽车| 能源";

describe("a menu bar with a link or two in Latin letters", () => {
  test.each([
    ["English| 图片| 视频| 直播| 娱乐| 体育| 文化| 健康| 生活| 专题| 理论| 供稿"],
    ["要闻|本地|图片|视频|I T|财经|体育|文化|健康|生活"],
    ["图片|视频|直播|娱乐|体育|文化|健康|English"],
  ])("parseBulletinText: `%s` is dropped and the headline under it is the title", (bar) => {
    for (const text of [
      `${homeBar}\n${bar}\n\n${headline}\n\n${meta}\n${body}`,
      `${bar}\n${headline}\n${meta}\n${body}`,
    ]) {
      const { bulletin } = parseBulletinText(text);
      expect(bulletin.publication.title).toBe(headline);
      expect(JSON.stringify(bulletin.sections)).not.toContain("健康");
    }
  });
});

describe("lines parted by bars that stay", () => {
  test.each([
    // Mostly Latin links, a table's head, too few links, a row of figures.
    ["English|Video|Photo|Live|Sports|News|文化|健康"],
    ["English|地区|受理量|办结量|按期办结|回访|满意|满意率"],
    ["English|图片|视频|直播"],
    ["English|12|15|18|20|22|24|26"],
  ])("parseBulletinText: `%s` over the text is not dropped", (line) => {
    const { warnings } = parseBulletinText(`${line}\n${headline}\n${body}`);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
      false,
    );
  });
});
