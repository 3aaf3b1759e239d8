import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The small form of the percent sign (`﹪`, U+FE6A), which some traditional-character pages set
 * after a rate (`較上年增加2,418件(7.35﹪)`, `成長12.06﹪`): a paragraph's rate is read as `%`, as the
 * full-width `％` is, so the rate is a figure; a headline, and a sign after no
 * digit, keep it as printed. Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情況\n${body}`).bulletin.metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}`,
  );

describe("the small percent sign", () => {
  test("the text keeps the sign in a headline and reads `%` in the body", () => {
    const { bulletin } = parseBulletinText(
      "本年專利申請成長12.06﹪ 創新成果顯著\n\n一、情況\n本年度新型專利申請率為31.24﹪。",
    );
    expect(bulletin.publication.title).toBe("本年專利申請成長12.06﹪ 創新成果顯著");
    expect(JSON.stringify(bulletin.sections)).not.toContain("﹪");
  });

  test("a sign after no digit stays as printed", () => {
    const { bulletin } = parseBulletinText("一、情況\n本段文字﹪無數字﹪。");
    expect(JSON.stringify(bulletin.sections)).toContain("本段文字﹪無數字﹪");
    expect(bulletin.metrics).toEqual([]);
  });

  test("repairExtractedText keeps the sign as printed", () => {
    expect(repairExtractedText("成長12.06﹪")).toBe("成長12.06﹪");
  });

  test.each([
    ["本年度新型專利申請率為31.24﹪。", ["本年度新型專利申請率=31.24%"]],
    ["外國人申請案占比達46.8﹪,較上年略降。", ["外國人申請案占比=46.8%"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("a rate in brackets after a count is read", () => {
    const got = figures("商標申請案件總數計58,204件,較上年增加2,418件(4.33﹪)。");
    expect(got.some((f) => f.endsWith("=4.33%"))).toBe(true);
  });
});
