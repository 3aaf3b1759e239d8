import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's metadata line that dates the page without its year, by month and day and the
 * clock time a site prints (`10-08 20:06:31 来源:上游新闻-重庆晨报`, `10月8日 20:06 来源：某某网`), then its
 * 来源: the page's line, which names the publisher; the date, yearless, is no publication date.
 * Written for the rule (the corpus's shape is the first).
 */

const headline = "国庆中秋长假，交巡警查处交通违法行为19.45万起";
const body =
  "10月8日，记者从市公安局交巡警总队获悉，国庆中秋长假期间，全市交巡警查处交通违法行为19.45万起。\n节日期间，交巡警全员停休，组成25个攻坚突击队。";

const facts = (text: string) => {
  const { bulletin, warnings } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
    dropped: warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 2),
  };
};

describe("a yearless date and clock time before a page's 来源", () => {
  test.each([
    ["10-08 20:06:31 来源:上游新闻-重庆晨报", "上游新闻-重庆晨报"],
    ["10-08 20:06 来源：某某新闻网", "某某新闻网"],
    ["10/08 20:06 来源：某某日报", "某某日报"],
    ["10月8日 20:06 来源：某市公安局", "某市公安局"],
  ])("`%s` is the page's line: it names the publisher, no date", (line, publisher) => {
    expect(facts(`${headline}\n${line}\n${body}`)).toEqual({
      title: headline,
      publisher,
      publishedOn: undefined,
      dropped: true,
    });
  });
});

describe("lines that open with a yearless day and are the text's", () => {
  test.each([
    // No clock time: a report's day and what it says.
    "10月8日 来源：某市公安局",
    // A day and a time of a meeting, with no 来源 label.
    "10月8日 20:00 召开全市交通安全工作会议",
  ])("`%s` is not dropped as the page's line", (line) => {
    expect(facts(`${headline}\n${line}\n${body}`).dropped).toBe(false);
  });
});
