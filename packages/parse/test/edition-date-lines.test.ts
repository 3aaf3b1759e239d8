import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's web copy that prints the page the report ran on, labelled 版次 or 版面, and the
 * paper's day on a line under the headline (batch s16c's misses): the page's label is the paper's
 * furniture, no part of the title; its date is the issue's. Every text here is written for the test.
 */

const HEADLINE = "2023年前3个季度某市医保基金收入同比增长9.2%";
const BODY =
  "新华社北京10月25日电(记者 某某)国家医保局25日发布数据显示,总收入23468.3亿元,同比增长9.2%。";
const parse = (line: string) => parseBulletinText(`${HEADLINE}\n\n${line}\n\n${BODY}`);

describe("an edition label and the paper's day under the headline", () => {
  test.each([
    ["版次 and a page number, two spaces", "版次:04  2023年10月26日", "2023-10-26"],
    ["版次 with a full-width colon", "版次：04 2023年10月26日", "2023-10-26"],
    ["a lettered page", "版次:A04  2023-10-26", "2023-10-26"],
    ["版面 and 第…版", "版面:第3版  2023年10月26日", "2023-10-26"],
    ["the page's column after it", "版次:04 要闻  2023年10月26日", "2023-10-26"],
    ["the weekday after the date", "版次:04  2023年10月26日 星期四", "2023-10-26"],
  ])("%s: the title stays whole and the date is the issue's", (_, line, date) => {
    const { bulletin } = parse(line);
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(bulletin.issue.publishedOn).toBe(date);
  });

  test("an edition label alone on its line is no title", () => {
    expect(parse("版次:04").bulletin.publication.title).toBe(HEADLINE);
  });
});

describe("near misses: lines with 版 that are no edition label", () => {
  test.each([
    ["a sentence about a page", "版次调整后,全市共出版报纸04期。"],
    ["a field with words after the number", "版次:04 由本报编辑部负责编辑并于当日印发各单位"],
  ])("%s is no furniture", (_, line) => {
    const { warnings } = parse(line);
    const dropped = warnings
      .filter((w) => w.code === "web-line-dropped")
      .map((w) => w.position.line);
    expect(dropped).not.toContain(3);
  });
});
