import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A digital paper's article page printing the paper, the year, the month, the day and the page
 * parted by slashes above the headline (`某某日报/2024 年/11 月/30 日/第 003 版`, the page's column
 * perhaps glued after 版): the paper is the publisher, the day the issue's, and the line is no
 * title. Near-misses keep what the parser read before. Every text here is written for the test.
 */

const HEADLINE = "某区居民健康水平各项指标均达到历史最好水平";
const BODY =
  "\n本报记者 王某某\n  此外，医药事业传承创新发展，全区的社区卫生服务中心服务覆盖率达到100%。\n  某某表示，经过不懈的努力，居民健康水平的各项指标均达到历史最好水平。";

const read = (line: string) => {
  const { bulletin } = parseBulletinText(`正文复制\n\n\n${line}\n${HEADLINE}${BODY}`);
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
  };
};

describe("a paper, the day and the page parted by slashes over the headline", () => {
  test.each([
    {
      what: "spaced as the page prints it",
      line: "某某日报/2024 年/11 月/30 日/第 003 版",
      paper: "某某日报",
    },
    { what: "no spaces", line: "某某法治报/2024年/11月/30日/第003版", paper: "某某法治报" },
    {
      what: "the column glued after 版",
      line: "某某晚报/2024 年/11 月/30 日/第 A06 版区县· 新闻",
      paper: "某某晚报",
    },
    { what: "full-width slashes", line: "某某日报／2024年／11月／30日／第3版", paper: "某某日报" },
  ])("parseBulletinText: $what", ({ line, paper }) => {
    expect(read(line)).toEqual({ title: HEADLINE, publisher: paper, publishedOn: "2024-11-30" });
  });

  test.each([
    { what: "a name that ends as no paper's", line: "某某中心/2024 年/11 月/30 日/第 003 版" },
    { what: "no page", line: "某某日报/2024 年/11 月/30 日/某区卫健委召开会议" },
    { what: "no day", line: "某某日报/2024 年/11 月/第 003 版" },
  ])("parseBulletinText: no paper's day: $what", ({ line }) => {
    const got = read(line);
    expect(got.publisher === "某某日报" || got.publisher === "某某中心").toBe(false);
    expect(got.publishedOn).toBeUndefined();
  });
});
