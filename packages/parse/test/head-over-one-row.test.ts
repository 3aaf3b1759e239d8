import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A small table copied one cell a line with its head first: three words or more, then as many
 * figures, one row (`占道经营` / `商业噪音` / `流浪犬只` / `4` / `6` / `2`), under the sentence that
 * introduces it. It is a table of that width and one row. Words not followed by as many figures, or
 * followed by more, are no such table. Every example is written for the rule, not taken from a page.
 */

const tablesOf = (cells: string[]) => {
  const text = [
    "某中心周报",
    "一、12345政府热线",
    "上周共受理12345案件45件，办理完成29件，剩余16件正在办理中。",
    "正在受理的45件中，分类情况如下：",
    ...cells,
    "二、12319城管热线",
    "上周共受理案件47件，其中咨询解释38件。",
  ].join("\n\n");
  const found: { columns: number; rows: number }[] = [];
  for (const s of parseBulletinText(text).bulletin.sections)
    for (const i of s.items)
      for (const b of i.body)
        if (!Array.isArray(b) && b.type === "table")
          found.push({ columns: b.head?.[0]?.length ?? 0, rows: b.rows.length });
  return found;
};

describe("a head of words over one row of figures, one cell a line", () => {
  test.each([
    [["占道经营", "商业噪音", "流浪犬只", "4", "6", "2"], 3],
    [
      [
        "施工噪音",
        "商业噪音",
        "流浪犬只",
        "占道经营",
        "门头装修",
        "咨询解释",
        "2",
        "2",
        "2",
        "2",
        "1",
        "38",
      ],
      6,
    ],
    [["来电总量", "人工接听", "接通率", "263851", "85582", "91.15%"], 3],
  ])("parseBulletinText: %j is a table %i wide and one row", (cells, width) => {
    expect(tablesOf(cells)).toEqual([{ columns: width, rows: 1 }]);
  });

  test.each([
    // Fewer figures than words.
    [["占道经营", "商业噪音", "流浪犬只", "4", "6"]],
    // More figures than words.
    [["占道经营", "商业噪音", "流浪犬只", "4", "6", "2", "9"]],
    // Two words only.
    [["占道经营", "商业噪音", "4", "6"]],
  ])("parseBulletinText: %j is no such table (counter-case)", (cells) => {
    expect(tablesOf(cells)).toEqual([]);
  });
});
