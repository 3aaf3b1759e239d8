import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A flattened report (one line) whose title runs on, after a space, into the line saying when and
 * where it was delivered (`——2022年7月28日在某镇第六届人民代表大会 第二次会议上`), then its text: the title is the words
 * before the dash. Near-misses keep their reading (no such title): a title run into its dash with
 * no space (one headline), a sentence with a mark before the dash, a dash with no date, a meeting
 * never closed by 上. Every example is written for the rule.
 */

const body =
  "镇长 李某 各位代表: 现在,我代表某镇人民政府,向大会作2022年上半年政府工作情况报告,请予以审议。上半年,全镇完成财政收入3.2亿元,同比增长5.1%。";

const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a title run on into its delivery line", () => {
  test.each([
    [
      "a date in digits, the meeting's name spaced",
      `某镇人民政府半年工作情况报告 ——2022年7月28日在某镇第六届人民代表大会 第二次会议上 ${body}`,
      "某镇人民政府半年工作情况报告",
    ],
    [
      "a date in Chinese numerals",
      `某区人民政府工作报告 ——二〇二三年一月十日在某区第三届人民代表大会第二次会议上 ${body}`,
      "某区人民政府工作报告",
    ],
  ])("%s: the title", (_name, text, title) => {
    expect(titleOf(text)).toBe(title);
  });

  test.each([
    [
      "no date after the dash",
      `某镇人民政府半年工作情况报告 ——在某镇第六届人民代表大会第二次会议上 ${body}`,
    ],
    [
      "a meeting never closed by 上",
      `某镇人民政府半年工作情况报告 ——2022年7月28日在某镇召开 ${body}`,
    ],
    [
      "a comma before the dash",
      `据悉,某镇人民政府半年工作情况报告 ——2022年7月28日在某镇第六届人民代表大会第二次会议上 ${body}`,
    ],
  ])("%s: no title of the words before the dash", (_name, text) => {
    const title = titleOf(text);
    expect(title === undefined || !title.endsWith("工作情况报告")).toBe(true);
  });
});
