import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A newspaper page's line under its headline that names the paper and the day of its issue, the
 * date in words and nothing else (`某某日报 2019年06月14日`, `某某晚报     2025年10月17日`): the
 * paper is the page's publisher and the day its date; the paper's name is no part of the headline
 * (the masthead reads the line as an issuer's and date, the name over it as the title). Every
 * text here is written for the test.
 */

const facts = mastheadFacts;

const HEADLINE = "前三季度全市各类生产安全事故同比下降12.5%";
const BODY =
  "  在10月16日举行的新闻发布会上获悉,前三季度,全市共发生各类生产安全事故342起、死亡104人,同比分别下降12.5%、6.2%。";

describe("a paper's name and its day on the line under a headline", () => {
  test.each([
    {
      what: "a daily, its date with leading zeros",
      line: "某某日报 2019年06月14日",
      expected: { publisher: "某某日报", publishedOn: "2019-06-14" },
    },
    {
      what: "an evening paper, spaces between",
      line: "东林晚报     2025年10月17日",
      expected: { publisher: "东林晚报", publishedOn: "2025-10-17" },
    },
    {
      what: "a paper in traditional characters, a tab between",
      line: "西林時報\t2020年3月5日",
      expected: { publisher: "西林時報", publishedOn: "2020-03-05" },
    },
  ])("parseBulletinText: $what is the publisher and the date", ({ line, expected }) => {
    expect(facts(`${HEADLINE}\n\n${line}\n${BODY}`)).toEqual({ title: HEADLINE, ...expected });
  });

  test("parseBulletinText: a dateline under the paper's line keeps the paper as the publisher", () => {
    const text = `1至5月全市生产安全事故同比“双下降”\n\n某某日报 2019年06月14日\n\n据新华社北京6月13日电 (记者某某) 今年1至5月,全市发生各类生产安全事故151起,同比下降16%。`;
    expect(facts(text)).toEqual({
      title: "1至5月全市生产安全事故同比“双下降”",
      publisher: "某某日报",
      publishedOn: "2019-06-14",
    });
  });

  test.each([
    {
      what: "a bulletin's name broken over two lines, its last piece ending in 简报",
      text: `宜春12345\n工作简报 2025年1月13日\n\n一、工作动态\n本月共受理群众诉求3215件。`,
      expected: { title: "宜春12345工作简报", publisher: undefined, publishedOn: "2025-01-13" },
    },
    {
      what: "a daily report's name alone on its date line",
      text: `某县防汛日报 2023年7月3日\n\n一、雨情\n全县平均降雨量42.5毫米。`,
      expected: { title: "某县防汛日报", publisher: undefined, publishedOn: "2023-07-03" },
    },
    {
      what: "a bulletin's name, its issue line, and an issuer ending in 社 with the date",
      text: `某某工作简报\n\n2025年第38期（总第191期）\n\n某某日报社\t2025年1月13日\n\n一、工作动态\n本月共受理群众诉求3215件。`,
      expected: { title: "某某工作简报", publisher: "某某日报社", publishedOn: "2025-01-13" },
    },
  ])("parseBulletinText: $what stays as it was (counter-case)", ({ text, expected }) => {
    expect(facts(text)).toEqual(expected);
  });
});
