import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's date field printed without its year under the headline (`日期:03-16`, `发布时间:07/15`),
 * over the report's dateline: the page's furniture, which dates nothing (no year is guessed for it)
 * and is no headline; the line over it is the title. A range of days, a span of months or a field
 * with more after it stays in the text. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const HEADLINE = "为群众追回欠薪2360.5万元";
const LEDE =
  "某某融媒讯(记者王某)3月15日,某市人社局举行新闻发布会,介绍了2022年度劳动保障监察工作情况。全年为2.1万名劳动者追回欠薪2360.5万元,同比增长12.4%。";

describe("a yearless date field under a headline", () => {
  test.each([
    ["日期 and a dash", "日期：03-16"],
    ["时间", "时间：11-02"],
    ["发布时间 and a slash", "发布时间：07/15"],
    ["发布日期 full-width colon", "发布日期：12-31"],
  ])("(%s) is the page's: the headline is the title, no date", (_, field) => {
    const b = read(`${HEADLINE}\n${field}\n${LEDE}`);
    expect(b.publication.title).toBe(HEADLINE);
    expect(b.issue.publishedOn).toBeUndefined();
  });

  test.each([
    ["a range of days", "日期：03-16至03-20"],
    ["a span of months", "时间：3-5月"],
    ["a month past twelve", "日期：13-16"],
  ])("a field of another shape (%s) is no such field", (_, field) => {
    const b = read(`${HEADLINE}\n${field}\n${LEDE}`);
    expect(b.issue.publishedOn).toBeUndefined();
    // (The field stays a line of the text, here read as it was before the rule.)
    expect(JSON.stringify(b)).toContain(field.slice(3));
  });
});
