import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's footer under a page's text (the misses of `held-out-12` read as a family): its link
 * list's label (`友情链接`) beside its tools (`返回顶部↑`) and its copyright line (`Copyright ©2008-2013
 * Powered`, `© 2019 某某网`) are the site's, not the report's: dropped with a warning, so that the
 * issuer signing over them is read. Every example here is written for the rule, not taken from a page.
 */

const lede = "一季度，全市12345热线共受理群众诉求3.2万件，办结率99.1%，同比提高0.4个百分点。";

describe("a site's footer lines", () => {
  test.each([
    "友情链接 返回顶部↑",
    "友情链接",
    "返回顶部↑",
    "Copyright Right©2008-2013 Powered",
    "Copyright © 2020 某市水利局 All Rights Reserved",
    "© 2019 某某网",
  ])("parseBulletinText: `%s` under the issuer is furniture", (footer) => {
    const { bulletin, warnings } = parseBulletinText(
      `某市一季度热线运行情况\n\n${lede}\n\n某市政务服务中心\n2024年4月8日\n\n${footer}`,
    );
    expect(bulletin.publication.publisher?.name).toBe("某市政务服务中心");
    expect(bulletin.issue.publishedOn).toBe("2024-04-08");
    expect(warnings.some((w) => w.code === "web-line-dropped")).toBe(true);
  });

  test.each([
    { line: "全市友情链接网站12个，均运行正常。", kept: "友情链接网站" },
    { line: "版权保护案件立案23件，同比增长5%。", kept: "版权保护案件" },
  ])("parseBulletinText: a sentence naming them (`$line`) stays in the text", ({ line, kept }) => {
    const { bulletin } = parseBulletinText(`某市一季度热线运行情况\n\n${lede}\n${line}`);
    expect(JSON.stringify(bulletin.sections)).toContain(kept);
  });
});
