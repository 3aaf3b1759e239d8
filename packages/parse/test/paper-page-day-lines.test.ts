import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's web page line under the headline naming the paper, the page the report ran on and
 * the issue's day, no weekday (`某某日报 03版要闻 2024年11月30日`): the paper is the publisher and the
 * day the issue's; the line joins no title. And a digital paper's article properties cut before
 * their closing mark (`2022-08-22 2 2 某某经济日报 con111834.html 1 …`, the system's comment left as
 * values): the paper and the date. Near-misses keep what the parser read before. Every text here is
 * written for the test.
 */

const HEADLINE = "某区卫健委：居民健康水平各项指标均达到历史最好水平";
const BODY =
  "\n\n  此外，医药事业传承创新发展，全区的社区卫生服务中心服务覆盖率达到100%。\n\n  某某表示，经过不懈的努力，居民健康水平的各项指标均达到历史最好水平。";

const read = (line: string, after = false) => {
  const text = after ? `${HEADLINE}${BODY}\n\n${line}` : `${HEADLINE}\n\n${line}${BODY}`;
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
  };
};

describe("a paper, its page and the day under the headline", () => {
  test.each([
    { what: "page and column glued", line: "某某日报 03版要闻 2024年11月30日", paper: "某某日报" },
    {
      what: "a lettered page after 第, a colon",
      line: "某某晚报 第A02版：本地 2024年11月30日",
      paper: "某某晚报",
    },
    { what: "no column", line: "某某商报 5版 2024年11月30日", paper: "某某商报" },
  ])("parseBulletinText: $what", ({ line, paper }) => {
    expect(read(line)).toEqual({ title: HEADLINE, publisher: paper, publishedOn: "2024-11-30" });
  });

  test.each([
    {
      what: "a headline between the page and the day",
      line: "某某日报 03版 某地召开全区卫生健康工作会议 2024年11月30日",
    },
    { what: "a name that ends as no paper's", line: "某某中心 03版要闻 2024年11月30日" },
  ])("parseBulletinText: no paper: $what", ({ line }) => {
    const got = read(line);
    expect(got.publisher === "某某日报" || got.publisher === "某某中心").toBe(false);
  });
});

describe("a digital paper's article properties cut before their closing mark", () => {
  test.each([
    {
      what: "a short file name",
      line: "2022-08-22 2 2 某某经济日报 con111834.html 1 某区卫健委：居民健康水平",
    },
    {
      what: "content_ and a number",
      line: "2022-08-22 3 7 某某日报 content_24843.html 2 某区卫健委",
    },
  ])("parseBulletinText: $what", ({ line }) => {
    const got = read(line, true);
    expect(got.publishedOn).toBe("2022-08-22");
    expect(got.publisher).toBe(line.split(" ")[3]);
  });

  test.each([
    { what: "a page's name", line: "2022-08-22 2 2 要闻版 con111834.html 1 某区卫健委" },
    { what: "another file name", line: "2022-08-22 2 2 某某经济日报 index.html 1 某区卫健委" },
  ])("parseBulletinText: not read: $what", ({ line }) => {
    const got = read(line, true);
    expect(got.publisher === "要闻版" || got.publisher === "某某经济日报").toBe(false);
  });
});
