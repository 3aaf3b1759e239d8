import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A masthead a document site flattened onto the line its text runs on in, its page's count before it
 * (`1、`): the series' name, `2013年第8期`, the body that edits it and the day, then the first
 * report (`1、某某城市环卫工作简报2016年第5期某某市环境卫生管理处2016年5月31日五月份…`). The masthead's
 * year, number, body and day are the issue's, over the date the document site put the file up. Every
 * text here is written for the test (session 34's s34b, from a moved held-out set's document-site copy).
 */

const PAGE =
  "欢迎来到某某文库\n浏览记录\n时间:2019-04-30\n《某某工作简报》由会员上传分享,免费在线阅读。\n";
const REST =
  "五月份工作情况5月份,共完成清运垃圾1.85万吨,处理垃圾2.31万吨,发电量512.0万KWH。\n2、项目建设进展顺利,形象进度达76%,累计完成投资3亿元。";
const issueOf = (line: string) => {
  const { bulletin } = parseBulletinText(`${PAGE}${line}${REST}`);
  return {
    year: bulletin.issue.year,
    number: bulletin.issue.number,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
  };
};

describe("a series' name, year and number, body and day run in on one line", () => {
  test.each([
    {
      what: "the page's count before it, no spaces",
      line: "1、某某城市环卫工作简报2016年第5期某某市环境卫生管理处2016年5月31日",
      expected: {
        year: 2016,
        number: 5,
        publisher: "某某市环境卫生管理处",
        publishedOn: "2016-05-31",
      },
    },
    {
      what: "no count, spaces between the parts",
      line: "农业农村工作动态 2021年第12期 某县农业农村局 2021年6月20日 ",
      expected: { year: 2021, number: 12, publisher: "某县农业农村局", publishedOn: "2021-06-20" },
    },
  ])("$what", ({ line, expected }) => {
    expect(issueOf(line)).toEqual(expected);
  });
});

describe("lines that name an issue but run in no masthead", () => {
  test.each([
    {
      what: "a series' issue inside a sentence",
      line: "1、据某某工作简报2016年第5期刊载,某某市环境卫生管理处2016年5月31日通报",
    },
    {
      what: "no body between the number and the day",
      line: "1、某某城市环卫工作简报2016年第5期2016年5月31日",
    },
  ])("$what", ({ line }) => {
    expect(issueOf(line)).toMatchObject({ number: undefined });
  });
});
