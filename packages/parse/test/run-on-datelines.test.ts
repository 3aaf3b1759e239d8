import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper copy whose headline runs into the report's dateline on one line
 * (`…平方米本报某市9月6日讯 (记者某某)…`) reads as the headline over the dateline's line: the
 * headline is the title, and the report's lead-in goes before its opening year. Every text here is
 * written for the test.
 */

const body = "记者从市统计局获悉，截至2020年底，全市共有公共图书馆26个，藏书量1230万册。";

describe("a headline run into its news dateline", () => {
  test.each([
    ["全市公共图书馆藏书量突破千万册", "本报某市9月6日讯 (记者王某)"],
    ["全市公共图书馆藏书量突破千万册", "本報某市9月6日訊（記者王某）"],
    ["全市公共图书馆藏书量再创新高", "新华社某市3月5日电（记者李某）"],
    ["“书香某市”建设成效显著", "本报某市12月1日讯　通讯员张某"],
  ])("`%s` over `%s…`", (headline, dateline) => {
    const { bulletin } = parseBulletinText(`${headline}${dateline}${body}`);
    expect(bulletin.publication.title).toBe(headline);
    expect(bulletin.issue.period).toEqual({ kind: "year", year: 2020 });
  });

  test.each([
    ["a cited dateline", `据本报某市9月6日讯（记者王某）报道，${body}`],
    [
      "a dateline after a sentence",
      `全市图书馆藏书量突破千万册。本报某市9月6日讯（记者王某）${body}`,
    ],
    ["a dateline without its day", `全市图书馆藏书量突破千万册本报讯（记者王某）${body}`],
    ["a dateline opening its line", `本报某市9月6日讯（记者王某）${body}`],
  ])("%s stays one line", (_, text) => {
    const { bulletin } = parseBulletinText(text);
    const title = bulletin.publication.title;
    expect(title === undefined || !text.startsWith(`${title}本`)).toBe(true);
  });
});
