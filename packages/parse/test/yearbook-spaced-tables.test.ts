import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A yearbook's table whose cells single spaces part, under its numbered title and unit line
 * (`8-21  分县区保险业主要指标` / `单位:万元、%` / `  全  市 △市区 德清县 长兴县 安吉县` / `  保险金额
 * 53891654 …`): the gap after the table number is no gap in the title, the unit line is folded
 * into the caption as a bracketed note is, a word printed spaced out (`全  市`) is one head cell,
 * and a head one cell short of its rows gets a blank corner. As the text's first line the title is
 * the text's title instead, written once (the unit line the table's caption). Prose under such a title, and rows as wide as the head, are as before.
 * The lines are from `huzhou-insurance-2008-yearbook-table`, cut short.
 */

const parse = (lines: readonly string[]): Bulletin =>
  parseBulletinText(lines.join("\n")).bulletin as Bulletin;

const table = [
  "8-21  分县区保险业主要指标",
  "单位:万元、%",
  "  全  市 △市区 德清县 长兴县 安吉县",
  "  保险金额 53891654 29142824 13444218 5532388 5748424",
  "    #寿险 8848717 5526087 781038 1551720 966072",
  "      财险 45042937 23616737 12663180 3980668 4782352",
  "  赔款率 32.9 30.0 30.7 25.4 54.5",
];

const shape = (b: Bulletin) => {
  const t = tablesOf(b)[0];
  return {
    caption: t?.caption,
    head: (t?.head ?? []).map((row) => row.map((c) => cellText(b, c))),
    rows: (t?.rows ?? []).map((row) => (row[0] ? cellText(b, row[0]) : "")),
  };
};

const read = {
  caption: "8-21分县区保险业主要指标 单位：万元、%",
  head: [["", "全市", "△市区", "德清县", "长兴县", "安吉县"]],
  rows: ["保险金额", "#寿险", "财险", "赔款率"],
};

describe("a yearbook's spaced table under its numbered title", () => {
  test("parseBulletinText: as the text's first line, the title is the text's title, written once (the unit line the table's caption)", () => {
    const b = parse(table);
    expect(shape(b)).toEqual({ ...read, caption: "单位：万元、%" });
    expect(b.publication.title).toBe("8-21分县区保险业主要指标");
    // The repaired text holds the title once, as the input does.
    expect(repairExtractedText(table.join("\n")).split("分县区保险业主要指标").length - 1).toBe(1);
  });

  test("parseBulletinText: under a paragraph, the title is the table's caption", () => {
    const b = parse([
      "2008年湖州市保险业发展情况",
      "全市保险业务稳步发展,各县区保费收入均有增长。",
      ...table,
    ]);
    expect(shape(b)).toEqual(read);
  });
});

describe("lines under a numbered title that are no such table (near misses)", () => {
  test("parseBulletinText: prose under the title is no table", () => {
    const b = parse([
      "8-21  分县区保险业主要指标",
      "单位:万元、%",
      "全市保险金额53891654万元,保费收入267975万元。",
      "赔款支出88164万元,赔款率32.9%。",
    ]);
    expect(tablesOf(b)).toEqual([]);
  });

  test("parseBulletinText: a head with its corner, as wide as the rows, gets no blank corner", () => {
    const b = parse([
      "8-21  分县区保险业主要指标",
      "单位:万元、%",
      "  指标 全市 △市区 德清县 长兴县 安吉县",
      ...table.slice(3),
    ]);
    expect(shape(b).head).toEqual([["指标", "全市", "△市区", "德清县", "长兴县", "安吉县"]]);
  });
});
