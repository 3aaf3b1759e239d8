import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `(一)设备使用情况. 2019年全省已登记…`: a copy written with ASCII marks whose `.` after Chinese text
 * is parted by a space from the digits that open the next sentence (a year, a count). The `.` ends
 * a sentence: the repair writes it `。`, and a run-in item title before it is read. Near-misses: the
 * `.` with no space before the digits (`情况.2019年`, which may be a copy's version number or a
 * decimal's dot), a `.` after a digit (`图1. 2`, `9.8%. 2019年`) or after Latin text (`Vol. 17`).
 * Written for the rule (a national 特种设备 report of the formerly held-out sets 98–105); every
 * text here is invented.
 */

describe("a spaced full stop before digits", () => {
  test.each([
    [
      "a year after it",
      "设备使用情况. 2019年全省已登记设备12.5万台。",
      "设备使用情况。2019年全省已登记设备12.5万台。",
    ],
    [
      "a count after it",
      "全省共有检验机构56个. 32个为企业所属。",
      "全省共有检验机构56个。32个为企业所属。",
    ],
  ])("%s: the `.` is a `。`", (_, text, want) => {
    expect(repairExtractedText(text)).toBe(want);
  });

  test.each([
    ["no space", "设备使用情况.2019年全省"],
    ["a digit before it", "见图1. 2019年全省"],
    ["Latin before it", "Vol. 17 No. 2"],
  ])("near-miss: %s keeps its `.`", (_, text) => {
    expect(repairExtractedText(text)).toContain(".");
  });

  test("the item's run-in title before it is read", () => {
    const text =
      "某省特种设备安全状况\n一、设备的基本情况\n(一)设备使用情况. 2019年全省已办理使用登记的设备达到12.5万台,比上年增加6.1%.\n(二)设备生产情况. 全省现有生产单位1200家.";
    const { bulletin } = parseBulletinText(text);
    const items = bulletin.sections.flatMap((s) => s.items.map((i) => i.title));
    expect(items).toContain("设备使用情况");
    expect(items).toContain("设备生产情况");
  });
});
