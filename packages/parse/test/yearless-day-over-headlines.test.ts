import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A day without its year alone over a page's headline (`10月26日` / `某部召开2023年三季度新闻发布会`
 * / …), as a graphic flattened one phrase a line prints the day of the event it reports: no
 * headline, and no date is made of it; the headline under it is the title. A day over a line that is
 * no headline (a sentence) is left as it was read. Written for the rule (batch s17b's 人社部
 * press-conference graphic was titled `10月26日`); every text here is invented.
 */

const BODY = [
  "某省人力资源社会保障厅新闻发言人介绍",
  "前三季度全省城镇新增就业52万人",
  "9月份城镇调查失业率5%",
  "截至9月末，脱贫人口务工规模329万人",
];

const read = (head: string[]) =>
  parseBulletinText(["发布时间:2024-11-23 19:44:21", ...head, ...BODY].join("\n")).bulletin;

describe("a day without its year over the headline", () => {
  test.each([
    ["10月26日", "某省人社厅召开2023年三季度新闻发布会"],
    ["（7月9日）", "某省人社厅召开上半年新闻发布会"],
    ["3月5日", "某市统计局发布2月份经济运行数据"],
  ])("`%s`: dropped, `%s` is the title", (day, headline) => {
    const bulletin = read([day, headline]);
    expect(bulletin.publication.title).toBe(headline);
    expect(bulletin.issue.publishedOn).toBe("2024-11-23");
  });

  test("a day over a sentence is left as it was read (no headline under it)", () => {
    const bulletin = read(["10月26日", "某省人社厅召开新闻发布会，介绍前三季度全省就业工作情况。"]);
    expect(bulletin.publication.title).not.toBe(
      "某省人社厅召开新闻发布会，介绍前三季度全省就业工作情况。",
    );
  });
});
