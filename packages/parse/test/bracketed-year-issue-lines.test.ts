import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A masthead's issue line that prints the year in a 发文字号's brackets before the number
 * (`〔2021〕第7期`, `[2021]第7期`): the year and the number are the issue's, and the brackets are no
 * title. A year in round brackets, or a bracketed number that is no year, is read as before.
 * Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const BODY =
  "\n某县行政审批服务局 2021年8月6日\n一、热线运行概况\n7月份，县热线共受理群众诉求2310件，办结率98.2%。";

describe("a bracketed year before the issue number", () => {
  test.each([
    ["〔〕", "〔2021〕第7期"],
    ["square brackets", "[2021]第7期"],
    ["full-width square brackets", "［2021］第7期"],
    ["Chinese numerals", "〔2021〕第七期"],
  ])("(%s) gives the year and the number", (_, line) => {
    const b = read(`${line}${BODY}`);
    expect(b.issue.year).toBe(2021);
    expect(b.issue.number).toBe(7);
    expect(b.publication.title ?? "").not.toContain("2021");
  });

  test.each([
    ["a year in round brackets", "（2021）第7期", undefined],
    ["a number that is no year", "〔12〕第7期", undefined],
  ])("(%s) gives no year", (_, line, year) => {
    const b = read(`${line}${BODY}`);
    expect(b.issue.year).toBe(year);
    expect(b.issue.number).toBe(7);
  });
});
