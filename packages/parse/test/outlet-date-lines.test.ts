import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A news page's line under its headline that names the outlet, then the page's date (its time
 * perhaps, the reader's font tools perhaps after it), without a label: `德州日报 2018-11-20 09:26 大字`.
 * It is the page's source and date, no part of the headline. Every text here is written for the test.
 */

const facts = mastheadFacts;

const BODY =
  "\n\n武城讯(孙鹏)今年以来,武城县水务局全面落实河长制,设立各级河长432人,定期开展河长巡河工作。\n\n截至目前,县级河长巡河72次。";

describe("an outlet and the page's date on the line under a headline", () => {
  test.each([
    {
      what: "a paper, a date and time in a site's digits, the font tool",
      line: "德州日报 2018-11-20 09:26 大字",
      expected: { publisher: "德州日报", publishedOn: "2018-11-20" },
    },
    {
      what: "a news site and a date without its time",
      line: "某某新闻网 2021/03/05",
      expected: { publisher: "某某新闻网", publishedOn: "2021-03-05" },
    },
    {
      what: "a county media centre, a date in words with its time, the font sizes",
      line: "某县融媒体中心 2022年6月1日 10:30 大 中 小",
      expected: { publisher: "某县融媒体中心", publishedOn: "2022-06-01" },
    },
    {
      what: "a paper in traditional characters",
      line: "某某日報 2019-04-02 08:15",
      expected: { publisher: "某某日報", publishedOn: "2019-04-02" },
    },
  ])("$what", ({ line, expected }) => {
    expect(facts(`武城县水务局 全面落实河长制\n\n${line}${BODY}`)).toEqual({
      title: "武城县水务局全面落实河长制",
      ...expected,
    });
  });

  test.each([
    {
      what: "words after the date (a headline naming a paper's day)",
      line: "德州日报2018年11月20日刊发我县经验",
      publishedOn: undefined,
    },
    {
      what: "the date and the font tool without a name",
      line: "2018-11-20 09:26 大字",
      publishedOn: "2018-11-20",
    },
  ])("$what names no outlet", ({ line, publishedOn }) => {
    const f = facts(
      `${line}\n\n武城县水务局全面落实河长制,设立各级河长432人,定期开展河长巡河工作。`,
    );
    expect(f.publisher).toBeUndefined();
    expect(f.publishedOn).toBe(publishedOn);
  });

  test.each([["新华通讯社"], ["某某日报社"], ["多多直向社路电府形上社"]])(
    "a masthead's issuer ending as an outlet does (%s), its date in words, stays the issuer and date",
    (issuer) => {
      // Found by the renderDocx round trip (a generated publisher ending in 社): the 版头's line of
      // issuer and date, no clock time, no font tools, under the title and the issue line.
      const text = `某某工作简报\n\n2025年第38期（总第191期）\n\n${issuer}\t2025年1月13日\n\n一、工作动态\n本月共受理群众诉求3215件。`;
      expect(facts(text)).toEqual({
        title: "某某工作简报",
        publisher: issuer,
        publishedOn: "2025-01-13",
      });
    },
  );
});
