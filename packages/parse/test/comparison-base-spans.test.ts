import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A span a sentence compares with (`与2020年上半年相比`, `较2019年一季度`, `比2018年1-9月`) is the base
 * of a comparison, not the span the report covers: the span stated after it is (`…。2021年上半年，…`).
 * A span after another word is still read. Every text here is written for the test.
 */

describe("the span a comparison is made with", () => {
  test.each([
    [
      "8月2日，某院发布的审判数据显示，与2020年上半年相比，全省新收案件增加3.1万件。数据显示，2021年上半年，全省法院新收案件42.5万件。",
      { kind: "range", start: "2021-01-01", end: "2021-06-30" },
    ],
    [
      "某局发布数据，较2019年一季度，办件量增长一成。2020年一季度，全市共办件8.6万件。",
      { kind: "range", start: "2020-01-01", end: "2020-03-31" },
    ],
  ])("`%s` reports the later span", (text, span) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period).toEqual(span);
  });

  test.each([
    [
      "a span after another word",
      "某院发布2021年上半年审判数据，全省法院新收案件42.5万件，与上年同期相比增加3.1万件。",
      { kind: "range", start: "2021-01-01", end: "2021-06-30" },
    ],
    [
      "a span under a title, the comparison later",
      "2022年一季度全市政务服务情况\n2022年一季度，全市共办件8.6万件，较2021年一季度增长12%。",
      { kind: "range", start: "2022-01-01", end: "2022-03-31" },
    ],
  ])("%s is still read", (_, text, span) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period).toEqual(span);
  });
});
