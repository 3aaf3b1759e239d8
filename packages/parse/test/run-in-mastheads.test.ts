import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A masthead a document site flattened onto the line the whole text runs on in: the series' name, its
 * number in brackets, the editing body and 编, the day, then the title and the first section
 * (`某某简报 (第7期) 某县疾病预防控制中心 编 2019年3月8日 2019年2月…分析 一、…`); or the document's kind
 * closing its title, then the number and the first section's marker (`…情况的 通 报 第7期 一、…`). The
 * masthead's number (and its body and day) are the issue's. Every text here is written for the test
 * (session 28's s28b, from held-out-98 … -105's copies of document-site files).
 */

const PAGE = "2019-02月份简报终稿.docx\n\n";
const REST =
  " 一、疫情概况 2019年2月全县共报告法定传染病6种125例,无死亡病例,报告发病率45.21/10万,较上月下降3.2%。 二、主要病种 乙类传染病报告3种98例,丙类传染病报告3种27例。";
const issueOf = (line: string) => {
  const { bulletin } = parseBulletinText(`${PAGE}${line}${REST}`);
  return {
    number: bulletin.issue.number,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
  };
};

describe("a series' name, number, editing body and day run in on one line", () => {
  test.each([
    {
      what: "round brackets, spaces between the parts",
      line: "疫情简报 (第7期) 某县疾病预防控制中心 编 2019年3月8日 2019年2月某县传染病疫情分析简报",
      expected: { number: 7, publisher: "某县疾病预防控制中心", publishedOn: "2019-03-08" },
    },
    {
      what: "full-width brackets, 编印, no spaces",
      line: "工作动态（第12期）某市卫生健康委员会办公室编印2020年6月15日某市5月份工作情况",
      expected: { number: 12, publisher: "某市卫生健康委员会办公室", publishedOn: "2020-06-15" },
    },
  ])("$what", ({ line, expected }) => {
    expect(issueOf(line)).toEqual(expected);
  });
});

describe("a document's kind, its number and the first section's marker", () => {
  test.each([
    { what: "a 通报 spaced", line: "某县2019年2月份传染病疫情报告情况的 通 报 第7期", number: 7 },
    { what: "a 简报", line: "某县2019年2月份传染病疫情分析简报 第23期", number: 23 },
  ])("$what", ({ line, number }) => {
    expect(issueOf(line).number).toBe(number);
  });
});

describe("lines that name an issue but run in no masthead", () => {
  test.each([
    {
      what: "a series' number inside a sentence, no body and day",
      line: "根据疫情简报(第7期)刊发的数据,某县2019年2月传染病疫情总体平稳",
    },
  ])("$what", ({ line }) => {
    expect(issueOf(line).number).toBeUndefined();
  });

  test("a number before the kind, the line the text's title once its first `一、` is split off: the title's number", () => {
    // (`某县疾控中心印发第7期通报 一、…`: the first section splits off a title ending in 通报
    // (flattened-masthead-sections.test.ts), and the line left is read as a masthead's title line
    // that prints its issue: no run-in masthead's body or day.)
    expect(issueOf("某县疾控中心印发第7期通报")).toEqual({
      number: 7,
      publisher: undefined,
      publishedOn: undefined,
    });
  });
});

describe("a journal's page head copied in with a paper", () => {
  const issue = (line: string) => {
    const { bulletin } = parseBulletinText(
      `1998年某省地震概况\n\n${line} 1998年某省地震概况 王某 李某 (某省地震局,某市 050021) 1 1998年某省地震活动实况 据某省地震台网测定,1998年全省共发生地震125次。`,
    );
    return { number: bulletin.issue.number, year: bulletin.issue.year };
  };

  test.each([
    {
      what: "spaced as a PDF prints it",
      line: "第 17 卷第 1 期 1999年 3 月 某 北 地 震 科 学",
      number: 1,
      year: 1999,
    },
    { what: "run together", line: "第8卷第4期2005年12月某某研究", number: 4, year: 2005 },
  ])("$what", ({ line, number, year }) => {
    expect(issue(line)).toEqual({ number, year });
  });

  test.each([
    { what: "a volume alone", line: "第17卷 1999年3月 某北地震科学" },
    { what: "an issue without its year", line: "第17卷第1期 某北地震科学" },
  ])("$what gives no issue", ({ line }) => {
    expect(issue(line)).toEqual({ number: undefined, year: undefined });
  });
});
