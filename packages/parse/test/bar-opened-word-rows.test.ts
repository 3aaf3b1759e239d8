import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A web table copied one cell a line, each cell closed by ` |`, a bar alone opening the head and
 * each row (`|` / `河流名称 |` / … / `|` / `长江 |` / `纱帽 |` / `Ⅲ |` / …), whose rows hold words
 * only (a river's grades, 达标, 稳定): the bars give the width where no figure column does, three
 * rows at least; a `|---|` rule under the head (one column short of the bars' blank cells) is
 * passed over. Fewer rows, or bars at uneven widths, are read as before. Invented examples.
 */

const opened = (rows: readonly (readonly string[])[], rule = false): string[] =>
  rows.flatMap((r, n) => [
    "|",
    ...r.map((c) => `${c} |`),
    ...(rule && n === 0 ? [`|${"---|".repeat(r.length)}`] : []),
  ]);

const parse = (lines: readonly string[]) =>
  parseBulletinText(
    [
      "某市水环境月报",
      "一、河流水质",
      "表1 河流水质评价结果",
      ...lines,
      "二、其他",
      "本月水质稳定。",
    ].join("\n"),
  ).bulletin as Bulletin;

const shapes = (lines: readonly string[]) => {
  const b = parse(lines);
  return tablesOf(b).map((t) => ({
    columns: t.head?.[t.head.length - 1]?.length ?? 0,
    rows: t.rows.length,
    first: (t.rows[0] ?? []).map((c) => cellText(b, c)).join("/"),
  }));
};

const rivers = [
  ["河流名称", "监测断面", "功能类别", "水质现状", "达标情况"],
  ["甲河", "上游桥", "Ⅲ", "Ⅱ", "达标"],
  ["甲河", "下游闸", "Ⅲ", "Ⅲ", "达标"],
  ["乙河", "入江口", "Ⅳ", "Ⅴ", "超标"],
];

describe("bars alone opening rows of words one cell a line", () => {
  test.each([
    ["without a rule", false],
    ["with a rule under the head", true],
  ])("parseBulletinText: rows of words take the bars' width (%s)", (_, rule) => {
    expect(shapes(opened(rivers, rule))).toEqual([
      { columns: 5, rows: 3, first: "甲河/上游桥/Ⅲ/Ⅱ/达标" },
    ]);
  });

  test("parseBulletinText: two rows under the head are no table of words", () => {
    expect(shapes(opened(rivers.slice(0, 3)))).not.toContainEqual(
      expect.objectContaining({ columns: 5 }),
    );
  });

  test("parseBulletinText: bars at uneven widths give no width", () => {
    const uneven = [rivers[0], ["甲河", "上游桥", "Ⅲ"], ...rivers.slice(2)] as string[][];
    expect(shapes(opened(uneven))).not.toContainEqual(
      expect.objectContaining({ columns: 5, rows: 3 }),
    );
  });
});
