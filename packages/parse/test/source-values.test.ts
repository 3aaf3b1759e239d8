import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * What a page's 来源 value names (the misses of `held-out-12` read as families): a code a site's
 * template filled in (`sp20241122`, `admin01`) names nobody, so the report's own credit or dateline
 * names the publisher; a site named after its body (`某部网站`) is the source the page credits, kept
 * as printed. Every example here is written for the rule, not taken from a page.
 */

const parse = (text: string) => parseBulletinText(text);
const lede = "一季度，全市12345热线共受理群众诉求3.2万件，办结率99.1%，同比提高0.4个百分点。";

describe("a 来源 value that is a code", () => {
  test.each(["sp20241122", "admin01", "user_2023", "web", "cms-12"])(
    "parseBulletinText: `来源: %s` names no publisher",
    (code) => {
      const { bulletin } = parse(
        `某市一季度热线运行情况\n发布时间:2024-04-08 09:12:00 来源: ${code}\n${lede}`,
      );
      expect(bulletin.publication.publisher).toBeUndefined();
      expect(bulletin.issue.publishedOn).toBe("2024-04-08");
    },
  );

  test.each([
    { dateline: "某某网消息：", publisher: "某某网" },
    { dateline: "某某日报讯 ", publisher: "某某日报" },
  ])(
    "parseBulletinText: under a code, the dateline `$dateline` names the publisher",
    ({ dateline, publisher }) => {
      const { bulletin } = parse(
        `某市一季度热线运行情况\n发布时间:2024-04-08 来源: sp20241122\n${dateline}${lede}`,
      );
      expect(bulletin.publication.publisher?.name).toBe(publisher);
    },
  );

  test.each([
    { source: "CCTV新闻", publisher: "CCTV新闻" },
    { source: "某某网", publisher: "某某网" },
    { source: "Xinhua 新华网", publisher: "Xinhua 新华网" },
  ])(
    "parseBulletinText: a name with Han characters (`$source`) stays the publisher",
    ({ source, publisher }) => {
      const { bulletin } = parse(
        `某市一季度热线运行情况\n来源：${source} 发布时间：2024-04-08\n${lede}`,
      );
      expect(bulletin.publication.publisher?.name).toBe(publisher);
    },
  );
});

describe("a body's website named as the source", () => {
  test.each([
    { source: "某某部网站", publisher: "某某部网站" },
    { source: "某某部網站", publisher: "某某部網站" },
    { source: "某省市场监督管理局網站", publisher: "某省市场监督管理局網站" },
    { source: "某区政府门户网站", publisher: "某区政府门户网站" },
    { source: "某某新闻网", publisher: "某某新闻网" },
  ])("parseBulletinText: `来源：$source` names $publisher, as printed", ({ source, publisher }) => {
    const { bulletin } = parse(
      `某市一季度热线运行情况\n来源：${source} 发布时间：2024-04-08\n${lede}`,
    );
    expect(bulletin.publication.publisher?.name).toBe(publisher);
  });

  test("parseBulletinText: a body named alone (`来源：某某部`) stays the body", () => {
    const { bulletin } = parse(
      `某市一季度热线运行情况\n来源：某某部 发布时间：2024-04-08\n${lede}`,
    );
    expect(bulletin.publication.publisher?.name).toBe("某某部");
  });
});
