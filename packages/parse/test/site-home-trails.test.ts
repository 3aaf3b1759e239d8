import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's trail from its home page that the site's name opens (`某浪首页 > 新闻中心 > 国内新闻 > …`), or
 * whose steps arrows part (`本页位置：首页 → 新闻中心 → 财经中心`), a bar perhaps closing it; an
 * advertisement block's label alone (`赞助商链接 |`, `贊助商鏈接`); a page's note of the time its text
 * takes to read to the end (`本篇文章355字，读完约1分钟`): the page's lines, no title. Over a
 * headline, the headline is the title. A heading that names a home page in words, a trail of one
 * step and a sentence that counts minutes stay. Every text is written for the test.
 */

const lede =
  "本报讯 记者昨天从某市水务局获悉，本市西部地区防洪除涝配套工程建设日前竣工，共新建泵站12座，疏浚河道86公里。";
const body = `${lede}\n至此，全市汛期排涝能力提高到每小时3.5万立方米。`;
const headline = "某市西部防洪除涝配套工程竣工";

describe("a page's lines over its text", () => {
  test.each([
    ["某浪首页 > 新闻中心 >国内新闻 > 某某日报> 新闻报道 |"],
    ["某某网首页 > 要闻 > 本地"],
    ["本页位置: 首页 → 新闻中心 → 财经中心 |"],
    ["本頁位置：首頁 → 新聞中心 → 財經中心"],
    ["赞助商链接 |"],
    ["贊助商鏈接"],
    ["本篇文章355字，读完约1分钟"],
    ["本篇文章1280字,读完约4分钟"],
  ])("parseBulletinText: `%s` over the first paragraph is dropped, no title", (line) => {
    const { bulletin, warnings } = parseBulletinText(`${line}\n${body}`);
    expect(bulletin.publication.title).toBeUndefined();
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(true);
  });

  test.each([["某浪首页 > 新闻中心 > 国内新闻"], ["赞助商链接"], ["本篇文章355字，读完约1分钟"]])(
    "parseBulletinText: `%s` over a headline: the headline is the title",
    (line) => {
      expect(parseBulletinText(`${line}\n${headline}\n${body}`).bulletin.publication.title).toBe(
        headline,
      );
    },
  );
});

describe("lines that stay the text's", () => {
  test.each([["某市政府网站首页改版情况"], ["赞助商链接管理办法"], ["某浪首页 > 新闻中心"]])(
    "parseBulletinText: `%s` over the first paragraph is not dropped",
    (line) => {
      const { warnings } = parseBulletinText(`${line}\n${body}`);
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
        false,
      );
    },
  );

  test("parseBulletinText: a sentence that counts minutes stays", () => {
    const text = `${headline}\n${lede}\n全市平均响应时间为15分钟，比去年缩短3分钟。`;
    expect(JSON.stringify(parseBulletinText(text).bulletin.sections)).toContain("缩短");
  });
});
