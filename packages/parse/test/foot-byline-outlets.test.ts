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
