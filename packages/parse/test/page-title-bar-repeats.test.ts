import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A web page's title bar (`<title>`: the headline, then the column's and the site's names after
 * ` - `, `_` or `|`) over the headline printed again, bulleted perhaps, then the page's date and
 * source line: the title bar is no line the headline goes on from (the repair joined them into one
 * line holding the headline twice), so the headline is the title. A headline broken over two lines
 * still reads as one. Every text here is written for the test.
 */

const H = "公安部：“夏季行动”查处严重交通违法行为181.2万起";
const page = (head: string) =>
  `${head}\n\n    2023-10-10 17:56:13 来源:某某警察网 评论:\n    分享到:\n\n    某某警察网北京10月10日电 公安部10日在京召开新闻发布会，据介绍，全国查处严重交通违法行为181.2万起，其中酒驾醉驾12.3万起。`;

describe("a page's title bar over its headline printed again", () => {
  test.each([
    [
      "columns and a site after ` - `, the headline bulleted",
      `${H} - 运输信息化 - 某某交通网\n  • ${H}`,
    ],
    ["columns and a site after ` - `", `${H} - 运输信息化 - 某某交通网\n${H}`],
    [
      "a site and its slogan after `|`",
      `${H} - 运输信息化 - 某某交通网 ITS.COM|领先的交通门户网站\n  • ${H}`,
    ],
    ["`_` parts", `${H}_要闻动态_某市人民政府\n${H}`],
  ])("%s: the headline is the title", (_, head) => {
    const { bulletin } = parseBulletinText(page(head));
    expect(bulletin.publication.title).toBe(H);
    expect(JSON.stringify(bulletin.sections)).not.toContain("运输信息化");
  });

  test.each([
    ["columns after spaces", `首页 时事聚焦 [省内] ${H}\n\n${H}`],
    ["in traditional characters", `首頁 時事聚焦 ${H}\n${H}`],
  ])(
    "a breadcrumb without path marks ending in the headline printed again (%s): the headline is the title",
    (_, head) => {
      const { bulletin, warnings } = parseBulletinText(page(head));
      expect(bulletin.publication.title).toBe(H);
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
        true,
      );
    },
  );

  test("a line ending in the headline that opens with no home link is no breadcrumb", () => {
    const { warnings } = parseBulletinText(page(`今日关注 ${H}\n${H}`));
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
      false,
    );
  });

  test("a headline broken over two lines is one title", () => {
    const { bulletin } = parseBulletinText(page("关于2023年全市重点工程项目\n推进情况的督查通报"));
    expect(bulletin.publication.title).toBe("关于2023年全市重点工程项目推进情况的督查通报");
  });
});
