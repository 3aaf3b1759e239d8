import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A span of months or years whose dash a page sets as `―` (U+2015, the horizontal bar some GB2312
 * converters give for the dash `—`): `2011年1―5月份…`, met in held-out-142's port report. Read as
 * the span it is; the text keeps its bar. Every text here is invented. Near-misses: a bar typed for
 * the stroke of `一` (`―、概况`), a bar between words.
 */

const parsed = (text: string) => parseBulletinText(text).bulletin;

describe("spans dashed with a horizontal bar", () => {
  test.each([
    [
      "months under a yearless title",
      "某某口岸1―4月进出境货物较快增长\n某某口岸管理办公室\n2013年1―4月份某某口岸进出境货物25301吨,同比增长21%;出入境人员8120人次,增长15%。",
      { kind: "range", start: "2013-01-01", end: "2013-04-30" },
    ],
    [
      "months in the title with its year",
      "某县2016年1―8月招商引资情况\n全县新签约项目12个,同比增长20%。",
      { kind: "range", start: "2016-01-01", end: "2016-08-31" },
    ],
    [
      "the same with the dash",
      "某县2016年1—8月招商引资情况\n全县新签约项目12个,同比增长20%。",
      { kind: "range", start: "2016-01-01", end: "2016-08-31" },
    ],
  ])("%s", (_, text, span) => {
    expect(parsed(text).issue.period).toEqual(span);
  });

  test("the title keeps its bar", () => {
    const b = parsed(
      "某某口岸1―4月进出境货物较快增长\n某某口岸管理办公室\n2013年1―4月份某某口岸进出境货物25301吨,同比增长21%。",
    );
    expect(b.publication.title).toBe("某某口岸1―4月进出境货物较快增长");
  });

  test.each([
    [
      "a bar typed for the stroke of 一",
      "某县2019年第二季度工作简报\n―、概况\n全县完成投资12亿元,同比增长8%。",
      { kind: "range", start: "2019-04-01", end: "2019-06-30" },
    ],
    [
      "a bar between words",
      "某县2017年工作总结―招商引资\n全县新签约项目12个,同比增长20%。",
      { kind: "year", year: 2017 },
    ],
  ])("near-miss: %s", (_, text, span) => {
    expect(parsed(text).issue.period).toEqual(span);
  });
});
