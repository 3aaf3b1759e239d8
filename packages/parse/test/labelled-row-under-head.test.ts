import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A small table copied one cell a line, its head first and its one row labelled: a corner word,
 * three category words or more, then the row's label and one figure under each category
 * (`类别` / `房产` / `执法` / `供水` / `合计` / `数量` / `396` / `198` / `163` / `834`, a weekly report
 * of a city's 12345 line). It is a table as wide as its head and one row. (Without the row's label,
 * a head over as many figures is {@link head-over-one-row.test.ts}'s shape.) More figures than
 * words, or too few words for a head, are no such table. Every example is written for the rule, not taken from a page.
 */

const tablesOf = (cells: string[]) => {
  const text = [
    "某中心周报",
    "一、话量分布",
    ...cells,
    "二、诉求要点",
    "本周共受理群众诉求834件，转办412件，转办率49.4%。",
  ].join("\n\n");
  const found: { columns: number; rows: number }[] = [];
  for (const s of parseBulletinText(text).bulletin.sections)
    for (const i of s.items)
      for (const b of i.body)
        if (!Array.isArray(b) && b.type === "table")
          found.push({ columns: b.head?.[0]?.length ?? 0, rows: b.rows.length });
  return found;
};

describe("a labelled row of figures under a head of words, one cell a line", () => {
  test.each([
    [["类别", "房产", "执法", "供水", "合计", "数量", "396", "198", "163", "757"], 5],
    [["项目", "来电", "网络", "信件", "件数", "120", "45", "8"], 4],
    [
      [
        "类型",
        "咨询",
        "求助",
        "投诉",
        "建议",
        "表扬",
        "占比",
        "41.2%",
        "30.5%",
        "20.1%",
        "6.0%",
        "2.2%",
      ],
      6,
    ],
  ])("parseBulletinText: %j is a table %i wide and one row", (cells, width) => {
    expect(tablesOf(cells)).toEqual([{ columns: width, rows: 1 }]);
  });

  test.each([
    // More figures than words.
    [["类别", "房产", "执法", "数量", "396", "198", "163", "757", "12"]],
    // Two labelled rows: the second row shows a table of two rows, which bare lines are not.
    [["类型", "本期", "同比", "投诉", "250", "-70.27", "举报", "37", "-50.67"]],
    // A figure among the words.
    [["类别", "房产", "执法", "2", "供水", "数量", "396"]],
    // A list of short lines, no figure.
    [["类别", "房产", "执法", "供水", "合计", "数量"]],
  ])("parseBulletinText: %j is no such table (counter-case)", (cells) => {
    expect(tablesOf(cells)).toEqual([]);
  });
});
