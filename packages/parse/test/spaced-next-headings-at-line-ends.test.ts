import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A document-sharing site's copy flattens a table onto one line, its cells parted by spaces, and
 * runs the next section's heading onto that line's end after a space (`… 57(2014年11月28日-1月23日 )
 * 二、2015年1月气温情况及评价`: formerly held-out-50's monthly climate review, three headings so lost).
 * The next section's marker in the text's sequence, after a space near the line's end, with a bare
 * heading after it, starts a line when a table's cells come before it. A marker out of sequence,
 * one glued to the words before it, one after a paragraph's clauses, and words after it that go on
 * as a sentence stay in the line. Every text here is written for the test.
 */

const headings = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

const review = (rows: string): string =>
  [
    "某市气候影响评价",
    "2015年1月",
    "综合评价:本月某市降水偏少、气温偏高。",
    "一、2015年1月降水情况及评价",
    rows,
    "1.降水天气:甲地24日降水量为1.7mm,乙地29日降水量0.9mm。",
  ].join("\n");

describe("the next section's heading after a space at a line's end", () => {
  test.each([
    [
      "after a flattened table's bracketed cell",
      "2015年 甲地 乙地 降水量 2.6 1.5 历年均值 4.1 3.7 最长连续无降水日数 57(1月23日 ) 二、2015年1月气温情况及评价",
      "2015年1月气温情况及评价",
    ],
    [
      "after a flattened table's number",
      "2015年 甲地 乙地 降水量 2.6 1.5 历年均值 4.1 3.7 距平 -1.5 -2.2 二、主要气候事件",
      "主要气候事件",
    ],
  ])("parseBulletinText: %s, it is a heading", (_, rows, heading) => {
    expect(headings(review(rows))).toContain(heading);
  });

  test.each([
    [
      "a marker out of sequence",
      "2015年 甲地 乙地 降水量 2.6 1.5 历年均值 4.1 3.7 距平 -1.5 -2.2 三、主要气候事件",
      "主要气候事件",
    ],
    [
      "a marker glued to the cell before it",
      "2015年 甲地 乙地 降水量 2.6 1.5 历年均值 4.1 3.7 距平 -1.5 -2.2二、主要气候事件",
      "主要气候事件",
    ],
    [
      "a paragraph's clauses before the marker, no table's cells",
      "全县缴存住房公积金12.5亿元,同比增长5.2%,提取8.1亿元 二、主要气候事件",
      "主要气候事件",
    ],
    [
      "words after the marker that go on as a sentence",
      "2015年 甲地 乙地 降水量 2.6 1.5 历年均值 4.1 3.7 距平 -1.5 -2.2 二、主要气候事件见下。",
      "主要气候事件见下。",
    ],
  ])("parseBulletinText: %s, it stays in the line", (_, rows, heading) => {
    expect(headings(review(rows))).not.toContain(heading);
  });
});
