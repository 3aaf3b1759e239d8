import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's summary of its report printed under the headline, on a line of its own after a label
 * (`导语：`, `摘要：`, `核心提示：`), over the page's metadata line: a line of the text, never the
 * headline, though it is longer than the headline (a page's head takes its longest line as the
 * title). Every text here is written for the test.
 */

const HEADLINE = "前三季度全市规上工业增加值稳步增长";
const page = (summary: string) =>
  `${HEADLINE}\n${summary}\n来源：某市日报 发布时间：2023-10-24\n10月23日，记者从市统计局获悉，前三季度全市规模以上工业增加值同比增长6.2%，增速比上半年加快0.4个百分点。`;

describe("a labelled summary line under the headline", () => {
  test.each([
    ["导语：前三季度全市规上工业增加值稳步增长2023年前三季度工业经济"],
    ["摘要：前三季度，全市规上工业增加值同比增长6.2%，增速比上半年加快"],
    ["導語：前三季度全市規上工業增加值穩步增長2023年前三季度工業經濟"],
    ["核心提示：全市规上工业增加值增速比上半年加快0.4个百分点"],
    ["内容提要:全市规上工业增加值增速比上半年加快0.4个百分点"],
  ])("`%s` is no title: the headline over it is", (summary) => {
    const { bulletin } = parseBulletinText(page(summary));
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(bulletin.issue.publishedOn).toBe("2023-10-24");
  });

  test("a year the summary states still dates the report", () => {
    const { bulletin } = parseBulletinText(
      page("导语：前三季度全市规上工业增加值稳步增长2023年前三季度工业经济"),
    );
    expect(bulletin.issue.period).toEqual({
      kind: "range",
      start: "2023-01-01",
      end: "2023-09-30",
    });
  });

  // Near-misses: a subtitle with no label, longer than the headline, is still the head's title
  // (its longest line); a label that opens a heading word (`摘要发布`) labels nothing.
  test.each([
    ["——全市规模以上工业增加值同比增长6.2%，增速比上半年加快"],
    ["摘要发布前三季度全市规上工业增加值稳步增长情况"],
  ])("`%s`, no labelled summary, is the title as before", (second) => {
    expect(parseBulletinText(page(second)).bulletin.publication.title).toBe(second);
  });
});
