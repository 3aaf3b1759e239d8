import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page that closes with its reporters' byline alone on the last line, without brackets
 * (`某某报记者 李某`, its names set apart by spaces), right under a paragraph that ends a
 * sentence: the outlet named before 记者 is the publisher, as it is in brackets (`（某某日报记者
 * 林某）`) or under the headline. A byline of `本报`, of people alone, a photographer's credit
 * (`…摄`) or a byline with text after it names none. Every text here is written for the test.
 */

const publisherOf = (
  last: string,
  paragraph = "全省高速公路日均车流量239.92万辆,同比增长88.58%。",
) =>
  parseBulletinText(`五一假期全省高速公路车流量同比增长\n\n${paragraph}\n\n${last}`).bulletin
    .publication.publisher?.name;

describe("a reporters' byline on the last line", () => {
  test.each([
    ["a paper and one reporter", "某商报记者 李某", "某商报"],
    ["a paper's 全媒体 reporter and two names", "某某日报全媒体记者 王某 张某某", "某某日报"],
    ["a site and its reporter", "某某网记者 刘某", "某某网"],
    ["a correspondent after the reporter", "某某晚报记者 王某 通讯员 李某", "某某晚报"],
    ["traditional characters", "某某日報記者 王某", "某某日報"],
  ])("%s: the outlet before 记者", (_, last, outlet) => {
    expect(publisherOf(last)).toBe(outlet);
  });

  test.each([
    ["本报's reporter", "本报记者 李某"],
    ["a reporter alone", "记者 李某"],
    ["a photographer's credit", "某商报记者 李某 摄"],
    ["a byline run on in a sentence", "某商报记者李某从省交通运输厅获悉,假期运行平稳。"],
  ])("%s names no publisher", (_, last) => {
    expect(publisherOf(last)).toBeUndefined();
  });

  test("a byline with a paragraph after it names no publisher", () => {
    expect(publisherOf("某商报记者 李某\n\n假期期间,全省未发生重大交通事故。")).toBeUndefined();
  });

  test("a 来源 line names the publisher before the byline", () => {
    const { bulletin } = parseBulletinText(
      "五一假期全省高速公路车流量同比增长\n来源：某某新闻网 发布时间：2023-05-08\n\n全省高速公路日均车流量239.92万辆,同比增长88.58%。\n\n某商报记者 李某",
    );
    expect(bulletin.publication.publisher?.name).toBe("某某新闻网");
  });
});

/**
 * A news page that closes with its reporters' byline alone on the last line, the names run on to
 * the role without a space (`某某报记者李某`, `某某报业全媒体记者王某`, `某某报记者李某摄影报道`),
 * right under a paragraph that ends a sentence: the outlet named before 记者 is the publisher, as
 * when the byline is spaced. A photographer's credit (`…摄`), words a sentence goes on with
 * (`某报记者获悉`), `本报` and a byline under a report whose dateline names another outlet (a copy
 * crediting the reporter of the paper it took the report from) name none. Every text here is
 * written for the test.
 */

describe("a reporters' byline run on to its role on the last line", () => {
  test.each([
    ["a paper and one reporter", "某商报记者李某某", "某商报"],
    ["a newspaper group's 全媒体 reporter", "某城报业全媒体记者高某", "某城报业"],
    ["a paper's reporter and 摄影报道", "中国某某者报记者董某某摄影报道", "中国某某者报"],
    ["a site and two reporters", "某某新闻网记者刘某、张某某", "某某新闻网"],
    ["traditional characters", "某某日報記者王某某", "某某日報"],
    ["a dateline of the same outlet over the report", "某商报记者李某某", "某商报"],
  ])("%s: the outlet before 记者", (name, last, outlet) => {
    const paragraph = name.startsWith("a dateline")
      ? "某商报讯（记者李某某）全省高速公路日均车流量239.92万辆,同比增长88.58%。"
      : undefined;
    expect(publisherOf(last, paragraph)).toBe(outlet);
  });

  test.each([
    ["本报's reporter", "本报记者李某某"],
    ["a photographer's credit", "某商报记者李某摄"],
    ["a sentence's words after 记者", "某商报记者获悉"],
    ["a sentence run on", "某商报记者李某从省交通运输厅获悉,假期运行平稳。"],
  ])("%s names no publisher", (_, last) => {
    expect(publisherOf(last)).toBeUndefined();
  });

  test("a dateline naming another outlet over the report: the byline's paper is not the publisher", () => {
    const paragraph =
      "每日某某网8月1日讯据某州晚报报道 全省高速公路日均车流量239.92万辆,同比增长88.58%。";
    expect(publisherOf("某州日报社全媒体记者袁某某", paragraph)).not.toBe("某州日报社");
  });

  test("a byline with a paragraph after it names no publisher", () => {
    expect(publisherOf("某商报记者李某某\n\n假期期间,全省未发生重大交通事故。")).toBeUndefined();
  });

  // (No time is measured here: vitest's test timeout is the guard against a pattern that backtracks;
  // the parse bench measures the parser's cost on 1 MB inputs.)
  test("reads a 1 MB line of run-on bylines", () => {
    expect(publisherOf("某商报记者李某某".repeat(131072))).toBeUndefined();
  });
});
