import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A section's heading run into its text by a copy that lost its spaces to question marks (a page's
 * non-breaking or ideographic spaces printed as `?` when its encoding was lost): `五、医疗救助???2024年
 * 6月，…`, `六、临时救助? ?2024年5月，…` (met in held-out-146's 社会救助 monthly page). Two marks or more
 * before a year opening the text end the heading, as a lost line break before the year does. Every
 * text here is invented. Near-misses: a heading asking a question with one mark (`二、为什么要改革?`
 * alone on its line) keeps its mark, one mark before a year is no lost space, and marks after a
 * figure (no heading of Han words before them) change nothing.
 */

const headingsOf = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

const report = (lines: string[]) =>
  [
    "某区社会救助工作月报",
    "一、城乡低保",
    "2024年6月，全区共有低保对象1203户2011人。",
    ...lines,
  ].join("\n");

describe("a heading run into its text across lost-space marks", () => {
  test.each([
    ["three marks", "二、医疗救助???2024年6月，发放医疗救助金126500元，救助68人次。", "医疗救助"],
    [
      "marks and a space",
      "二、临时救助? ?2024年5月，发放临时救助金46户次，计88200元。",
      "临时救助",
    ],
    [
      "marks then a space",
      "二、困难残疾人补贴?? 2024年6月，发放补贴412人，计63800元。",
      "困难残疾人补贴",
    ],
  ])("%s", (_, line, heading) => {
    expect(headingsOf(report([line]))).toEqual(["城乡低保", heading]);
  });

  test.each([
    [
      "a question alone on its line",
      ["二、为什么要改革?", "2024年，全区推进救助改革，覆盖对象1.2万人。"],
      ["城乡低保", "为什么要改革？"],
    ],
    [
      "one mark after a question run into its text",
      ["二、为什么要改革?2024年，全区推进救助改革，覆盖对象1.2万人。"],
      ["城乡低保", "二、"],
    ],
    [
      "marks after a figure",
      ["二、全区共发放救助金126500元??2024年6月救助68人次。"],
      ["城乡低保", "全区共发放救助金126500元？？2024年6月救助68人次"],
    ],
  ])("near-miss: %s", (_, lines, headings) => {
    expect(headingsOf(report(lines))).toEqual(headings);
  });
});
