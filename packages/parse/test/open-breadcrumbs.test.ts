import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A breadcrumb printed as the path to the page's column left open at its end (`中国苏南视窗 > 关注 >`,
 * `某某新闻网 >> 民生 >>`): two names or more parted by path marks, the line closed by one, no
 * sentence. It is the page's, and the site's header over it goes with it (`某某视窗官网-某某新闻资讯-
 * 中文重点新闻网站`), so the headline under it is the title. Written for the rule (the corpus's shape
 * is the first).
 */

const headline = "“苏州12345”2023年度工作情况发布";
const body =
  "近日，“苏州12345”发布2023年度工作情况。\n\n2023年，全市“12345”累计受理各类有效服务诉求1484.36万件，同比减少12.85%，及时处办率99.41%。";

const parse = (head: string) => parseBulletinText(`${head}\n\n${headline}\n\n${body}`).bulletin;

describe("a breadcrumb left open at its end", () => {
  test.each([
    "中国苏南视窗官网-苏南视窗新闻资讯-中文重点新闻网站\n\n中国苏南视窗 > 关注 >",
    "某某新闻网 >> 民生 >>",
    "某市人民政府网 » 政务动态 » 部门动态 »",
    "某某网_新闻中心\n某某网 > 本地 > 热线 >",
  ])("`%s` is the page's: the headline under it is the title", (head) => {
    const b = parse(head);
    expect(b.publication.title).toBe(headline);
    expect(JSON.stringify(b.sections)).not.toMatch(/视窗|某某新闻网|政务动态|热线 >/);
  });
});

describe("lines with path marks that are the text's (counter-cases)", () => {
  test.each([
    ["一、运行情况\n受理 > 办结 > 回访", "受理"],
    ["一、运行情况\n全市及时处办率>99%", "全市及时处办率"],
  ])("`%s` stays in the text", (line, kept) => {
    const b = parseBulletinText(`${headline}\n\n${line}\n\n${body}`).bulletin;
    expect(JSON.stringify(b.sections)).toContain(kept);
  });
});
