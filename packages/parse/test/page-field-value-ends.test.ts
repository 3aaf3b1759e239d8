import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * Where a news page's field line ends its values, and lines that are the page's although they print
 * no strong label: a views counter (`查看：`) after the source, the comma before the next label
 * (`来源：某厅，作者：`), a site's name as the poster (`发布人：某某采购网`), a byline or a font widget left
 * empty before the page's date (`作者： 2020-5-12`, `【字体：2014-09-09 08:54:27`), a bare 时间 label
 * over the page's timestamp (`时间：2021-06-11 17:48:05 总结 我要投稿`), and a document-sharing site's
 * line on its file (`2012-04-25 2页 pdf 83KB 27阅读`). Every text here is written for the test (session
 * 28's s28b, from held-out-98 … -105's pages).
 */

const facts = mastheadFacts;

const HEAD = "某县发布2020年草原监测报告";
const BODY =
  "\n\n近日,某县草原工作站发布监测报告,全县草原综合植被盖度达52.3%,比上年提高1.2个百分点。\n\n全县天然草原鲜草产量125.6万吨,比上年增长3.1%。";
const page = (line: string) => facts(`${HEAD}\n\n${line}${BODY}`);

describe("field values a page's line ends where the plain reader ran on", () => {
  test.each([
    {
      what: "a views counter after the source",
      line: "发布时间:2020-03-24 17:22    作者:某某人才网    来源:某某草原网    查看:",
      expected: { publisher: "某某草原网", publishedOn: "2020-03-24" },
    },
    {
      what: "a counter with its count, traditional",
      line: "發布時間:2020-03-24 17:22    來源:某某草原網    查看次數:125",
      expected: { publisher: "某某草原網", publishedOn: "2020-03-24" },
    },
    {
      what: "a comma before the next label",
      line: "新闻时间:2020-10-20,来源:某省住建厅,作者:",
      expected: { publisher: "某省住建厅", publishedOn: "2020-10-20" },
    },
    {
      what: "a site's name as the poster",
      line: "发布人:某某招标采购网    发布日期:2020-07-10",
      expected: { publisher: "某某招标采购网", publishedOn: "2020-07-10" },
    },
  ])("$what", ({ line, expected }) => {
    expect(page(line)).toEqual({ title: HEAD, ...expected });
  });

  test.each([
    {
      what: "a person as the poster",
      line: "发布人:王某某    发布日期:2020-07-10",
      expected: { publisher: undefined, publishedOn: "2020-07-10" },
    },
    {
      what: "a power grid as the poster",
      line: "发布人:某某电网    发布日期:2020-07-10",
      expected: { publisher: undefined, publishedOn: "2020-07-10" },
    },
  ])("$what names no publisher", ({ line, expected }) => {
    expect(page(line)).toEqual({ title: HEAD, ...expected });
  });
});

describe("the page's date after a label the page left empty", () => {
  test.each([
    { what: "a byline of no one", line: "作者: 2020-5-12" },
    {
      what: "a font widget that lost its sizes",
      line: "【字体:   2020-05-12 08:54:27   来源: 某某天气网某站",
    },
  ])("$what", ({ line }) => {
    expect(page(line).publishedOn).toBe("2020-05-12");
  });

  test.each([
    { what: "a byline of a person", line: "作者:王某" },
    { what: "the font sizes", line: "【字体: 大 中 小】" },
  ])("$what gives no date", ({ line }) => {
    expect(page(line).publishedOn).toBeUndefined();
  });
});

describe("a bare 时间 or 日期 label over the page's timestamp", () => {
  test.each([
    {
      what: "the column and a tool's link after it",
      line: "时间:2021-06-11 17:48:05 总结 我要投稿",
    },
    { what: "日期, nothing after it", line: "日期：2021-06-11 08:05:00" },
  ])("$what: the page's date, no headline", ({ line }) => {
    expect(page(line)).toEqual({ title: HEAD, publisher: undefined, publishedOn: "2021-06-11" });
  });

  test.each([
    { what: "a meeting's time", line: "时间：2021年6月11日上午9:00" },
    {
      what: "a timestamp run on into a sentence",
      line: "时间:2021-06-11 17:48:05,全镇召开上半年工作总结会议,部署下半年各项工作。",
    },
  ])("$what is no page's timestamp", ({ line }) => {
    expect(page(line).publishedOn).toBeUndefined();
  });
});

describe("a document-sharing site's line on its file", () => {
  test.each([
    { what: "pages, format, size, reads", line: "2012-04-25 2页 pdf 83KB 27阅读" },
    { what: "a Word file, its size in megabytes", line: "2012-4-25 12页 DOCX 1.2MB 305 浏览" },
  ])("$what: the page's date, no headline", ({ line }) => {
    expect(page(line)).toEqual({ title: HEAD, publisher: undefined, publishedOn: "2012-04-25" });
  });

  test.each([
    {
      what: "a sentence about a report's pages",
      line: "2012-04-25 2页的报告显示,全县草原面积稳定。",
    },
  ])("$what gives no date", ({ line }) => {
    expect(page(line).publishedOn).toBeUndefined();
  });
});

describe("a page's tools before its date name no outlet", () => {
  const page = (line: string) =>
    facts(
      `某县三孩生育率连续两年不到3%\n\n某某新闻消息,某县2023年国民经济和社会发展统计公报于近日公布,全年出生人口3888人。\n\n2023年末,全县户籍人口71.79万人,较上年增长0.4%。\n\n${line}`,
    );

  test.each([
    { what: "编辑 and 举报, traditional", line: "編輯舉報2024-02-24 13:09" },
    { what: "举报 alone", line: "举报 2024-02-24 13:09" },
  ])("$what: the dateline's outlet is the publisher", ({ line }) => {
    expect(page(line).publisher).toBe("某某新闻");
  });
});
